import { renderTemplates } from "../../render/renderTemplates.js";
import { snakeCase } from "../../render/identifiers.js";
import { templatesDir } from "../templatesDir.js";
import type { Target } from "../types.js";
import { buildRustView, type RustView } from "./view.js";
import { checkRustNames, RUST_RESERVED } from "./names.js";
import { rustNaming } from "./naming.js";

/** A cargo crate whose types derive serde's Serialize/Deserialize: the schema's other side, in its own language. */
export const rustTarget: Target<RustView> = {
  name: "rust",
  summary: "a cargo crate: serde-derived types, the rule layer and bincode through serde itself",
  reserved: RUST_RESERVED,
  capabilities: { int64: "exact", bincode: true, rules: true, codec: true },
  naming: rustNaming,
  helpers: { snake: snakeCase },
  check: checkRustNames,
  view: (model, options) =>
    Promise.resolve(
      buildRustView(model, {
        crateName: options.packageName ?? rustNaming.default(model, options),
        version: options.packageVersion ?? `${model.protocolVersion}.0.0`,
        schemaName: options.schemaName,
      }),
    ),
  render(view) {
    // A helper that serves a rule ships only with a schema that uses the rule.
    return Promise.resolve(
      renderTemplates(templatesDir("rust"), view, rustTarget.helpers).filter((f) => view.usesImageReference || f.path !== "src/image_reference.rs"),
    );
  },
};
