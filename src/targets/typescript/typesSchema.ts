import type { Decl, EnumDecl, Field, Model, TypeRef, Variant } from "../../model/types.js";
import { commentLines } from "../../render/escape.js";
import { assertNever } from "../../model/types.js";
import { isBigIntType, type U64Mode } from "./view.js";

type Schema = Record<string, unknown>;

/** json-schema-to-typescript prints a description as a JSDoc block: it gets the comment escaper's lines. */
const described = (s: Schema, description: string | undefined): Schema => (description ? { ...s, description: commentLines(description).join("\n") } : s);

function typeSchema(t: TypeRef, u64: U64Mode): Schema {
  if (isBigIntType(t, u64)) return { tsType: "bigint" };
  switch (t.kind) {
    case "string":
    case "uuid":
    case "timestamp":
      return { type: "string" };
    case "bool":
      return { type: "boolean" };
    case "int":
    case "float":
      return { type: "number" };
    case "map":
      return { type: "object", additionalProperties: typeSchema(t.of, u64) };
    case "ref":
      return { $ref: `#/$defs/${t.name}` };
    case "option":
      return { anyOf: [typeSchema(t.of, u64), { type: "null" }] };
    case "list":
      return { type: "array", items: typeSchema(t.of, u64) };
    case "tuple":
      return { type: "array", items: t.items.map((it) => typeSchema(it, u64)), minItems: t.items.length, maxItems: t.items.length };
    default:
      return assertNever(t);
  }
}

function structSchema(title: string, fields: Field[], description: string | undefined, u64: U64Mode): Schema {
  return described(
    {
      title,
      type: "object",
      // A description beside a `$ref` makes json-schema-to-typescript declare the referenced type again
      // (`ItemId1`): such a field's description stays in the schema and the Rust docs only.
      properties: Object.fromEntries(
        fields.map((f) => [f.name, f.type.kind === "ref" ? typeSchema(f.type, u64) : described(typeSchema(f.type, u64), f.description)]),
      ),
      required: fields.map((f) => f.name),
      additionalProperties: false,
    },
    description,
  );
}

const literal = (s: string): Schema => ({ tsType: JSON.stringify(s) });

/** A variant's TypeScript shape: the JSON shape of its representation, with wire names. */
function variantSchema(d: EnumDecl, v: Variant, u64: U64Mode): Schema {
  const title = `${d.name}${v.rustName ?? v.name}`;
  const p = v.payload;
  switch (d.representation) {
    case "externally-tagged":
      if (p.kind === "unit") return { type: "string", const: v.name, tsType: JSON.stringify(v.name) };
      return {
        type: "object",
        properties: { [v.name]: p.kind === "struct" ? structSchema(title, p.fields, v.description, u64) : typeSchema(p.type, u64) },
        required: [v.name],
        additionalProperties: false,
      };
    case "internally-tagged": {
      const tag = d.tag!;
      if (p.kind === "newtype") return { tsType: `{ ${tag}: ${JSON.stringify(v.name)} } & ${p.type.kind === "ref" ? p.type.name : "never"}` };
      const body =
        p.kind === "struct" ? structSchema(title, p.fields, v.description, u64) : { type: "object", properties: {}, required: [], additionalProperties: false };
      return {
        ...body,
        properties: { [tag]: literal(v.name), ...(body["properties"] as Schema) },
        required: [tag, ...(body["required"] as string[])],
      };
    }
    case "adjacently-tagged": {
      const properties: Schema = { [d.tag!]: literal(v.name) };
      if (p.kind !== "unit") properties[d.content!] = p.kind === "struct" ? structSchema(title, p.fields, v.description, u64) : typeSchema(p.type, u64);
      return { type: "object", properties, required: Object.keys(properties), additionalProperties: false };
    }
    case "untagged":
      if (p.kind === "unit") return { type: "null" };
      return p.kind === "struct" ? structSchema(title, p.fields, v.description, u64) : typeSchema(p.type, u64);
    default:
      return assertNever(d.representation);
  }
}

/** A type as TypeScript spells it, for a brand's base (what the parser returns for it). */
function tsType(t: TypeRef, u64: U64Mode): string {
  if (isBigIntType(t, u64)) return "bigint";
  switch (t.kind) {
    case "string":
    case "uuid":
    case "timestamp":
      return "string";
    case "bool":
      return "boolean";
    case "int":
    case "float":
      return "number";
    case "ref":
      return t.name;
    case "option":
      return `(${tsType(t.of, u64)} | null)`;
    case "list":
      return `${tsType(t.of, u64)}[]`;
    case "tuple":
      return `[${t.items.map((it) => tsType(it, u64)).join(", ")}]`;
    case "map":
      return `{ [key: string]: ${tsType(t.of, u64)} }`;
    default:
      return assertNever(t);
  }
}

/** Brands keep ids apart: a NodeId is not a WorkloadId though both are UUID strings; a u64 newtype is a branded number. */
function brand(d: Decl & { kind: "newtype" | "alias" }, target: TypeRef, u64: U64Mode): string | undefined {
  if (d.kind === "newtype") return `${tsType(target, u64)} & { readonly __newtype: "${d.name}" }`;
  if (target.kind === "uuid") return `string & { readonly __format: "uuid" }`;
  if (target.kind === "timestamp") return `string & { readonly __format: "date-time" }`;
  return undefined;
}

function declSchema(d: Decl, u64: U64Mode): Schema {
  switch (d.kind) {
    case "struct":
      return structSchema(d.name, d.fields, d.description, u64);
    case "enum":
      return described({ title: d.name, oneOf: d.variants.map((v) => described(variantSchema(d, v, u64), v.description)) }, d.description);
    case "newtype":
    case "alias": {
      const target = d.kind === "newtype" ? d.inner : d.target;
      const tsType = brand(d, target, u64);
      return described({ title: d.name, ...(tsType ? { tsType } : typeSchema(target, u64)) }, d.description);
    }
    default:
      return assertNever(d);
  }
}

/** The title of the synthetic root that holds the $defs: a name no schema type has (json-schema-to-typescript would rename that type). */
export function rootTitle(model: Model): string {
  const taken = new Set(model.decls.map((d) => d.name));
  let title = "ClawProtoTypes";
  while (taken.has(title)) title += "Root";
  return title;
}

/** JSON Schema shaped for json-schema-to-typescript: every def titled, every field present. */
export function typesSchema(model: Model, u64: U64Mode = "number"): Schema {
  return { title: rootTitle(model), $defs: Object.fromEntries(model.decls.map((d) => [d.name, declSchema(d, u64)])) };
}
