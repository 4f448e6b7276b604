import type { Model } from "../../model/types.js";
import { renderTemplates } from "../../render/renderTemplates.js";
import { snakeCase } from "../../render/identifiers.js";
import { templatesDir } from "../templatesDir.js";
import type { Target, TargetOptions } from "../types.js";
import { buildRustView } from "./view.js";
import { packageSlug } from "../packageName.js";
import { checkRustNames } from "./names.js";

/** A cargo crate whose types derive serde's Serialize/Deserialize: the schema's other side, in its own language. */
export const rustTarget: Target = {
  name: "rust",
  check: checkRustNames,
  render(model: Model, options: TargetOptions) {
    // Named after the schema's title: claw-proto's schema gives the crate `claw-proto`.
    const view = buildRustView(model, {
      crateName: packageSlug(model.title),
      version: options.packageVersion ?? `${model.protocolVersion}.0.0`,
      schemaName: options.schemaName,
    });
    // A helper that serves a rule ships only with a schema that uses the rule.
    return Promise.resolve(
      renderTemplates(templatesDir("rust"), view, { snake: snakeCase }).filter((f) => view.usesImageReference || f.path !== "src/image_reference.rs"),
    );
  },
};
