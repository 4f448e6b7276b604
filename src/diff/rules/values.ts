import type { FloatKind, IntKind } from "../../model/types.js";
import { INT_RANGES } from "../../model/types.js";
import { showShape } from "../shape.js";
import type { Hit, Shape } from "../types.js";
import { defineRule } from "../types.js";

const arrow = (from: Shape, to: Shape) => `${showShape(from)} → ${showShape(to)}`;
const isOption = (s: Shape) => s.kind === "option";

// ---- Option ↔ required ----------------------------------------------------------------------

export const OPTION_TO_REQUIRED = defineRule({
  id: "OPTION_TO_REQUIRED",
  subject: "value",
  layer: "wire",
  summary: "an `Option<T>` became `T`",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "breaks" },
  why: "new writers always send a value; a new reader rejects the null (or absent key) an old writer sends for None",
  recipe: "keep it an Option, make every writer always send a value, deploy everywhere, then make it required",
  source: "code that sets the value to null no longer compiles",
  check: ({ from, to }) =>
    isOption(from) && !isOption(to)
      ? [{ message: `${arrow(from, to)}: no longer optional`, when: { newReaderOldWriter: "an old writer sends None (null or an absent key)" } }]
      : [],
});

export const REQUIRED_TO_OPTION = defineRule({
  id: "REQUIRED_TO_OPTION",
  subject: "value",
  layer: "wire",
  summary: "a `T` became `Option<T>`",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "ok" },
  why: "serde writes None as `null`, which an old reader rejects (`invalid type: null`); a new reader accepts every old value",
  recipe: "deploy the Option everywhere while writers still always send a value; send None only afterwards",
  source: "code that reads the value must handle null",
  check: ({ from, to }) =>
    !isOption(from) && isOption(to)
      ? [{ message: `${arrow(from, to)}: now optional`, when: { oldReaderNewWriter: "a new writer sends None (written as null)" } }]
      : [],
});

// ---- integers --------------------------------------------------------------------------------

interface Range {
  min: bigint;
  max: bigint;
}
const range = (int: IntKind): Range => ({ min: BigInt(INT_RANGES[int].min), max: BigInt(INT_RANGES[int].max) });
const covers = (outer: Range, inner: Range) => outer.min <= inner.min && outer.max >= inner.max;

/** "a new writer sends a value above 65535 (invalid value: integer `65536`, expected u16)" */
function outside(writer: "new" | "old", sent: Range, reader: IntKind): string {
  const r = range(reader);
  const parts: string[] = [];
  let example = 0n;
  if (sent.min < r.min) {
    parts.push(`below ${r.min}`);
    example = r.min - 1n;
  }
  if (sent.max > r.max) {
    parts.push(`above ${r.max}`);
    example = r.max + 1n;
  }
  return `${writer === "old" ? "an" : "a"} ${writer} writer sends a value ${parts.join(" or ")} (invalid value: integer \`${example}\`, expected ${reader})`;
}

function intPair(from: Shape, to: Shape): { a: IntKind; b: IntKind } | undefined {
  return from.kind === "int" && to.kind === "int" && from.int !== to.int ? { a: from.int, b: to.int } : undefined;
}

const OUT_OF_RANGE = "serde rejects an integer outside the reader's type (`invalid value: integer …, expected u16`)";

export const INT_WIDENED = defineRule({
  id: "INT_WIDENED",
  subject: "value",
  layer: "wire",
  summary: "an integer type now holds every old value and more (u16 → u32, u32 → u64, u32 → i64): the wire bound loosened",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "ok" },
  why: `${OUT_OF_RANGE}; an old writer's values all fit the new type`,
  recipe: "deploy the wider type everywhere before any writer sends a value outside the old range",
  check: ({ from, to }) => {
    const p = intPair(from, to);
    if (!p || !covers(range(p.b), range(p.a))) return [];
    return [{ message: `${p.a} → ${p.b}: widened`, when: { oldReaderNewWriter: outside("new", range(p.b), p.a) } }];
  },
});

export const INT_NARROWED = defineRule({
  id: "INT_NARROWED",
  subject: "value",
  layer: "wire",
  summary: "an integer type now holds only some old values (u64 → u32, i32 → i16): the wire bound tightened",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "breaks" },
  why: `${OUT_OF_RANGE}; a new writer's values all fit the old type`,
  recipe: "make every writer stay within the new range first (validate at the source), deploy, then narrow the type",
  check: ({ from, to }) => {
    const p = intPair(from, to);
    if (!p || !covers(range(p.a), range(p.b))) return [];
    return [{ message: `${p.a} → ${p.b}: narrowed`, when: { newReaderOldWriter: outside("old", range(p.a), p.b) } }];
  },
});

