// Seeded values of every type of a schema that uses serde's representations, in the TypeScript
// package's shapes (the JSON shape, wire names), built from the model so every representation is
// covered the way the package spells it. They mirror src/sample.rs: floats where ryu spells
// specially, map keys whose UTF-16 order differs from their UTF-8 byte order, nested unions.
// UUIDs and timestamps (the telemetry fixture has them) come from tests/rust-conformance/tsSamples.ts.
import type { Decl, EnumDecl, Field, FloatKind, Model, TypeRef, Variant } from "../../src/model/types.js";
import { assertNever } from "../../src/model/types.js";
import type { TimestampParts } from "../rust-conformance/tsSamples.js";
import { Rng, intValue, timestampParts, uuid } from "../rust-conformance/tsSamples.js";

export { Rng };

const PALETTE = [...'azQ0 -"\\\n\r\t\b\f\u0000\u001f\u007f\u0080é中\u2028\ue000\ufffd\uffff😀\u{10000}\u{10ffff}'];
// "\ufffd" sorts before "😀" by UTF-8 byte, after it by UTF-16 code unit (JavaScript's default sort).
const KEYS = ["", "a", "A", "x", "y", '"', "\\", "\n", "\u007f", "é", "\ue000", "\ufffd", "\uffff", "😀", "\u{10000}", "a😀", "a\ufffd"];
const F64_SPECIAL = [
  0,
  -0,
  1,
  -1,
  0.1,
  0.3,
  1.5e300,
  1e15,
  1e16,
  1e17,
  1e21,
  1e22,
  1e-7,
  123456789,
  2 ** 53,
  5e-324,
  2.2250738585072014e-308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.EPSILON,
];
const F32_SPECIAL = [
  0,
  -0,
  1,
  -1,
  0.1,
  0.3,
  16777216,
  1e-7,
  1e7,
  1e8,
  3.4e38,
  1e-45,
  1.1754944e-38,
  3.4028234663852886e38,
  -3.4028234663852886e38,
  2 ** -23,
].map(Math.fround);
/** How deep lists and maps nest before they are empty (a recursive union ends). */
const MAX_DEPTH = 3;

function randomString(rng: Rng): string {
  let out = "";
  for (let n = rng.below(8); n > 0; n--) {
    if (rng.oneIn(4)) {
      const cp = rng.below(0x110000 - 0x800);
      out += String.fromCodePoint(cp < 0xd800 ? cp : cp + 0x800);
    } else {
      out += rng.pick(PALETTE);
    }
  }
  return out;
}

/** A finite double from any 64 bits. */
function fromBits(rng: Rng): number {
  const view = new DataView(new ArrayBuffer(8));
  for (;;) {
    view.setUint32(0, rng.below(2 ** 32));
    view.setUint32(4, rng.below(2 ** 32));
    const x = view.getFloat64(0);
    if (Number.isFinite(x)) return x;
  }
}

function f32FromBits(rng: Rng): number {
  const view = new DataView(new ArrayBuffer(4));
  for (;;) {
    view.setUint32(0, rng.below(2 ** 32));
    const x = view.getFloat32(0);
    if (Number.isFinite(x)) return x;
  }
}

function float(rng: Rng, kind: FloatKind): number {
  const f32 = kind === "f32";
  const x = ((): number => {
    const sign = rng.oneIn(2) ? -1 : 1;
    switch (rng.below(6)) {
      case 0:
        return rng.pick(f32 ? F32_SPECIAL : F64_SPECIAL);
      case 5:
        // Exactly halfway between two shortest spellings (k.75: "k.7" and "k.8" both read back): ryu takes the even digit.
        return (f32 ? 2 ** 21 + rng.below(2 ** 21) : 2 ** 50 + rng.below(2 ** 50)) + rng.pick([0.25, 0.75]);
      case 1:
        return f32 ? f32FromBits(rng) : fromBits(rng);
      case 2:
        return sign * rng.below(f32 ? 2 ** 25 : 2 ** 53);
      case 3:
        return Number(`${sign < 0 ? "-" : ""}${1 + rng.below(f32 ? 1e8 : 1e10)}e${rng.below(f32 ? 60 : 80) - (f32 ? 30 : 40)}`);
      default:
        return f32 ? (rng.below(20001) - 10000) / 100 : (rng.below(2_000_001) - 1_000_000) / 1000;
    }
  })();
  // An f32 field holds what Math.fround gives (beyond f32's range that would be infinity, which no draw reaches).
  return f32 ? Math.fround(x) : x;
}

/** Builds values in the package's shapes from the model. */
export class Sampler {
  private readonly decls: ReadonlyMap<string, Decl>;
  private forced: number | undefined;
  private depth = 0;

  /** `timestamp`: the package's own constructor (Timestamp.fromParts), for a schema with timestamps. */
  constructor(
    model: Model,
    private readonly rng: Rng,
    private readonly timestamp?: (p: TimestampParts) => string,
  ) {
    this.decls = new Map(model.decls.map((d) => [d.name, d]));
  }

  /** Sample `index` of a type: its first enum takes variant `index`, so every variant gets written. */
  sample(typeName: string, index: number): unknown {
    this.forced = index;
    return this.decl(typeName);
  }

