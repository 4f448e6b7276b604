import type { Decl, EnumDecl, Field, Model, Rules, TypeRef, Variant } from "../../model/types.js";
import { INT_RANGES, assertNever } from "../../model/types.js";
import { jsonString } from "../../render/escape.js";

/**
 * The schema as other people's tools read it, built from the model (what serde accepts on the wire):
 * standard keywords only. What our `x-` keywords carried (Rust types, representations, rules, messages,
 * the Rust defaults) moves to a sidecar keyed by JSON pointer into the export. No `default`: serde
 * reads none from the wire, and a tool would take one to mean "optional".
 */

/** JSON, plus bigint for integer bounds no double holds (u64's maximum), printed exactly. */
export type Json = null | boolean | number | bigint | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
export const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

/**
 * JSON text with two-space indentation and a trailing newline; keys in the order they were set. Strings
 * (schema text among them) go through the JSON escaper: control, bidirectional and invisible characters
 * are spelled `\uXXXX`, so the file shows what it holds.
 */
export function printJson(value: Json): string {
  return `${print(value, "")}\n`;
}

function print(v: Json, indent: string): string {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return `"${jsonString(v)}"`;
  if (v === null || typeof v !== "object") {
    const text = JSON.stringify(v);
    if (text === undefined) throw new Error(`not JSON: ${String(v)}`);
    return text;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return `[\n${v.map((x) => inner + print(x, inner)).join(",\n")}\n${indent}]`;
  }
  const keys = Object.keys(v);
  if (keys.length === 0) return "{}";
  return `{\n${keys.map((k) => `${inner}"${jsonString(k)}": ${print(v[k]!, inner)}`).join(",\n")}\n${indent}}`;
}

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
function ptr(base: string, ...tokens: (string | number)[]): string {
  return base + tokens.map((t) => `/${String(t).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

class Sidecar {
  readonly entries: Obj = {};
  add(pointer: string, key: string, value: Json): void {
    const entry = (this.entries[pointer] ??= {}) as Obj;
    entry[key] = value;
  }
}

function rulesJson(r: Rules): Obj {
  const out: Obj = {};
  if (r.minimum !== undefined) out["minimum"] = BigInt(r.minimum);
  if (r.maximum !== undefined) out["maximum"] = BigInt(r.maximum);
  if (r.minLength !== undefined) out["minLength"] = r.minLength;
  if (r.format !== undefined) out["format"] = r.format;
  if (r.description !== undefined) out["description"] = r.description;
  return out;
}

const withDescription = (description: string | undefined, schema: Obj): Obj => (description === undefined ? schema : { description, ...schema });

function typeSchema(t: TypeRef, at: string, side: Sidecar): Obj {
  switch (t.kind) {
    case "string":
      return { type: "string" };
    case "bool":
      return { type: "boolean" };
    case "int":
      side.add(at, "x-rust-type", t.int);
      return { type: "integer", minimum: BigInt(INT_RANGES[t.int].min), maximum: BigInt(INT_RANGES[t.int].max) };
    case "float":
      side.add(at, "x-rust-type", t.float);
      return { type: "number" };
    case "uuid":
      side.add(at, "x-rust-type", "Uuid");
      return { type: "string", format: "uuid" };
    case "timestamp":
      side.add(at, "x-rust-type", "DateTime<Utc>");
      return { type: "string", format: "date-time" };
    case "ref":
      return { $ref: `#/$defs/${t.name}` };
    case "option":
      return { anyOf: [typeSchema(t.of, ptr(at, "anyOf", 0), side), { type: "null" }] };
    case "list":
      return { type: "array", items: typeSchema(t.of, ptr(at, "items"), side) };
    case "tuple":
      return { type: "array", prefixItems: t.items.map((x, i) => typeSchema(x, ptr(at, "prefixItems", i), side)), items: false, minItems: t.items.length };
    case "map":
      side.add(at, "x-rust-type", "HashMap<String, _>");
      return { type: "object", additionalProperties: typeSchema(t.of, ptr(at, "additionalProperties"), side) };
    default:
      return assertNever(t);
  }
}

/** A struct's fields as `properties` and `required` (every field but an Option: serde fills in no default). */
function fieldsSchema(fields: Field[], at: string, side: Sidecar, extra: Obj = {}, extraRequired: string[] = []): Obj {
  const properties: Obj = { ...extra };
  for (const f of fields) {
    const fat = ptr(at, "properties", f.name);
    properties[f.name] = withDescription(f.description, typeSchema(f.type, fat, side));
    if (f.rustName !== undefined) side.add(fat, "x-rust-name", f.rustName);
    if (f.rules) side.add(fat, "x-rules", rulesJson(f.rules));
    if (f.itemRules) side.add(f.type.kind === "list" ? ptr(fat, "items") : fat, f.type.kind === "list" ? "x-rules" : "x-item-rules", rulesJson(f.itemRules));
    if (f.default !== undefined) side.add(fat, "x-rust-default", f.default);
  }
  return { type: "object", properties, required: [...extraRequired, ...fields.filter((f) => f.type.kind !== "option").map((f) => f.name)] };
}

function payloadSchema(v: Variant, at: string, side: Sidecar): Obj {
  switch (v.payload.kind) {
    case "unit":
      return { type: "null" };
    case "newtype":
      return typeSchema(v.payload.type, at, side);
    case "struct":
      return fieldsSchema(v.payload.fields, at, side);
    default:
      return assertNever(v.payload);
  }
}