export const INT_SIGN_CHANGED = defineRule({
  id: "INT_SIGN_CHANGED",
  subject: "value",
  layer: "wire",
  summary: "an integer changed signedness and neither range holds the other (u32 ↔ i32, i32 → u64)",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: `${OUT_OF_RANGE}; each side can send values the other cannot hold`,
  recipe: "widen to a type that holds both ranges (e.g. i64) and deploy everywhere, then narrow once no writer sends the values the final type cannot hold",
  check: ({ from, to }) => {
    const p = intPair(from, to);
    if (!p || covers(range(p.a), range(p.b)) || covers(range(p.b), range(p.a))) return [];
    return [
      {
        message: `${p.a} → ${p.b}: signedness changed`,
        when: { oldReaderNewWriter: outside("new", range(p.b), p.a), newReaderOldWriter: outside("old", range(p.a), p.b) },
      },
    ];
  },
});

// ---- list ↔ single ---------------------------------------------------------------------------

const NEW_FIELD_RECIPE = "add a new field with the new type as an Option and write both, deploy everywhere, then remove the old field";
const SHAPES_DIFFER = "a JSON array and a single value are different shapes: each reader rejects the other's (`invalid type`)";

export const LIST_TO_SINGLE = defineRule({
  id: "LIST_TO_SINGLE",
  subject: "value",
  layer: "wire",
  summary: "a `Vec<T>` became a single value",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: SHAPES_DIFFER,
  recipe: NEW_FIELD_RECIPE,
  source: "code that reads or builds the value as an array no longer compiles",
  check: ({ from, to }) =>
    from.kind === "list" && to.kind !== "list" && to.kind !== "map" && !isOption(to)
      ? [{ message: `${arrow(from, to)}: list → single value`, when: { oldReaderNewWriter: "always", newReaderOldWriter: "always" } }]
      : [],
});

export const SINGLE_TO_LIST = defineRule({
  id: "SINGLE_TO_LIST",
  subject: "value",
  layer: "wire",
  summary: "a single value became a `Vec<T>`",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: SHAPES_DIFFER,
  recipe: NEW_FIELD_RECIPE,
  source: "code that reads or builds the value as a single value no longer compiles",
  check: ({ from, to }) =>
    to.kind === "list" && from.kind !== "list" && from.kind !== "map" && !isOption(from)
      ? [{ message: `${arrow(from, to)}: single value → list`, when: { oldReaderNewWriter: "always", newReaderOldWriter: "always" } }]
      : [],
});

// ---- floats ----------------------------------------------------------------------------------

/** Integers up to 2^bits are exact in the float (its significand, with the implicit bit). */
const SIGNIFICAND: Record<FloatKind, number> = { f32: 24, f64: 53 };
const exactIn = (int: IntKind, float: FloatKind) => {
  const limit = 1n << BigInt(SIGNIFICAND[float]);
  const r = range(int);
  return r.max <= limit && -r.min <= limit;
};
const writer = (w: "old" | "new") => (w === "old" ? "an old writer" : "a new writer");
/** serde_json writes every float with a fraction or an exponent; serde's integer types reject it. */
const sendsFloats = (w: "old" | "new", int: IntKind) =>
  `always: ${writer(w)} writes every value as a float (\`1.0\`), which the ${int} reader rejects (invalid type: floating point \`1.0\`, expected ${int})`;
const roundsInt = (w: "old" | "new", int: IntKind, float: FloatKind) =>
  `${writer(w)} sends an integer beyond ±2^${SIGNIFICAND[float]}: the ${float} reader silently rounds it (it accepts integers, not always exactly)`;
const roundsFloat = (w: "old" | "new") =>
  `${writer(w)} sends a value f32 cannot hold exactly: the f32 reader silently rounds it to about 7 significant digits, and rejects one beyond ±3.4e38 (number out of range; where serde buffers the value — an internally tagged or untagged enum — it reads infinity instead, which serde_json writes back as null)`;

type Numeric = { int: IntKind; float: FloatKind };
const intToFloat = (from: Shape, to: Shape): Numeric | undefined =>
  from.kind === "int" && to.kind === "float" ? { int: from.int, float: to.float } : undefined;
const floatToInt = (from: Shape, to: Shape): Numeric | undefined =>
  from.kind === "float" && to.kind === "int" ? { int: to.int, float: from.float } : undefined;
const NUMBER_RECIPE = "add a new field with the new type as an Option and write both, deploy everywhere, then remove the old field";
const ROUNDS = "serde reads any JSON number into a float, rounding it to the float's precision; a value that changes silently counts as breaking";

