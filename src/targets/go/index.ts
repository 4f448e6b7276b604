import type { Model } from "../../model/types.js";
import { renderTemplates } from "../../render/renderTemplates.js";
import { templatesDir } from "../templatesDir.js";
import type { Target, TargetOptions } from "../types.js";
import { packageSlug } from "../packageName.js";
import { checkGoNames, goModulePath, goPackageName } from "./names.js";
import { buildGoView } from "./view.js";

/** The hand-written runtime files are Go source as they are, in a package named `runtime` until copied. */
const RUNTIME_PACKAGE = /^package runtime\n/;

/**
 * A Go module (standard library only) whose parsers and serializers are serde_json-exact, with a
 * conformance driver at cmd/conformance. Module path: `packageName` when given, else the title's slug
 * (`claw-proto`); package name: the title's letters and digits (`clawproto`).
 */
export const goTarget: Target = {
  name: "go",
  check: checkGoNames,
  render(model: Model, options: TargetOptions) {
    const packageName = goPackageName(model.title);
    const view = buildGoView(model, {
      packageName,
      modulePath: goModulePath(packageSlug(model.title), options.packageName),
      schemaName: options.schemaName,
    });
    // The rule layer ships only with a schema that has rules, the image-reference check only with one that uses it.
    const skip = new Set([
      ...(view.ruleDecls.length ? [] : ["rules.go"]),
      ...(view.usesImageReference ? [] : ["runtime_image.go"]),
      // serde's buffered Content: only internally/adjacently tagged and untagged enums need it.
      ...(model.decls.some((d) => d.kind === "enum" && d.representation !== "externally-tagged") ? [] : ["runtime_content.go"]),
    ]);
    const files = renderTemplates(templatesDir("go"), view)
      .filter((f) => !skip.has(f.path))
      .map((f) => (RUNTIME_PACKAGE.test(f.contents) ? { path: f.path, contents: f.contents.replace(RUNTIME_PACKAGE, `package ${packageName}\n`) } : f));
    return Promise.resolve(files);
  },
};