/** An `#[serde(other)]` tag: its own name or any string that is not another variant's tag. */
const otherTag = (d: EnumDecl): Obj => ({ type: "string", not: { enum: d.variants.filter((v) => !v.other).map((v) => v.name) } });

function variantSchema(d: EnumDecl, v: Variant, at: string, side: Sidecar): Obj {
  if (v.rustName !== undefined) side.add(at, "x-rust-name", v.rustName);
  if (v.other) side.add(at, "x-serde-other", true);
  switch (d.representation) {
    case "externally-tagged":
      if (v.payload.kind === "unit") return v.other ? otherTag(d) : { const: v.name };
      return {
        type: "object",
        properties: { [v.name]: payloadSchema(v, ptr(at, "properties", v.name), side) },
        required: [v.name],
        additionalProperties: false,
      };
    case "internally-tagged": {
      const tag = d.tag!;
      const tagSchema = v.other ? otherTag(d) : { const: v.name };
      const p = v.payload;
      if (p.kind === "struct") return fieldsSchema(p.fields, at, side, { [tag]: tagSchema }, [tag]);
      if (p.kind === "newtype")
        return { type: "object", properties: { [tag]: tagSchema }, required: [tag], allOf: [typeSchema(p.type, ptr(at, "allOf", 0), side)] };
      return { type: "object", properties: { [tag]: tagSchema }, required: [tag] };
    }
    case "adjacently-tagged": {
      const tag = d.tag!;
      const content = d.content!;
      const tagSchema = v.other ? otherTag(d) : { const: v.name };
      if (v.payload.kind === "unit") return { type: "object", properties: { [tag]: tagSchema, [content]: { type: "null" } }, required: [tag] };
      return {
        type: "object",
        properties: { [tag]: tagSchema, [content]: payloadSchema(v, ptr(at, "properties", content), side) },
        required: [tag, content],
      };
    }
    case "untagged":
      return payloadSchema(v, at, side);
    default:
      return assertNever(d.representation);
  }
}

function enumSchema(d: EnumDecl, at: string, side: Sidecar): Obj {
  side.add(
    at,
    "x-serde",
    d.representation === "externally-tagged" || d.representation === "untagged"
      ? d.representation
      : d.content !== undefined
        ? { tag: d.tag!, content: d.content }
        : { tag: d.tag! },
  );
  if (d.renameAll !== undefined) side.add(at, "x-rename-all", d.renameAll);
  if (d.default !== undefined) side.add(at, "x-rust-default", d.default);
  // An untagged enum's first matching variant wins (anyOf); a tagged one's tags tell its variants apart (oneOf).
  const key = d.representation === "untagged" ? "anyOf" : "oneOf";
  return { [key]: d.variants.map((v, i) => withDescription(v.description, variantSchema(d, v, ptr(at, key, i), side))) };
}

function declSchema(d: Decl, at: string, side: Sidecar): Obj {
  switch (d.kind) {
    case "struct":
      if (d.renameAll !== undefined) side.add(at, "x-rename-all", d.renameAll);
      return fieldsSchema(d.fields, at, side);
    case "enum":
      return enumSchema(d, at, side);
    case "newtype":
      side.add(at, "x-newtype", true);
      return typeSchema(d.inner, at, side);
    case "alias":
      return typeSchema(d.target, at, side);
    default:
      return assertNever(d);
  }
}

/** The 2020-12 export and its sidecar (`x-` keywords by pointer into the export). */
export function exportSchema(model: Model): { schema: Obj; sidecar: Obj } {
  const side = new Sidecar();
  side.add("", "x-protocol-version", model.protocolVersion);
  side.add("", "x-messages", Object.fromEntries(model.messages.map((m) => [m.name, m.direction])));
  const defs: Obj = {};
  for (const d of model.decls) defs[d.name] = withDescription(d.description, declSchema(d, ptr("", "$defs", d.name), side));
  const schema: Obj = {
    $schema: DRAFT_2020_12,
    ...(model.id !== undefined ? { $id: model.id } : {}),
    title: model.title,
    ...(model.description !== undefined ? { description: model.description } : {}),
    $defs: defs,
  };
  return { schema, sidecar: side.entries };
}

const ANNOTATIONS = new Set(["$ref", "description", "title", "$comment"]);

/**
 * The same schema for draft-07 tools: `definitions`, tuples as an `items` array with
 * `additionalItems: false`, and a `$ref` with other keywords beside it (which draft-07 ignores) moved into `allOf`.
 */
export function toDraft07(schema: Obj, id: string | undefined): Obj {
  const convert = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(convert);
    if (node === null || typeof node !== "object") return node;
    const out: Obj = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === "$schema") out[k] = DRAFT_07;
      else if (k === "$id") out[k] = id ?? v;
      else if (k === "$defs") out["definitions"] = Object.fromEntries(Object.entries(v as Obj).map(([name, s]) => [name, convert(s)]));
      else if (k === "properties") out[k] = Object.fromEntries(Object.entries(v as Obj).map(([name, s]) => [name, convert(s)]));
      else if (k === "$ref") out[k] = (v as string).replace(/^#\/\$defs\//, "#/definitions/");
      else if (k === "prefixItems") out["items"] = convert(v);
      else if (k === "items" && "prefixItems" in node) out["additionalItems"] = v;
      else out[k] = convert(v);
    }
    if ("$ref" in out && Object.keys(out).some((k) => !ANNOTATIONS.has(k))) {
      const { $ref, description, ...rest } = out;
      return { ...(description !== undefined ? { description } : {}), allOf: [{ $ref: $ref! }, rest] };
    }
    return out;
  };
  return convert(schema) as Obj;
}
