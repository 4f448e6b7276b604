// fast-json-stringify built from the same schema, two ways a user would: one serializer over the
// whole union (fjs picks the branch by running Ajv on each), and one per variant, dispatched on the
// variant's key. fjs's Ajv is draft-07, which reads `"items": false` without `prefixItems` as "no
// items at all", so the one 2020-12 tuple (KeyValue) is rewritten to draft-07's `items: [...]`.
import { readFileSync } from "node:fs";
import fastJson from "fast-json-stringify";

/** @param {Record<string, any>} defs */
function toDraft07(defs) {
  const out = JSON.parse(JSON.stringify(defs));
  for (const def of Object.values(out)) {
    if (Array.isArray(def.prefixItems)) {
      def.items = def.prefixItems;
      def.additionalItems = false;
      delete def.prefixItems;
    }
  }
  return out;
}

/**
 * @param {string} schemaPath
 * @returns {Record<"NodeMessage" | "GatewayMessage", { union: (v: unknown) => string, perVariant: (v: object) => string }>}
 */
export function fastJsonStringifiers(schemaPath) {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  const $defs = toDraft07(schema.$defs);
  const build = (name) => {
    const union = fastJson({ $defs, $ref: `#/$defs/${name}` });
    /** @type {Record<string, (v: unknown) => string>} */
    const byTag = {};
    for (const branch of $defs[name].oneOf) byTag[Object.keys(branch.properties)[0]] = fastJson({ ...branch, $defs });
    const perVariant = (v) => {
      for (const tag in v) return byTag[tag](v);
      throw new Error("an enum value has one key");
    };
    return { union, perVariant };
  };
  return { NodeMessage: build("NodeMessage"), GatewayMessage: build("GatewayMessage") };
}