export const FLOAT_WIDENED = defineRule({
  id: "FLOAT_WIDENED",
  subject: "value",
  layer: "wire",
  summary: "an `f32` became an `f64`",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "ok" },
  why: `${ROUNDS}: an old f32 reader rounds what a new writer sends; a new f64 reader reads an old writer's shortest f32 digits (\`0.1\`) as the nearest f64, the value the writer meant rather than the f32's exact binary one`,
  recipe: "deploy the f64 everywhere before any writer sends values that need it",
  check: ({ from, to }) =>
    from.kind === "float" && to.kind === "float" && from.float === "f32" && to.float === "f64"
      ? [{ message: `${arrow(from, to)}: widened`, when: { oldReaderNewWriter: roundsFloat("new") } }]
      : [],
});

export const FLOAT_NARROWED = defineRule({
  id: "FLOAT_NARROWED",
  subject: "value",
  layer: "wire",
  summary: "an `f64` became an `f32`",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "breaks" },
  why: `${ROUNDS}: a new f32 reader rounds what an old writer sends; an old f64 reader reads a new writer's shortest f32 digits (\`0.1\`) as the nearest f64, the value meant`,
  recipe: "make every writer send only values an f32 holds first, deploy, then narrow the type",
  check: ({ from, to }) =>
    from.kind === "float" && to.kind === "float" && from.float === "f64" && to.float === "f32"
      ? [{ message: `${arrow(from, to)}: narrowed`, when: { newReaderOldWriter: roundsFloat("old") } }]
      : [],
});

export const INT_TO_FLOAT = defineRule({
  id: "INT_TO_FLOAT",
  subject: "value",
  layer: "wire",
  summary: "an integer became a float that holds each of its values exactly (u32 → f64, u16 → f32)",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "ok" },
  why: "serde_json writes a float as `1.0`, never `1`, and an integer reader rejects it (`invalid type: floating point`); a float reader accepts integers",
  recipe: NUMBER_RECIPE,
  check: ({ from, to }) => {
    const n = intToFloat(from, to);
    return n && exactIn(n.int, n.float) ? [{ message: `${arrow(from, to)}: integer → float`, when: { oldReaderNewWriter: sendsFloats("new", n.int) } }] : [];
  },
});

export const INT_TO_FLOAT_LOSSY = defineRule({
  id: "INT_TO_FLOAT_LOSSY",
  subject: "value",
  layer: "wire",
  summary: "an integer became a float too narrow to hold all its values (u64 → f64, u32 → f32)",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: `an integer reader rejects the \`1.0\` serde_json writes for a float; ${ROUNDS}`,
  recipe: NUMBER_RECIPE,
  check: ({ from, to }) => {
    const n = intToFloat(from, to);
    return n && !exactIn(n.int, n.float)
      ? [
          {
            message: `${arrow(from, to)}: integer → float, which rounds integers beyond ±2^${SIGNIFICAND[n.float]}`,
            when: { oldReaderNewWriter: sendsFloats("new", n.int), newReaderOldWriter: roundsInt("old", n.int, n.float) },
          },
        ]
      : [];
  },
});

export const FLOAT_TO_INT = defineRule({
  id: "FLOAT_TO_INT",
  subject: "value",
  layer: "wire",
  summary: "a float became an integer whose values it holds exactly (f64 → u32, f32 → u16)",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "breaks" },
  why: "a float reader accepts integers; an integer reader rejects the `1.0` serde_json writes for a float (`invalid type: floating point`)",
  recipe: NUMBER_RECIPE,
  check: ({ from, to }) => {
    const n = floatToInt(from, to);
    return n && exactIn(n.int, n.float) ? [{ message: `${arrow(from, to)}: float → integer`, when: { newReaderOldWriter: sendsFloats("old", n.int) } }] : [];
  },
});

export const FLOAT_TO_INT_LOSSY = defineRule({
  id: "FLOAT_TO_INT_LOSSY",
  subject: "value",
  layer: "wire",
  summary: "a float became an integer it cannot hold exactly (f64 → u64, f32 → u32)",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: `an integer reader rejects the \`1.0\` serde_json writes for a float; ${ROUNDS}`,
  recipe: NUMBER_RECIPE,
  check: ({ from, to }) => {
    const n = floatToInt(from, to);
    return n && !exactIn(n.int, n.float)
      ? [
          {
            message: `${arrow(from, to)}: float → integer, which an old ${n.float} reader rounds beyond ±2^${SIGNIFICAND[n.float]}`,
            when: { oldReaderNewWriter: roundsInt("new", n.int, n.float), newReaderOldWriter: sendsFloats("old", n.int) },
          },
        ]
      : [];
  },
});

// ---- string formats (the wire's patterns) -----------------------------------------------------

