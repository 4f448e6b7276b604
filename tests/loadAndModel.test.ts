import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSchema } from "../src/check/checkSchema.js";
import { InputError, formatDiagnostic } from "../src/diagnostics.js";
import { loadSchemaText } from "../src/load/loadSchema.js";
import { buildModel } from "../src/model/buildModel.js";
import { SCHEMA } from "./helpers/paths.js";

const baseText = readFileSync(SCHEMA, "utf8");

function modelOf(text: string) {
  return buildModel(checkSchema(loadSchemaText("test.json", text)));
}

function firstError(text: string): string {
  try {
    modelOf(text);
  } catch (e) {
    if (e instanceof InputError) return formatDiagnostic(e.diagnostics[0]!);
    throw e;
  }
  throw new Error("expected an InputError");
}

// Textual insertion, not a JSON round trip, which would round the schema's u64 bounds.
const withDefs = (defs: Record<string, unknown>, raw = JSON.stringify(defs, null, 2).slice(1, -1)) => baseText.replace('"$defs": {', `"$defs": {${raw},`);

describe("load", () => {
  it("reports a syntax error with its line and column", () => {
    expect(firstError('{\n  "a": 1,\n  "b": \n}')).toMatch(/^test\.json:4:1: error: invalid JSON: value expected \[json-syntax\]/);
  });

  it("rejects duplicate keys, naming the second", () => {
    expect(firstError('{\n  "a": 1,\n  "a": 2\n}')).toMatch(/^test\.json:3:3: error: duplicate key "a"/);
  });

  it("refuses nesting deeper than 1,000 levels with a located error, instead of overflowing the parser's stack", () => {
    const deep = `{"a": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expect(firstError(deep)).toMatch(/^test\.json:1:1006: error: nesting deeper than 1000 levels .*\[too-deep\]/);
    expect(() => loadSchemaText("ok.json", `{"a": "${"[".repeat(5000)}"}`)).not.toThrow();
  });

  it("keeps big numbers exactly as written", () => {
    const loaded = loadSchemaText("t.json", '{"maximum": 18446744073709551615}');
    expect(loaded.rawNumber("/maximum")).toBe("18446744073709551615");
    expect(String(loaded.value && (loaded.value as { maximum: number }).maximum)).not.toBe("18446744073709551615");
  });
});

describe("model", () => {
  it("builds the bundled schema", () => {
    const model = modelOf(readFileSync(SCHEMA, "utf8"));
    expect(model.protocolVersion).toBe(1);
    expect(model.messages).toEqual([
      { name: "NodeMessage", direction: "node-to-gateway" },
      { name: "GatewayMessage", direction: "gateway-to-node" },
    ]);
    const spec = model.decls.find((d) => d.name === "WorkloadSpec");
    expect(spec?.kind === "struct" && spec.fields.find((f) => f.name === "gpu_count")?.rules).toEqual({ minimum: "0", maximum: "64" });
  });

  it("accepts a u64 bound written in full, compared without rounding", () => {
    const exact = withDefs({}, '"Big": { "type": "integer", "x-rust-type": "u64", "minimum": 0, "maximum": 18446744073709551615 }');
    expect(() => modelOf(exact)).not.toThrow();
    const off = withDefs({}, '"Big": { "type": "integer", "x-rust-type": "u64", "minimum": 0, "maximum": 18446744073709551614 }');
    expect(firstError(off)).toMatch(/"maximum": 18446744073709551614 is not u64's maximum/);
  });

  it.each([
    [{ Bad: { type: "integer" } }, /int-without-rust-type/],
    [{ Bad: { type: "object", properties: { a: { $ref: "#/$defs/Nope" } }, required: ["a"] } }, /unresolved-ref/],
    [{ Bad: { type: "string", "x-frobnicate": true } }, /unknown-keyword/],
    [{ Bad: { $ref: "#/$defs/Bad2" }, Bad2: { $ref: "#/$defs/Bad" } }, /cyclic-ref/],
    [{ bad_name: { type: "string" } }, /bad-name/],
    [{ Nodeid: { type: "string" } }, /name-collision/],
    [{ Bad: { type: "object", properties: { a: { type: "string" } } } }, /required-mismatch/],
    [{ Bad: { "x-serde": "externally-tagged", oneOf: [{ const: "A" }, { const: "A" }] } }, /duplicate-variant/],
    [{ Bad: { type: "object", properties: { a: { type: "object", properties: {} } }, required: ["a"] } }, /unrepresentable/],
  ])("rejects %j with a located error", (defs, code) => {
    const message = firstError(withDefs(defs));
    expect(message).toMatch(code);
    expect(message).toMatch(/^test\.json:\d+:\d+: error: .* at #\/\$defs\//);
  });
});
