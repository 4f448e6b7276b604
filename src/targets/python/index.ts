import type { Model } from "../../model/types.js";
import { renderTemplates } from "../../render/renderTemplates.js";
import { templatesDir } from "../templatesDir.js";
import type { Target, TargetOptions } from "../types.js";
import { packageSlug } from "../packageName.js";
import { checkPythonNames } from "./names.js";
import { buildPythonView } from "./view.js";

/** A Python package (stdlib only at run time, Python 3.9+): frozen dataclasses and serde_json-exact codecs. */
export const pythonTarget: Target = {
  name: "python",
  check: checkPythonNames,
  render(model: Model, options: TargetOptions) {
    const view = buildPythonView(model, {
      distName: options.packageName ?? packageSlug(model.title),
      version: options.packageVersion ?? `${model.protocolVersion}.0.0`,
      schemaName: options.schemaName,
    });
    // templates/python/package/ is the import package, named after the schema's title (claw-proto: claw_proto).
    const files = renderTemplates(templatesDir("python"), view).map((f) =>
      f.path.startsWith("package/") ? { ...f, path: `${view.importName}/${f.path.slice("package/".length)}` } : f,
    );
    return Promise.resolve(files);
  },
};
