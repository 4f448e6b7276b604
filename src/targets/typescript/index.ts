import { renderTemplates } from "../../render/renderTemplates.js";
import { snakeCase } from "../../render/identifiers.js";
import { templatesDir } from "../templatesDir.js";
import type { Target } from "../types.js";
import { CANONICAL_UUID_PATTERN } from "./valueSchema.js";
import { buildTsView, type TsView } from "./view.js";
import { checkTypescriptNames, typescriptReserved } from "./names.js";
import { checkUntaggedNumbers } from "./checkUntagged.js";
import { typescriptNaming } from "./naming.js";
import { typeDeclarations } from "./typeDecls.js";

const TEMPLATES = templatesDir("typescript");
const RESERVED = typescriptReserved(TEMPLATES);

/** An npm package (ESM + CJS, types): exact parsers and serializers, Ajv standalone validators, bincode. */
export const typescriptTarget: Target<TsView> = {
  name: "typescript",
  summary: "an npm package (ESM and CommonJS, .d.ts): exact parsers and serializers, Ajv standalone validators, the rule layer, bincode",
  reserved: RESERVED,
  capabilities: { int64: "safe-integers", bincode: true, rules: true, codec: true },
  naming: typescriptNaming,
  helpers: { snake: snakeCase },
  check: (model) => [...checkTypescriptNames(model, RESERVED), ...checkUntaggedNumbers(model)],
  async view(model, options) {
    const step = options.step ?? ((_name, run) => run());
    const u64 = options.settings?.["u64"] === "bigint" ? "bigint" : "number";
    // Ajv loads only when a view is built: a cached render needs none.
    const { ajvValidators, toCommonJs } = await import("./generatedParts.js");
    const ajvEsm = await step("validators", async () => ajvValidators(model, u64));
    const types = await step("types", async () => typeDeclarations(model, options.schemaName, u64));
    return buildTsView(model, {
      packageName: options.packageName ?? typescriptNaming.default(model, options),
      version: options.packageVersion ?? `${model.protocolVersion}.0.0`,
      schemaName: options.schemaName,
      uuidPattern: CANONICAL_UUID_PATTERN,
      types,
      ajvEsm,
      ajvCjs: toCommonJs(ajvEsm),
      u64,
    });
  },
  async render(view, options) {
    const step = options.step ?? ((_name, run) => run());
    // A helper that serves a rule ships only with a schema that uses the rule.
    const sources = await step("codec", async () =>
      renderTemplates(TEMPLATES, view, typescriptTarget.helpers).filter(
        (f) => (view.anyImageReference || f.path !== "src/imageReference.ts") && (view.anyBigInt || f.path !== "src/bigint.ts"),
      ),
    );
    const { DECLARATIONS_DIR, compilePackage } = await import("./compile.js");
    const compiled = await step("compile", () => compilePackage(sources));
    // The rendered declarations are placed in dist/ by compilePackage: not a file of the package themselves.
    return [...sources.filter((f) => !f.path.startsWith(DECLARATIONS_DIR)), ...compiled];
  },
};
