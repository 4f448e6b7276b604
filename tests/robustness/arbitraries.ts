// fast-check arbitraries for every type of the model, and two writers driven by the same model:
// `canonical` (what serde_json::to_string writes) and `spell` (any text serde reads as the value).
import fc from "fast-check";
import type { Decl, Field, IntKind, Model, TypeRef } from "../../src/model/types.js";
import { INT_RANGES, assertNever, findDecl } from "../../src/model/types.js";
import type { Rng } from "./rng.js";
import type { DateTimeParts } from "./scalars.js";
import { MAX_YEAR, MIN_YEAR, chronoString, daysInMonth, serdeString, spellString, spellTimestamp, spellUuid } from "./scalars.js";

type Value = unknown;
type Obj = Record<string, Value>;

/** Integers a JS number holds exactly (the package rejects u64/i64 beyond 2^53−1 rather than round). */
function intRange(int: IntKind): { min: number; max: number } {
  const { min, max } = INT_RANGES[int];
  return { min: Math.max(Number(min), Number.MIN_SAFE_INTEGER), max: Math.min(Number(max), Number.MAX_SAFE_INTEGER) };
}

const TRICKY_CHARS = ['"', "\\", "/", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001f", "\u007f", "\u2028", "\u2029", "\ufeff", "\uffff", "é", "😀", " "];

const stringArb = fc.oneof(fc.string({ unit: "binary", maxLength: 12 }), fc.string({ unit: fc.constantFrom(...TRICKY_CHARS), maxLength: 6 }));

const uuidArb = fc
  .array(fc.integer({ min: 0, max: 15 }), { minLength: 32, maxLength: 32 })
  .map((d) => d.map((x) => x.toString(16)).join(""))
  .map((h) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`);

const nanosArb = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 999 }).map((n) => n * 1_000_000),
  fc.integer({ min: 1, max: 999_999 }).map((n) => n * 1000),
  fc.integer({ min: 1, max: 999_999_999 }),
);

export const dateTimePartsArb: fc.Arbitrary<DateTimeParts> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: MIN_YEAR, max: MAX_YEAR })),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.constant(60) }),
    nanosecond: nanosArb,
  })
  .map((p) => ({ ...p, day: Math.min(p.day, daysInMonth(p.year, p.month)) }));

/** One arbitrary per declaration of the model, by name; values are in canonical form. */
export function modelArbitraries(model: Model): Record<string, fc.Arbitrary<Value>> {
  return fc.letrec<Record<string, Value>>((tie) => {
    const typeArb = (t: TypeRef): fc.Arbitrary<Value> => {
      switch (t.kind) {
        case "string":
          return stringArb;
        case "bool":
          return fc.boolean();
        case "int": {
          const { min, max } = intRange(t.int);
          return fc.oneof({ weight: 4, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.constantFrom(min, max, 0) });
        }
        case "uuid":
          return uuidArb;
        case "timestamp":
          return dateTimePartsArb.map(chronoString);
        case "ref":
          return tie(t.name);
        case "option":
          return fc.option(typeArb(t.of), { nil: null, freq: 3 });
        case "list":
          return fc.array(typeArb(t.of), { maxLength: 3, depthIdentifier: "list" });
        case "tuple":
          return fc.tuple(...t.items.map(typeArb));
        default:
          return assertNever(t);
      }
    };
    const structArb = (fields: readonly Field[]) =>
      fc.tuple(...fields.map((f) => typeArb(f.type))).map((values) => Object.fromEntries(fields.map((f, i) => [f.name, values[i]])));
    const declArb = (d: Decl): fc.Arbitrary<Value> => {
      switch (d.kind) {
        case "struct":
          return structArb(d.fields);
        case "enum":
          return fc.oneof(
            ...d.variants.map((v): fc.Arbitrary<Value> => {
              if (v.payload.kind === "unit") return fc.constant(v.name);
              if (v.payload.kind === "newtype") return typeArb(v.payload.type).map((x) => ({ [v.name]: x }));
              return structArb(v.payload.fields).map((x) => ({ [v.name]: x }));
            }),
          );
        case "newtype":
          return typeArb(d.inner);
        case "alias":
          return typeArb(d.target);
        default:
          return assertNever(d);
      }
    };
    return Object.fromEntries(model.decls.map((d) => [d.name, declArb(d)]));
  });
}

/** What serde_json::to_string writes for `value` of type `t`: compact, fields in declaration order. */
export function canonical(model: Model, t: TypeRef, value: Value): string {
  switch (t.kind) {
    case "string":
      return serdeString(value as string);
    case "bool":
    case "int":
      return String(value);
    case "uuid":
    case "timestamp":
      return `"${value as string}"`;
    case "option":
      return value === null ? "null" : canonical(model, t.of, value);
    case "list":
      return `[${(value as Value[]).map((x) => canonical(model, t.of, x)).join(",")}]`;
    case "tuple":
      return `[${t.items.map((it, i) => canonical(model, it, (value as Value[])[i])).join(",")}]`;
    case "ref":
      return canonicalDecl(model, findDecl(model, t.name), value);
    default:
      return assertNever(t);
  }
}

export function canonicalDecl(model: Model, d: Decl, value: Value): string {
  const struct = (fields: readonly Field[], v: Obj) => `{${fields.map((f) => `${serdeString(f.name)}:${canonical(model, f.type, v[f.name])}`).join(",")}}`;
  switch (d.kind) {
    case "struct":
      return struct(d.fields, value as Obj);
    case "enum": {
      if (typeof value === "string") return serdeString(value);
      const [tag, inner] = Object.entries(value as Obj)[0]!;
      const v = d.variants.find((x) => x.name === tag)!;
      if (v.payload.kind === "struct") return `{${serdeString(tag)}:${struct(v.payload.fields, inner as Obj)}}`;
      if (v.payload.kind === "newtype") return `{${serdeString(tag)}:${canonical(model, v.payload.type, inner)}}`;
      throw new Error(`unit variant ${tag} given as an object`);
    }
    case "newtype":
      return canonical(model, d.inner, value);
    case "alias":
      return canonical(model, d.target, value);
    default:
      return assertNever(d);
  }
}

const JSON_WS = [" ", "\t", "\n", "\r"];

// Values serde skips under an unknown key although it would reject them in a typed position.
const JUNK = [
  "-0",
  "1e400",
  "18446744073709551616",
  "0.5",
  '"\\ud800"',
  '"\\udc00x"',
  "[[[[[]]]]]",
  '{"a":{"b":[1,{"c":null}]}}',
  "true",
  "null",
  '""',
  "[]",
  "{}",
];

/** A text serde_json reads as `value`, spelled differently: whitespace, key order, unknown keys, escapes, alternative scalar forms. */
export function spell(model: Model, t: TypeRef, value: Value, rng: Rng): string {
  const ws = () => (rng.chance(0.15) ? rng.pick(JSON_WS).repeat(rng.int(1, 3)) : "");
  const w = (s: string) => ws() + s + ws();
  switch (t.kind) {
    case "string":
      return w(spellString(value as string, rng));
    case "bool":
    case "int":
      return w(String(value));
    case "uuid":
      return w(`"${spellUuid(value as string, rng)}"`);
    case "timestamp":
      return w(JSON.stringify(spellTimestamp(parseCanonicalTimestamp(value as string), rng)).replace(/\\\\([tn]|u00a0)/g, "\\$1"));
    case "option":
      return value === null ? w("null") : spell(model, t.of, value, rng);
    case "list":
      return w(`[${(value as Value[]).map((x) => spell(model, t.of, x, rng)).join(",")}${ws()}]`);
    case "tuple":
      return w(`[${t.items.map((it, i) => spell(model, it, (value as Value[])[i], rng)).join(",")}${ws()}]`);
    case "ref":
      return spellDecl(model, findDecl(model, t.name), value, rng);
    default:
      return assertNever(t);
  }
}

export function spellDecl(model: Model, d: Decl, value: Value, rng: Rng): string {
  const ws = () => (rng.chance(0.15) ? rng.pick(JSON_WS) : "");
  const key = (k: string) => ws() + spellString(k, rng) + ws() + ":";
  const struct = (fields: readonly Field[], v: Obj): string => {
    // serde also reads a struct as the array of all its fields in order.
    if (rng.chance(0.1)) return `${ws()}[${fields.map((f) => spell(model, f.type, v[f.name], rng)).join(",")}${ws()}]${ws()}`;
    const members = fields
      .filter((f) => !(f.type.kind === "option" && v[f.name] === null && rng.chance(0.3)))
      .map((f) => key(f.name) + spell(model, f.type, v[f.name], rng));
    const names = new Set(fields.map((f) => f.name));
    const unknown = rng.chance(0.3) ? rng.int(1, 3) : 0;
    for (let i = 0; i < unknown; i++) {
      let name = rng.pick(["x", "extra", "Register", "", "node_id ", "\u00e9", "id2"]);
      if (names.has(name)) name += "_";
      const junk = key(name) + ws() + rng.pick(JUNK) + ws();
      members.push(junk, ...(rng.chance(0.2) ? [junk] : []));
    }
    return `${ws()}{${rng.shuffle(members).join(",")}${members.length === 0 ? ws() : ""}}${ws()}`;
  };
  switch (d.kind) {
    case "struct":
      return struct(d.fields, value as Obj);
    case "enum": {
      if (typeof value === "string") return rng.chance(0.3) ? `${ws()}{${key(value)}${ws()}null${ws()}}` : ws() + spellString(value, rng) + ws();
      const [tag, inner] = Object.entries(value as Obj)[0]!;
      const v = d.variants.find((x) => x.name === tag)!;
      const payload = v.payload.kind === "struct" ? struct(v.payload.fields, inner as Obj) : spell(model, (v.payload as { type: TypeRef }).type, inner, rng);
      return `${ws()}{${key(tag)}${payload}}${ws()}`;
    }
    case "newtype":
      return spell(model, d.inner, value, rng);
    case "alias":
      return spell(model, d.target, value, rng);
    default:
      return assertNever(d);
  }
}

const CANONICAL_TS = /^([+-]?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z$/;

function parseCanonicalTimestamp(s: string): DateTimeParts {
  const m = CANONICAL_TS.exec(s);
  if (!m) throw new Error(`not a canonical timestamp: ${s}`);
  const [, y, mo, d, h, mi, se, f] = m;
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(se),
    nanosecond: Number((f ?? "").padEnd(9, "0")),
  };
}