const FORMATTED = new Set(["uuid", "timestamp"]);
const formatName = (s: Shape) => (s.kind === "uuid" ? "a UUID" : "an RFC 3339 timestamp");

export const PATTERN_TIGHTENED = defineRule({
  id: "PATTERN_TIGHTENED",
  subject: "value",
  layer: "wire",
  summary: "a `String` became a `Uuid` or `DateTime<Utc>`: the wire pattern tightened",
  verdicts: { oldReaderNewWriter: "ok", newReaderOldWriter: "breaks" },
  why: "serde parses a Uuid or DateTime from its string and rejects any other; every new value is a valid String",
  recipe: "make every writer send only well-formed values first, deploy, then change the type",
  check: ({ from, to }) =>
    from.kind === "string" && FORMATTED.has(to.kind)
      ? [{ message: `${arrow(from, to)}: pattern tightened`, when: { newReaderOldWriter: `an old writer sends a string that is not ${formatName(to)}` } }]
      : [],
});

export const PATTERN_LOOSENED = defineRule({
  id: "PATTERN_LOOSENED",
  subject: "value",
  layer: "wire",
  summary: "a `Uuid` or `DateTime<Utc>` became a `String`: the wire pattern loosened",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "ok" },
  why: "an old reader parses the string as a Uuid or DateTime and rejects any other; every old value is a valid String",
  recipe: "deploy the String everywhere before any writer sends a value of another form",
  check: ({ from, to }) =>
    FORMATTED.has(from.kind) && to.kind === "string"
      ? [{ message: `${arrow(from, to)}: pattern loosened`, when: { oldReaderNewWriter: `a new writer sends a string that is not ${formatName(from)}` } }]
      : [],
});

// ---- replaced outright ----------------------------------------------------------------------

/** Two differing values that no rule above relates: one type replaced by another (the engine recurses into Option, lists, maps and tuples of the same arity). */
function isReplacement(from: Shape, to: Shape): boolean {
  if (isOption(from) || isOption(to)) return false;
  // list ↔ map is a replacement (array ↔ object); list ↔ anything else has its own rules; list ↔ list and map ↔ map are walked into.
  if (from.kind === "list" || to.kind === "list") return (from.kind === "map" || to.kind === "map") && from.kind !== to.kind;
  if (from.kind === "map" && to.kind === "map") return false;
  const numeric = (s: Shape) => s.kind === "int" || s.kind === "float";
  if (numeric(from) && numeric(to)) return false;
  if ((from.kind === "string" && FORMATTED.has(to.kind)) || (to.kind === "string" && FORMATTED.has(from.kind))) return false;
  return !(from.kind === "tuple" && to.kind === "tuple" && from.items.length === to.items.length);
}

function replaced(from: Shape, to: Shape, what: string): Hit[] {
  return [{ message: `${what}: ${arrow(from, to)}`, when: { oldReaderNewWriter: "always", newReaderOldWriter: "always" } }];
}

const REPLACED = "the reader expects another JSON shape or type name (`invalid type`, or a mismatched struct or enum)";

export const FIELD_TYPE_CHANGED = defineRule({
  id: "FIELD_TYPE_CHANGED",
  subject: "value",
  layer: "wire",
  summary: "a field's type was replaced by an unrelated one (String → bool, a struct → another struct)",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: REPLACED,
  recipe: NEW_FIELD_RECIPE,
  source: "code that uses the field with its old type no longer compiles",
  check: ({ from, to, where }) => (where === "field" && isReplacement(from, to) ? replaced(from, to, "type changed") : []),
});

export const VARIANT_PAYLOAD_CHANGED = defineRule({
  id: "VARIANT_PAYLOAD_CHANGED",
  subject: "value",
  layer: "wire",
  summary: "a data variant's payload was replaced (newtype ↔ struct variant, or its newtype type replaced)",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: REPLACED,
  recipe: "add a new variant with the new payload, deploy every reader, switch writers, then remove the old variant",
  source: "code that builds or matches the variant's payload no longer compiles",
  check: ({ from, to, where }) => (where === "variant" && isReplacement(from, to) ? replaced(from, to, "payload changed") : []),
});

export const TYPE_SHAPE_CHANGED = defineRule({
  id: "TYPE_SHAPE_CHANGED",
  subject: "value",
  layer: "wire",
  summary: "a type's definition was replaced (struct ↔ enum, an alias or newtype target replaced)",
  verdicts: { oldReaderNewWriter: "breaks", newReaderOldWriter: "breaks" },
  why: REPLACED,
  recipe: "add a new type and a new Option field using it, write both, deploy everywhere, then remove the old one",
  source: "code that uses the type no longer compiles",
  check: ({ from, to, where }) => (where === "type" && isReplacement(from, to) ? replaced(from, to, "definition changed") : []),
});
