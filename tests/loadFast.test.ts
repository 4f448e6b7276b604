// The loader's fast path (JSON.parse plus one scan) reads every document exactly as its slow path (a
// syntax tree) does: the same value, the same raw numbers and positions, or the same refusal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { InputError } from "../src/diagnostics.js";
import { loadSchemaText, type Json, type LoadedSchema } from "../src/load/loadSchema.js";
import { SCHEMA } from "./helpers/paths.js";

/** Every JSON pointer of a value, the value's own first. */
function pointers(v: Json, at = ""): string[] {
  const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
  if (Array.isArray(v)) return [at, ...v.flatMap((x, i) => pointers(x, `${at}/${i}`))];
  if (v !== null && typeof v === "object") return [at, ...Object.keys(v).flatMap((k) => pointers(v[k]!, `${at}/${esc(k)}`))];
  return [at];
}

type Outcome = { refused: string[] } | { doc: LoadedSchema };

function load(text: string, fast: boolean): Outcome {
  try {
    return { doc: loadSchemaText("s.json", text, { fast }) };
  } catch (e) {
    if (e instanceof InputError) return { refused: e.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.pointer}`) };
    throw e;
  }
}

function expectSame(text: string): void {
  const fast = load(text, true);
  const slow = load(text, false);
  if ("refused" in slow || "refused" in fast) {
    expect(fast).toEqual(slow);
    return;
  }
  expect(fast.doc.value).toEqual(slow.doc.value);
  expect(Object.getPrototypeOf(fast.doc.value ?? 0) === null).toBe(Object.getPrototypeOf(slow.doc.value ?? 0) === null);
  for (const p of [...pointers(slow.doc.value), "/missing", "/0/missing"]) {
    expect(fast.doc.locate(p), p).toEqual(slow.doc.locate(p));
    expect(fast.doc.has(p), p).toBe(slow.doc.has(p));
    expect(fast.doc.rawNumber(p), p).toBe(slow.doc.rawNumber(p));
  }
}

// Keys and strings from a small alphabet, so duplicates, escapes and surrogates are frequent.
const piece = fc.constantFrom("a", "b", "~", "/", "__proto__", "\\u0061", '\\"', "\\\\", "\\n", "\\ud800", "\\udc00", "\\ud83d\\ude00", "é", "\ud800", "1");
const str = fc.array(piece, { maxLength: 3 }).map((p) => `"${p.join("")}"`);
const num = fc.constantFrom("0", "-0", "1", "1.0", "1e2", "1E+2", "18446744073709551615", "9007199254740993", "-12.5", "0.1", "1e400");
const ws = fc.constantFrom("", " ", "\n", "\r\n  ", "\t");

const value: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    str,
    num,
    fc.constantFrom("true", "false", "null"),
    fc.array(fc.tuple(ws, tie("v")), { maxLength: 4 }).map((xs) => `[${xs.map(([w, x]) => w + x).join(",")}]`),
    fc.array(fc.tuple(ws, str, tie("v")), { maxLength: 4 }).map((xs) => `{${xs.map(([w, k, x]) => `${w}${k}:${w}${x}`).join(",")}}`),
  ),
})).v;

describe("the loader's fast path", () => {
  it("reads the bundled schema as the slow path does", () => {
    expectSame(readFileSync(SCHEMA, "utf8"));
  });

  it("reads any document as the slow path does: value, positions, raw numbers, or the same refusal", () => {
    fc.assert(
      fc.property(ws, value, ws, (a, v, b) => expectSame(a + v + b)),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("hands every refusal to the slow path: duplicate keys, __proto__, lone surrogates, bad JSON, a BOM", () => {
    for (const text of ['{"a":1,"a":2}', '{"__proto__":1}', '"\\ud800"', '["\ud800"]', '{"a":1,}', "", "\ufeff{}", '{"\\u0061":1,"a":2}']) expectSame(text);
  });
});
