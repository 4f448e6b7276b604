// What a user writes by hand: Ajv 2020 + ajv-formats, compiled at run time from the same schema.
// Our vocabulary (x-rust-type, x-serde, …) is declared so strict mode accepts the schema as is.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const addFormats = /** @type {typeof addFormatsModule.default} */ (/** @type {unknown} */ (addFormatsModule));
/** The x- keywords of the bundled schema, declared so Ajv's strict mode accepts it (also used by sections/size.js). */
export const X_KEYWORDS = ["x-rust-type", "x-serde", "x-rules", "x-newtype", "x-protocol-version", "x-messages", "x-rust-default"];

/**
 * One validator per message union, first error only (Ajv's default, the fastest to reject).
 * @param {string} schemaPath
 * @param {{ allErrors?: boolean }} [options]
 */
export function ajvValidators(schemaPath, { allErrors = false } = {}) {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  const ajv = new Ajv2020({ allErrors });
  addFormats(ajv);
  ajv.addVocabulary(X_KEYWORDS);
  ajv.addSchema(schema);
  const get = (name) => {
    const validate = ajv.getSchema(`${schema.$id}#/$defs/${name}`);
    if (!validate) throw new Error(`Ajv: no $defs/${name} in ${schemaPath}`);
    return validate;
  };
  return { ajv, NodeMessage: get("NodeMessage"), GatewayMessage: get("GatewayMessage") };
}
