import { renderTemplates } from "../../render/renderTemplates.js";
import { templatesDir } from "../templatesDir.js";
import type { Target } from "../types.js";
import { checkPythonNames, PYTHON_RESERVED } from "./names.js";
import { pythonNaming } from "./naming.js";
import { buildPythonView, type PythonView } from "./view.js";

/** A Python package (stdlib only at run time, Python 3.9+): frozen dataclasses and serde_json-exact codecs. */
export const pythonTarget: Target<PythonView> = {
  name: "python",
  summary: "a Python package (stdlib only, 3.9+, py.typed): frozen dataclasses, serde_json-exact parse/serialize, the rule layer, bincode",
  reserved: PYTHON_RESERVED,
  capabilities: { int64: "exact", bincode: true, rules: true, codec: true },
  naming: pythonNaming,
  // The view spells every identifier itself (src/targets/python/emit.ts): the templates call no helper.
  helpers: {},
  check: checkPythonNames,
  view: (model, options) =>
    Promise.resolve(
      buildPythonView(model, {
        distName: options.packageName ?? pythonNaming.default(model, options),
        version: options.packageVersion ?? `${model.protocolVersion}.0.0`,
        schemaName: options.schemaName,
      }),
    ),
  render(view) {
    // templates/python/package/ is the import package, named after the schema's title (claw-proto: claw_proto).
    return Promise.resolve(
      renderTemplates(templatesDir("python"), view, pythonTarget.helpers).map((f) =>
        f.path.startsWith("package/") ? { ...f, path: `${view.importName}/${f.path.slice("package/".length)}` } : f,
      ),
    );
  },
};
