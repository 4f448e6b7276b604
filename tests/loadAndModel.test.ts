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

  // Inside a message variant (oneOf/N/…) the pointer crosses an array: its index must stay a number for the lookup.
  const optionInVariant = baseText.replace(
    '"protocol_version": {\n                  "type": "integer",',
    '"retries": {\n                  "anyOf": [{ "type": "integer", "x-rust-type": "u32", "minimum": 0, "maximum": 4294967295 }, { "type": "null" }]\n                },\n                "protocol_version": {\n                  "type": "integer",',
  );

  it("reads raw numbers through arrays: an Option<u32> with its full bounds inside a message variant is valid", () => {
    expect(optionInVariant).not.toBe(baseText);
    const model = modelOf(optionInVariant);
    const register = model.decls.find((d) => d.name === "NodeMessage");
    expect(register?.kind === "enum" && register.variants[0]!.payload).toMatchObject({
      fields: expect.arrayContaining([expect.objectContaining({ name: "retries" })]),
    });
  });

  it("locates a diagnostic deep inside arrays on its own line, not an ancestor's", () => {
    const wrong = optionInVariant.replace('"maximum": 4294967295 }, { "type": "null" }', '"maximum": 4294967294 }, { "type": "null" }');
    const line = wrong.split("\n").findIndex((l) => l.includes("4294967294")) + 1;
    expect(firstError(wrong)).toMatch(
      new RegExp(
        `^test\\.json:${line}:\\d+: error: "maximum": 4294967294 is not u32's maximum .* at #/\\$defs/NodeMessage/oneOf/0/properties/Register/properties/retries/anyOf/0/maximum$`,
      ),
    );
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

describe("the Rust default: x-rust-default, and default as earlier schemas wrote it", () => {
  const defaultsOf = (text: string) => {
    const model = modelOf(text);
    const policy = model.decls.find((d) => d.name === "RestartPolicy");
    const status = model.decls.find((d) => d.name === "WorkloadStatus");
    return {
      policy: policy?.kind === "enum" ? policy.default : "no enum",
      state: status?.kind === "struct" ? status.fields.find((f) => f.name === "state")?.default : "no struct",
      model,
    };
  };
  const oldStyle = baseText.replaceAll('"x-rust-default":', '"default":');

  it("the canonical schema writes no `default` (a standard tool reads it as optional) and keeps both Rust defaults under x-rust-default", () => {
    expect(JSON.stringify(JSON.parse(baseText))).not.toMatch(/"default":/);
    const { policy, state } = defaultsOf(baseText);
    expect({ policy, state }).toEqual({ policy: "Never", state: "Pending" });
  });

  it("a schema that still writes `default` builds the very same model", () => {
    expect(oldStyle).not.toBe(baseText);
    expect(defaultsOf(oldStyle).model).toEqual(defaultsOf(baseText).model);
  });

  it("both keywords on one node are refused, located at `default`", () => {
    const both = baseText.replace('"x-rust-default": "Never",', '"x-rust-default": "Never",\n      "default": "Always",');
    const line = both.split("\n").findIndex((l) => l.includes('"default": "Always"')) + 1;
    expect(firstError(both)).toMatch(
      new RegExp(
        `^test\\.json:${line}:\\d+: error: "default" and "x-rust-default" both given: keep only "x-rust-default" .*\\[bad-default\\] at #/\\$defs/RestartPolicy/default$`,
      ),
    );
  });

  it("a default naming no unit variant is located at the keyword the schema used", () => {
    const bad = (text: string) => text.replace(/("(?:x-rust-)?default": )"Pending"/, '$1"Paused"');
    expect(firstError(bad(baseText))).toMatch(/\[bad-default\] at #\/\$defs\/WorkloadStatus\/properties\/state\/x-rust-default$/);
    expect(firstError(bad(oldStyle))).toMatch(/\[bad-default\] at #\/\$defs\/WorkloadStatus\/properties\/state\/default$/);
    const enumBad = (text: string) => text.replace(/("(?:x-rust-)?default": )"Never"/, "$11");
    expect(firstError(enumBad(baseText))).toMatch(/\[bad-default\] at #\/\$defs\/RestartPolicy\/x-rust-default$/);
  });
});

describe("x-rust-default where nothing reads it", () => {
  it("is refused, located (here on a struct); a standard `default` there stays an annotation, as before", () => {
    const onStruct = baseText.replace('"VolumeMount": {\n', '"VolumeMount": {\n      "x-rust-default": "Never",\n');
    expect(onStruct).not.toBe(baseText);
    expect(firstError(onStruct)).toMatch(/has no effect here: .*\[bad-default\] at #\/\$defs\/VolumeMount\/x-rust-default$/);
    expect(() => modelOf(baseText.replace('"VolumeMount": {\n', '"VolumeMount": {\n      "default": "Never",\n'))).not.toThrow();
  });
});
