import { renderTemplates } from "../../render/renderTemplates.js";
import { templatesDir } from "../templatesDir.js";
import type { Target } from "../types.js";
import { GO_KEYWORDS, GO_PREDECLARED, GO_RUNTIME_EXPORTS, checkGoNames, goPackageName } from "./names.js";
import { goNaming } from "./naming.js";
import { buildGoView, type GoView } from "./view.js";

/** The hand-written runtime files are Go source as they are, in a package named `runtime` until copied. */
const RUNTIME_PACKAGE = /^package runtime\n/;

/**
 * A Go module (standard library only) whose parsers and serializers are serde_json-exact, with a
 * conformance driver at cmd/conformance. Module path: the package name when given, else the title's
 * slug (`claw-proto`); package name: the title's letters and digits (`clawproto`).
 */
export const goTarget: Target<GoView> = {
  name: "go",
  summary: "a Go module, standard library only: types, serde_json-exact parsers and serializers, bincode, the rule layer, a conformance driver",
  // Generated identifiers are exported (capitalized), so Go's keywords and predeclared names never collide;
  // the runtime's exported names and the helpers' do, and checkGoNames refuses those.
  reserved: { keywords: GO_KEYWORDS, inScope: GO_PREDECLARED, runtime: new Set(GO_RUNTIME_EXPORTS) },
  capabilities: { int64: "exact", bincode: true, rules: true, codec: true },
  naming: goNaming,
  helpers: {},
  check: checkGoNames,
  view: (model, options) =>
    Promise.resolve(
      buildGoView(model, {
        packageName: goPackageName(model.title),
        modulePath: options.packageName ?? goNaming.default(model, options),
        schemaName: options.schemaName,
      }),
    ),
  render(view) {
    // What only some schemas use ships only with them: the rule layer, the image-reference check, serde's buffered Content.
    const skip = new Set([
      ...(view.ruleDecls.length ? [] : ["rules.go"]),
      ...(view.usesImageReference ? [] : ["runtime_image.go"]),
      ...(view.usesContent ? [] : ["runtime_content.go"]),
    ]);
    const files = renderTemplates(templatesDir("go"), view, goTarget.helpers)
      .filter((f) => !skip.has(f.path))
      .map((f) => (RUNTIME_PACKAGE.test(f.contents) ? { path: f.path, contents: f.contents.replace(RUNTIME_PACKAGE, `package ${view.packageName}\n`) } : f));
    return Promise.resolve(files);
  },
};
