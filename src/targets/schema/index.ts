import type { Model } from "../../model/types.js";
import { renderTemplates } from "../../render/renderTemplates.js";
import { templatesDir } from "../templatesDir.js";
import type { Target } from "../types.js";
import { exportSchema, printJson, toDraft07 } from "./exportSchema.js";
import { schemaNaming } from "./naming.js";

interface SchemaView {
  name: string;
  schemaName: string;
  model: Model;
}

/**
 * The schema for tools we do not control: JSON Schema 2020-12 and draft-07 with standard keywords
 * only, a sidecar holding what our `x-` keywords said, and the `format` meanings as code
 * (formats.mjs for Ajv and other JavaScript validators, formats.py for Python, formats.go for gojsonschema).
 */
export const schemaTarget: Target<SchemaView> = {
  name: "schema",
  summary: "the schema for other tools: JSON Schema 2020-12 and draft-07 without x- keywords, a sidecar, and the formats as code",
  reserved: { keywords: new Set(), inScope: new Set(), runtime: new Set() },
  capabilities: { int64: "exact", bincode: false, rules: false, codec: false },
  naming: schemaNaming,
  helpers: {},
  // Every model the shared checks accept has a standard-keyword spelling.
  check: () => [],
  view: (model, options) => Promise.resolve({ name: options.packageName ?? schemaNaming.default(model, options), schemaName: options.schemaName, model }),
  render({ name, schemaName, model }) {
    const { schema, sidecar } = exportSchema(model);
    const draft07Id = model.id?.endsWith(".schema.json") ? `${model.id.slice(0, -".schema.json".length)}.draft-07.schema.json` : undefined;
    const side = {
      $comment: `What the x- keywords of ${schemaName} said, keyed by JSON pointer into ${name}.schema.json. Not a schema: no validator reads it.`,
      ...sidecar,
    };
    return Promise.resolve([
      ...renderTemplates(templatesDir("schema"), {}),
      { path: `${name}.schema.json`, contents: printJson(schema) },
      { path: `${name}.draft-07.schema.json`, contents: printJson(toDraft07(schema, draft07Id)) },
      { path: `${name}.x-claw.json`, contents: printJson(side) },
    ]);
  },
};
