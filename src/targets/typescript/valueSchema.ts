import type { Decl, Model, TypeRef, Variant } from "../../model/types.js";
import { assertNever } from "../../model/types.js";
import { typeView } from "./view.js";

type Schema = Record<string, unknown>;

/** Patterns of the canonical spellings: what a parsed value holds and what a serializer writes. */
export const CANONICAL_UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
export const CANONICAL_TIMESTAMP_PATTERN = "^(?:[0-9]{4}|[+-][0-9]{4,})-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{3}|\\.[0-9]{6}|\\.[0-9]{9})?Z$";

function typeSchema(t: TypeRef): Schema {
  switch (t.kind) {
    case "string":
      return { type: "string" };
    case "bool":
      return { type: "boolean" };
    case "int": {
      const v = typeView(t);
      return { type: "integer", minimum: Number(v.min), maximum: Number(v.max) };
    }
    case "float":
      // A JS number of an f32 field must be a value f32 can hold: serialize writes it, it does not round.
      return t.float === "f32" ? { type: "number", f32: true } : { type: "number" };
    case "map":
      return { type: "object", additionalProperties: typeSchema(t.of) };
    case "uuid":
      return { type: "string", pattern: CANONICAL_UUID_PATTERN };
    case "timestamp":
      return { type: "string", pattern: CANONICAL_TIMESTAMP_PATTERN };
    case "ref":
      return { $ref: t.name };
    case "option":
      // if/else rather than anyOf: a non-null value reports only its own errors.
      return { if: { type: "null" }, else: typeSchema(t.of) };
    case "list":
      return { type: "array", items: typeSchema(t.of) };
    case "tuple":
      return { type: "array", items: t.items.map(typeSchema), additionalItems: false, minItems: t.items.length };
    default:
      return assertNever(t);
  }
}

function structSchema(fields: { name: string; type: TypeRef }[]): Schema {
  return {
    type: "object",
    properties: Object.fromEntries(fields.map((f) => [f.name, typeSchema(f.type)])),
    required: fields.filter((f) => f.type.kind !== "option").map((f) => f.name),
    additionalProperties: false,
  };
}

function variantPayload(v: Variant): Schema {
  switch (v.payload.kind) {
    case "unit":
      return { type: "null" };
    case "newtype":
      return typeSchema(v.payload.type);
    case "struct":
      return structSchema(v.payload.fields);
    default:
      return assertNever(v.payload);
  }
}

function declSchema(d: Decl): Schema {
  switch (d.kind) {
    case "struct":
      return structSchema(d.fields);
    case "enum": {
      // Tag-directed: `properties` + `additionalProperties: false` validates only the present tag.
      const units = d.variants.filter((v) => v.payload.kind === "unit").map((v) => v.name);
      const data = d.variants.filter((v) => v.payload.kind !== "unit");
      const tagged = {
        type: "object",
        minProperties: 1,
        maxProperties: 1,
        // propertyNames (not additionalProperties) so the error lists the variants it expected.
        propertyNames: { enum: data.map((v) => v.name) },
        properties: Object.fromEntries(data.map((v) => [v.name, variantPayload(v)])),
      };
      if (data.length === 0) return { type: "string", enum: units };
      if (units.length === 0) return tagged;
      return { if: { type: "string" }, then: { enum: units }, else: tagged };
    }
    case "newtype":
      return typeSchema(d.inner);
    case "alias":
      return typeSchema(d.target);
    default:
      return assertNever(d);
  }
}

/**
 * JSON Schemas (draft-07, one per type, `$id` = the type name) of the in-memory values in
 * canonical form, compiled by Ajv into standalone validators. One schema per type keeps each
 * validator function emitted once, however many types refer to it.
 */
export function valueSchemas(model: Model): Schema[] {
  return model.decls.map((d) => ({ $id: d.name, ...declSchema(d) }));
}