  private variant(d: EnumDecl): Variant {
    const forced = this.forced;
    this.forced = undefined;
    return d.variants[forced === undefined ? this.rng.below(d.variants.length) : forced % d.variants.length]!;
  }

  private decl(name: string): unknown {
    const d = this.decls.get(name);
    if (!d) throw new Error(`no type ${name} in the model`);
    switch (d.kind) {
      case "struct":
        return this.struct(d.fields);
      case "enum":
        return this.enumValue(d);
      case "newtype":
        return this.value(d.inner);
      case "alias":
        return this.value(d.target);
      default:
        return assertNever(d);
    }
  }

  /** The representation's JSON shape: serde's `{"Tag": v}`, `{tag, ...fields}`, `{tag, content}` or the bare payload. */
  private enumValue(d: EnumDecl): unknown {
    const v = this.variant(d);
    const p = v.payload;
    const payload = p.kind === "unit" ? undefined : p.kind === "struct" ? this.struct(p.fields) : this.value(p.type);
    const tag = d.tag!;
    switch (d.representation) {
      case "externally-tagged":
        return p.kind === "unit" ? v.name : { [v.name]: payload };
      case "internally-tagged":
        return { [tag]: v.name, ...(payload as object | undefined) };
      case "adjacently-tagged":
        return p.kind === "unit" ? { [tag]: v.name } : { [tag]: v.name, [d.content!]: payload };
      case "untagged":
        return p.kind === "unit" ? null : this.untaggedSafe(d, v, payload);
      default:
        return assertNever(d.representation);
    }
  }

  /**
   * serde reads an untagged enum as its first variant that fits, and a struct variant ignores keys it
   * does not know: a map holding what an earlier struct variant needs would read back as that variant.
   * Drop one such key, as src/sample.rs does.
   */
  private untaggedSafe(d: EnumDecl, v: Variant, payload: unknown): unknown {
    if (v.payload.kind !== "newtype" || this.resolve(v.payload.type).kind !== "map") return payload;
    const map = payload as Record<string, unknown>;
    const index = d.variants.indexOf(v);
    for (const earlier of d.variants.slice(0, index)) {
      if (earlier.payload.kind !== "struct" || earlier.payload.fields.length === 0) continue;
      const fields = earlier.payload.fields;
      if (fields.every((f) => f.type.kind === "option" || (f.name in map && this.couldBe(f.type, map[f.name])))) {
        delete map[fields.find((f) => f.type.kind !== "option")?.name ?? fields[0]!.name];
      }
    }
    return map;
  }

  /** Whether serde could read `value` (a JSON shape) as `t`: only what the untagged check above needs, erring towards yes. */
  private couldBe(t: TypeRef, value: unknown): boolean {
    const r = this.resolve(t);
    if (r.kind === "float" || r.kind === "int") return typeof value === "number";
    if (r.kind === "string") return typeof value === "string";
    if (r.kind === "bool") return typeof value === "boolean";
    return true;
  }

  private resolve(t: TypeRef): TypeRef {
    while (t.kind === "ref") {
      const d = this.decls.get(t.name);
      if (d?.kind === "alias") t = d.target;
      else break;
    }
    return t;
  }

  private struct(fields: readonly Field[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of fields) out[f.name] = this.value(f.type);
    return out;
  }

  private value(t: TypeRef): unknown {
    const rng = this.rng;
    switch (t.kind) {
      case "string":
        return randomString(rng);
      case "bool":
        return rng.oneIn(2);
      case "float":
        return float(rng, t.float);
      case "int":
        return intValue(rng, t.int);
      case "uuid":
        return uuid(rng);
      case "timestamp":
        if (!this.timestamp) throw new Error("a schema with timestamps needs the package's Timestamp.fromParts");
        return this.timestamp(timestampParts(rng));
      case "tuple":
        throw new Error(`the representations sampler has no ${t.kind} (see tests/rust-conformance/tsSamples.ts)`);
      case "ref":
        return this.decl(t.name);
      case "option":
        return rng.oneIn(3) ? null : this.value(t.of);
      case "list":
        return this.nested([], () => Array.from({ length: rng.below(4) }, () => this.value(t.of)));
      case "map":
        return this.nested({}, () => this.map(t.of));
      default:
        return assertNever(t);
    }
  }

  private nested<T>(empty: T, make: () => T): T {
    if (this.depth >= MAX_DEPTH) return empty;
    this.depth++;
    try {
      return make();
    } finally {
      this.depth--;
    }
  }

  /** 0 to 5 entries; one map in four holds both "\ufffd" and "😀", whose orders disagree. */
  private map(of: TypeRef): Record<string, unknown> {
    const rng = this.rng;
    const out: Record<string, unknown> = {};
    if (rng.oneIn(4)) for (const key of ["😀", "\ufffd"]) out[key] = this.value(of);
    for (let n = rng.below(6); n > 0; n--) {
      const key = rng.oneIn(2) ? rng.pick(KEYS) : randomString(rng);
      out[key] = this.value(of);
    }
    return out;
  }
}
