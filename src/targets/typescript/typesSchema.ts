import type { Decl, Field, Model, TypeRef } from "../../model/types.js";
import { assertNever } from "../../model/types.js";

type Schema = Record<string, unknown>;

const described = (s: Schema, description: string | undefined): Schema => (description ? { ...s, description } : s);

function typeSchema(t: TypeRef): Schema {
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
      return { type: "object", additionalProperties: typeSchema(t.of) };
    case "ref":
      return { $ref: `#/$defs/${t.name}` };
    case "option":
      return { anyOf: [typeSchema(t.of), { type: "null" }] };
    case "list":
      return { type: "array", items: typeSchema(t.of) };
    case "tuple":
      return { type: "array", items: t.items.map(typeSchema), minItems: t.items.length, maxItems: t.items.length };
    default:
      return assertNever(t);
  }
}

function structSchema(title: string, fields: Field[], description: string | undefined): Schema {
  return described(
    {
      title,
      type: "object",
      properties: Object.fromEntries(fields.map((f) => [f.name, described(typeSchema(f.type), f.description)])),
      required: fields.map((f) => f.name),
      additionalProperties: false,
    },
    description,
  );
}

/** Brands keep ids apart: a NodeId is not a WorkloadId though both are UUID strings. */
function brand(d: Decl & { kind: "newtype" | "alias" }, target: TypeRef): string | undefined {
  const base = target.kind === "ref" ? target.name : "string";
  if (d.kind === "newtype") return `${base} & { readonly __newtype: "${d.name}" }`;
  if (target.kind === "uuid") return `string & { readonly __format: "uuid" }`;
  if (target.kind === "timestamp") return `string & { readonly __format: "date-time" }`;
  return undefined;
}

function declSchema(d: Decl): Schema {
  switch (d.kind) {
    case "struct":
      return structSchema(d.name, d.fields, d.description);
    case "enum":
      return described(
        {
          title: d.name,
          oneOf: d.variants.map((v) => {
            switch (v.payload.kind) {
              case "unit":
                return described({ type: "string", const: v.name, tsType: JSON.stringify(v.name) }, v.description);
              case "newtype":
                return described(
                  { type: "object", properties: { [v.name]: typeSchema(v.payload.type) }, required: [v.name], additionalProperties: false },
                  v.description,
                );
              case "struct":
                return described(
                  {
                    type: "object",
                    properties: { [v.name]: structSchema(`${d.name}${v.name}`, v.payload.fields, v.description) },
                    required: [v.name],
                    additionalProperties: false,
                  },
                  v.description,
                );
              default:
                return assertNever(v.payload);
            }
          }),
        },
        d.description,
      );
    case "newtype":
    case "alias": {
      const target = d.kind === "newtype" ? d.inner : d.target;
      const tsType = brand(d, target);
      return described({ title: d.name, ...(tsType ? { tsType } : typeSchema(target)) }, d.description);
    }
    default:
      return assertNever(d);
  }
}

/** JSON Schema shaped for json-schema-to-typescript: every def titled, every field present. */
export function typesSchema(model: Model): Schema {
  return { title: "ClawProtoTypes", $defs: Object.fromEntries(model.decls.map((d) => [d.name, declSchema(d)])) };
}
