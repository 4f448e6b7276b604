import type { Decl, EnumDecl, Field, Model, TypeRef, Variant } from "../../model/types.js";
import { assertNever } from "../../model/types.js";
import { isBigIntType, typeView, type U64Mode } from "./typeView.js";
import { INT_RANGES } from "../../model/types.js";
import { resolveType } from "../../model/walk.js";

export type Schema = Record<string, unknown>;

/** Patterns of the canonical spellings: what a parsed value holds and what a serializer writes. */
export const CANONICAL_UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
export const CANONICAL_TIMESTAMP_PATTERN = "^(?:[0-9]{4}|[+-][0-9]{4,})-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{3}|\\.[0-9]{6}|\\.[0-9]{9})?Z$";

function typeSchema(t: TypeRef, u64: U64Mode): Schema {
  switch (t.kind) {
    case "string":
      return { type: "string" };
    case "bool":
      return { type: "boolean" };
    case "int": {
      // A bigint (setting u64: bigint): keyword bigint (generatedParts.ts) checks type and range, exactly.
      if (isBigIntType(t, u64)) return { bigint: { rust: t.int, min: INT_RANGES[t.int].min, max: INT_RANGES[t.int].max } };
      const v = typeView(t);
      return { int: [Number(v.min), Number(v.max)] };
    }
    case "float":
      // An f32 field's number must be one f32 holds: the serializer writes it, it does not round (keyword f32, generatedParts.ts).
      return t.float === "f32" ? { type: "number", f32: true } : { type: "number" };
    case "map":
      return { type: "object", plain: true, additionalProperties: typeSchema(t.of, u64) };
    case "uuid":
      return { type: "string", pattern: CANONICAL_UUID_PATTERN };
    case "timestamp":
      return { type: "string", pattern: CANONICAL_TIMESTAMP_PATTERN };
    case "ref":
      return { $ref: t.name };
    case "option":
      // if/else rather than anyOf: a non-null value reports only its own errors.
      return { if: { type: "null" }, else: typeSchema(t.of, u64) };
    case "list":
      return { type: "array", items: typeSchema(t.of, u64) };
    case "tuple":
      return { type: "array", items: t.items.map((it) => typeSchema(it, u64)), additionalItems: false, minItems: t.items.length };
    default:
      return assertNever(t);
  }
}

function structSchema(fields: { name: string; type: TypeRef }[], u64: U64Mode): Schema {
  return {
    type: "object",
    plain: true,
    properties: Object.fromEntries(fields.map((f) => [f.name, typeSchema(f.type, u64)])),
    required: fields.filter((f) => f.type.kind !== "option").map((f) => f.name),
    additionalProperties: false,
  };
}

function variantPayload(v: Variant, u64: U64Mode): Schema {
  switch (v.payload.kind) {
    case "unit":
      return { type: "null" };
    case "newtype":
      return typeSchema(v.payload.type, u64);
    case "struct":
      return structSchema(v.payload.fields, u64);
    default:
      return assertNever(v.payload);
  }
}

function enumSchema(d: EnumDecl, byName: ReadonlyMap<string, Decl>, u64: U64Mode): Schema {
  switch (d.representation) {
    case "externally-tagged": {
      // Tag-directed: `properties` + `additionalProperties: false` validates only the present tag.
      const units = d.variants.filter((v) => v.payload.kind === "unit").map((v) => v.name);
      const data = d.variants.filter((v) => v.payload.kind !== "unit");
      const tagged = {
        type: "object",
        plain: true,
        minProperties: 1,
        maxProperties: 1,
        // propertyNames (not additionalProperties) so the error lists the variants it expected, all of
        // them as serde does; a unit variant given a payload fails its `false` schema, told apart below.
        propertyNames: { variantName: d.variants.map((v) => v.name) },
        properties: Object.fromEntries(d.variants.map((v) => [v.name, v.payload.kind === "unit" ? false : variantPayload(v, u64)])),
      };
      if (data.length === 0) return { type: "string", variantName: units };
      if (units.length === 0) return tagged;
      return { if: { type: "string" }, then: { type: "string", unitVariant: { units, all: d.variants.map((v) => v.name) } }, else: tagged };
    }
    case "internally-tagged":
    case "adjacently-tagged": {
      // The tag picks the one variant schema that applies (if/then), so errors are about that variant.
      const tag = d.tag!;
      return {
        type: "object",
        plain: true,
        required: [tag],
        properties: { [tag]: { variantName: d.variants.map((v) => v.name) } },
        allOf: d.variants.map((v) => ({
          if: { required: [tag], properties: { [tag]: { const: v.name } } },
          then: d.representation === "internally-tagged" ? internalVariant(tag, v, byName, u64) : adjacentVariant(tag, d.content!, v, u64),
        })),
      };
    }
    case "untagged":
      return { anyOf: d.variants.map((v) => ({ $ref: untaggedId(d, v) })) };
    default:
      return assertNever(d.representation);
  }
}

/** The fields of an internally tagged variant, beside its tag; a newtype variant's are its struct's. */
function internalVariant(tag: string, v: Variant, byName: ReadonlyMap<string, Decl>, u64: U64Mode): Schema {
  const p = v.payload;
  let fields: Field[] = [];
  if (p.kind === "struct") fields = p.fields;
  if (p.kind === "newtype") {
    const t = resolveType(p.type, byName);
    const target = t.kind === "ref" ? byName.get(t.name) : undefined;
    if (target?.kind === "struct") fields = target.fields;
  }
  const body = structSchema(fields, u64);
  return { ...body, properties: { [tag]: {}, ...(body["properties"] as Schema) } };
}

function adjacentVariant(tag: string, content: string, v: Variant, u64: U64Mode): Schema {
  if (v.payload.kind === "unit") return { properties: { [tag]: {} }, additionalProperties: false };
  return { properties: { [tag]: {}, [content]: variantPayload(v, u64) }, required: [content], additionalProperties: false };
}

/** An untagged variant's own validator, which the serializer asks in order. */
export function untaggedId(d: Decl, v: Variant): string {
  return `${d.name}_${v.name}`;
}

function declSchema(d: Decl, byName: ReadonlyMap<string, Decl>, u64: U64Mode): Schema {
  switch (d.kind) {
    case "struct":
      return structSchema(d.fields, u64);
    case "enum":
      return enumSchema(d, byName, u64);
    case "newtype":
      return typeSchema(d.inner, u64);
    case "alias":
      return typeSchema(d.target, u64);
    default:
      return assertNever(d);
  }
}

/**
 * JSON Schemas (draft-07, one per type, `$id` = the type name) of the in-memory values in
 * canonical form, compiled by Ajv into standalone validators. One schema per type keeps each
 * validator function emitted once, however many types refer to it.
 */
export function valueSchemas(model: Model, u64: U64Mode = "number"): Schema[] {
  const byName = new Map(model.decls.map((d) => [d.name, d]));
  const variants = model.decls.flatMap((d) =>
    d.kind === "enum" && d.representation === "untagged" ? d.variants.map((v) => ({ $id: untaggedId(d, v), ...variantPayload(v, u64) })) : [],
  );
  return [...model.decls.map((d) => ({ $id: d.name, ...declSchema(d, byName, u64) })), ...variants];
}
