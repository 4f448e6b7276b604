import { Ajv, _, stringify, type CodeGen, type Name } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import type { Schema } from "./valueSchema.js";
// Ajv's code builder, to print bigint literals (its `_` prints numbers, which cannot hold u64's range).
import { _Code } from "ajv/dist/compile/codegen/code.js";

/**
 * Ajv standalone validators of the value schemas (valueSchema.ts) as an ES module, one export per type, with no
 * runtime import of Ajv. Pure, and the slowest step of rendering: the TypeScript target runs it in a worker thread
 * (validatorsWorker.ts) while the rest of the package renders.
 */
export function ajvValidators(schemas: readonly Schema[]): string {
  const ajv = new Ajv({
    code: { source: true, esm: true, lines: false },
    allErrors: false,
    messages: false,
    inlineRefs: false,
    strict: true,
    unicodeRegExp: false,
    // serde_json writes NaN and ±infinity in an f32/f64 (as null): they are valid values, as in Rust.
    strictNumbers: false,
  });
  // An f32 field holds what Math.fround gives (NaN and infinities too): emitted inline, so standalone code needs no import.
  ajv.addKeyword({
    keyword: "f32",
    type: "number",
    schemaType: "boolean",
    code(cxt) {
      cxt.fail(_`Number.isFinite(${cxt.data}) && Math.fround(${cxt.data}) !== ${cxt.data}`);
    },
  });
  // A value's objects are plain (prototype Object.prototype of any realm, or null): a Map, a Date or a class instance
  // holds no JSON object's keys, and without this check would pass as an empty object. Checked before anything else.
  ajv.addKeyword({
    keyword: "plain",
    type: "object",
    schemaType: "boolean",
    before: "maxProperties",
    code(cxt) {
      // One module-level function for every object: a bundle carries the check once.
      cxt.fail(_`${nameIn(cxt, NOT_PLAIN)}(${cxt.data})`);
    },
  });
  // An integer of a Rust type held as a number, [min, max]: one call for its type and range, as Ajv's `type: "integer"`
  // with `minimum` and `maximum` decide them (NaN and ±Infinity fail), so a bundle carries the check once;
  // validate.ts tells the two apart for its message.
  ajv.addKeyword({
    keyword: "int",
    schemaType: "array",
    code(cxt) {
      const [min, max] = cxt.schema as [number, number];
      cxt.fail(_`!${nameIn(cxt, IS_INT)}(${cxt.data}, ${min}, ${max})`);
    },
    error: { message: "int", params: (cxt) => _`{min: ${(cxt.schema as number[])[0]}, max: ${(cxt.schema as number[])[1]}}` },
  });
  // A string in an externally tagged enum with unit and data variants must name a unit variant; when it does
  // not, the issue lists every variant, as serde's message does (an `enum` of the unit variants would list only those).
  ajv.addKeyword({
    keyword: "unitVariant",
    type: "string",
    schemaType: "object",
    code(cxt) {
      cxt.fail(_`!${namesConstant(cxt, (cxt.schema as { units: string[] }).units)}.includes(${cxt.data})`);
    },
    error: { message: "unknown variant", params: (cxt) => _`{allowedValues: ${namesConstant(cxt, (cxt.schema as { all: string[] }).all)}}` },
  });
  // One of a list of variant names (Ajv's `enum` would do, but its error refers to the whole schema object, which a
  // bundle then keeps: the list alone is a module-level constant here).
  ajv.addKeyword({
    keyword: "variantName",
    schemaType: "array",
    code(cxt) {
      cxt.fail(_`!${namesConstant(cxt, cxt.schema as string[])}.includes(${cxt.data})`);
    },
    error: { message: "unknown variant", params: (cxt) => _`{allowedValues: ${namesConstant(cxt, cxt.schema as string[])}}` },
  });
  // A u64/i64 held as a bigint (setting u64: bigint): a bigint within the Rust type's range, compared exactly.
  ajv.addKeyword({
    keyword: "bigint",
    schemaType: "object",
    code(cxt) {
      const { min, max } = cxt.schema as { min: string; max: string };
      cxt.fail(_`typeof ${cxt.data} !== "bigint" || ${cxt.data} < ${new _Code(`${BigInt(min)}n`)} || ${cxt.data} > ${new _Code(`${BigInt(max)}n`)}`);
    },
    error: { message: "bigint", params: (cxt) => _`{rust: ${stringify((cxt.schema as { rust: string }).rust)}}` },
  });
  for (const schema of schemas) ajv.addSchema(schema);
  const ids = schemas.map((s) => s["$id"] as string);
  const exports = Object.fromEntries(ids.map((id) => [`ajv${id}`, id]));
  const code = standalone.default(ajv, exports);
  if (/\brequire\(|\bimport\b/.test(code)) {
    throw new Error("Ajv standalone code imports a runtime helper; the value schema must avoid keywords that need one");
  }
  return (
    code
      // Module-level regexes are pure: say so, so bundlers that ignore package.json's sideEffects can drop them.
      .replace(/= new RegExp\(/g, "= /* @__PURE__ */ new RegExp(")
      // Each error's location in the value schema, which validate.ts never reads: a fifth of the code's size. Only
      // Ajv's own code can hold the text `schemaPath:"` (a string in it is JSON, its quotes escaped).
      .replace(/schemaPath:"(?:[^"\\]|\\.)*",/g, "")
  );
}

/** A function the standalone module declares once, however many schemas call it; `ref` is the same for Ajv's own run. */
interface SharedFunction {
  name: string;
  code: string;
  ref: unknown;
}

function sharedFunction(name: string, params: readonly string[], body: string): SharedFunction {
  return { name, code: `function ${name}(${params.join(", ")}) { ${body} }`, ref: new Function(...params, body) };
}

/** Whether `v` is an integer within [min, max], as Ajv's type "integer" and its minimum and maximum decide. */
const IS_INT = sharedFunction("isInt", ["v", "min", "max"], 'return typeof v === "number" && !(v % 1) && !isNaN(v) && v >= min && v <= max;');

/** Whether an object `v` is not plain: its prototype is neither null nor a realm's Object.prototype. */
const NOT_PLAIN = sharedFunction(
  "notPlain",
  ["v"],
  "const p = Object.getPrototypeOf(v); return p !== null && p !== Object.prototype && Object.getPrototypeOf(p) !== null;",
);

/** The module-level name of `f` in the code being generated. */
function nameIn(cxt: { gen: CodeGen }, f: SharedFunction): Name {
  return cxt.gen.scopeValue("func", { key: f.name, ref: f.ref, code: new _Code(f.code) });
}

/** A module-level constant holding a list of names (one per distinct list). */
function namesConstant(cxt: { gen: CodeGen }, names: readonly string[]): Name {
  return cxt.gen.scopeValue("obj", { key: JSON.stringify(names), ref: names, code: stringify(names) });
}
