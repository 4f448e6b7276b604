import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { EXTENSION_KEYWORDS } from "../src/check/keywords.js";
import { SCHEMA } from "./helpers/paths.js";
import { vectorBytes, vectorIndex } from "./helpers/vectors.js";
import * as pkg from "../generated/typescript/dist/esm/index.js";
import { normalizeTimestamp, normalizeUuid } from "../generated/typescript/dist/esm/scalars.js";

type Codec = {
  parse: (input: string | Uint8Array) => unknown;
  serialize: (value: unknown) => string;
  validate: (value: unknown) => unknown[];
};
const api = pkg as unknown as Record<string, (x: unknown) => unknown>;
const codec = (type: string): Codec => ({
  parse: api[`parse${type}`] as Codec["parse"],
  serialize: api[`serialize${type}`] as Codec["serialize"],
  validate: api[`validate${type}`] as Codec["validate"],
});

const decoder = new TextDecoder("utf-8", { fatal: false });
const text = (file: string) => decoder.decode(vectorBytes(file));

// The schema's formats mean "what the uuid crate / chrono 0.4.23 accept": implemented by the package's scalar parsers.
const accepts = (normalize: (s: string) => string) => (s: string) => {
  try {
    normalize(s);
    return true;
  } catch {
    return false;
  }
};
const ajv = new Ajv2020({ strict: false, allErrors: false });
ajv.addVocabulary([...EXTENSION_KEYWORDS]);
ajv.addFormat("uuid", accepts(normalizeUuid));
ajv.addFormat("date-time", accepts(normalizeTimestamp));
const schema = JSON.parse(readFileSync(SCHEMA, "utf8")) as { $id: string };
ajv.addSchema(schema);
const schemaAccepts = (type: string, file: string): boolean => {
  let value: unknown;
  try {
    value = JSON.parse(text(file));
  } catch {
    return false;
  }
  return ajv.validate({ $ref: `${schema.$id}#/$defs/${type}` }, value);
};

function thrown(run: () => unknown): pkg.ProtoError {
  try {
    run();
  } catch (e) {
    if (e instanceof pkg.ProtoError) return e;
    throw new Error(`expected a ProtoError, got ${String(e)}`);
  }
  throw new Error("expected a ProtoError, but it parsed");
}

const { valid, noncanonical, invalid } = vectorIndex;
const rulesInvalid = vectorIndex["rules-invalid"];

describe("conformance vectors", () => {
  it("number at least 120, every type of the schema covered by a valid vector", () => {
    expect(valid.length + noncanonical.length + invalid.length + rulesInvalid.length).toBeGreaterThanOrEqual(120);
    const defs = Object.keys((schema as unknown as { $defs: object }).$defs);
    const covered = new Set(valid.map((v) => v.type));
    expect(defs.filter((d) => !covered.has(d))).toEqual([]);
  });

  describe("valid: parse → serialize gives the same bytes; the value validates; the schema accepts", () => {
    it.each(valid.filter((v) => !v.typescriptGap).map((v) => [v.file, v] as const))("%s", (_, v) => {
      const c = codec(v.type);
      const bytes = text(v.file);
      const value = c.parse(bytes);
      expect(c.serialize(value)).toBe(bytes);
      expect(c.parse(vectorBytes(v.file))).toEqual(value);
      expect(c.validate(value)).toEqual([]);
      expect(schemaAccepts(v.type, v.file)).toBe(true);
    });
  });

  describe("noncanonical: parse → serialize gives the recorded canonical form", () => {
    it.each(noncanonical.filter((v) => !v.typescriptGap).map((v) => [v.file, v] as const))("%s", (_, v) => {
      const c = codec(v.type);
      expect(c.serialize(c.parse(vectorBytes(v.file)))).toBe(v.canonical);
      if (v.schema) expect(schemaAccepts(v.type, v.file)).toBe(true);
    });
  });

  describe("invalid: a ProtoError of the recorded kind and pointer", () => {
    it.each(invalid.map((v) => [v.file, v] as const))("%s", (_, v) => {
      const e = thrown(() => codec(v.type).parse(vectorBytes(v.file)));
      expect(e.kind).toBe(v.kind);
      expect(e.pointer).toBe(v.pointer);
      expect(e.message.split("\n")).toHaveLength(1);
      if (v.schema) expect(schemaAccepts(v.type, v.file)).toBe(false);
    });
  });

  describe("rules-invalid: valid on the wire, validateWorkloadSpec names the field", () => {
    it.each(rulesInvalid.map((v) => [v.file, v] as const))("%s", (_, v) => {
      const spec = pkg.parseWorkloadSpec(vectorBytes(v.file));
      expect(pkg.validateWorkloadSpec(spec).map((e) => e.field)).toContain(v.field);
      expect(schemaAccepts(v.type, v.file)).toBe(true);
    });
  });

  describe("documented TypeScript gaps: serde accepts, the package rejects with InvalidMessage", () => {
    it.each([...valid, ...noncanonical].filter((v) => v.typescriptGap).map((v) => [v.file, v] as const))("%s", (_, v) => {
      expect(thrown(() => codec(v.type).parse(vectorBytes(v.file))).kind).toBe("InvalidMessage");
    });
  });
});
