import { renderTemplates } from "../../render/renderTemplates.js";
import { snakeCase } from "../../render/identifiers.js";
import { templatesDir } from "../templatesDir.js";
import type { Target } from "../types.js";
import { CANONICAL_UUID_PATTERN, valueSchemas } from "./valueSchema.js";
import { buildTsView, type TsView } from "./view.js";
import { checkTypescriptNames, typescriptReserved } from "./names.js";
import { checkUntaggedNumbers } from "./checkUntagged.js";
import { typescriptNaming } from "./naming.js";
import { typeDeclarations } from "./typeDecls.js";

const TEMPLATES = templatesDir("typescript");
/** The templates that hold the Ajv validators' code, rendered once the worker has it. */
const VALIDATOR_MODULES = new Set(["dist/esm/ajv.js.hbs", "dist/cjs/ajv.js.hbs"]);
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
    // Ajv loads only in the worker, and only when a view is built: a cached render needs none.
    const { compileValidators } = await import("./validators.js");
    const validators = compileValidators(valueSchemas(model, u64));
    const types = await step("types", async () => typeDeclarations(model, options.schemaName, u64));
    return buildTsView(model, {
      packageName: options.packageName ?? typescriptNaming.default(model, options),
      version: options.packageVersion ?? `${model.protocolVersion}.0.0`,
      schemaName: options.schemaName,
      uuidPattern: CANONICAL_UUID_PATTERN,
      types,
      validators,
      u64,
    });
  },
  async render(view, options) {
    const step = options.step ?? ((_name, run) => run());
    // A helper that serves a rule ships only with a schema that uses the rule.
    const sources = await step("codec", async () =>
      renderTemplates(TEMPLATES, view, typescriptTarget.helpers, (path) => !VALIDATOR_MODULES.has(path)).filter(
        (f) => (view.anyImageReference || f.path !== "src/imageReference.ts") && (view.anyBigInt || f.path !== "src/bigint.ts"),
      ),
    );
    const { DECLARATIONS_DIR, compilePackage } = await import("./compile.js");
    const compiling = compilePackage(sources);
    // The wait for the worker (see validators.ts), then its modules.
    const ajv = await step("validators", () => view.validators);
    const modules = renderTemplates(TEMPLATES, { ...view, ajvEsm: ajv.esm, ajvCjs: ajv.cjs }, typescriptTarget.helpers, (path) => VALIDATOR_MODULES.has(path));
    const compiled = await step("compile", () => compiling);
    // The rendered declarations are placed in dist/ by compilePackage: not a file of the package themselves.
    return [...sources.filter((f) => !f.path.startsWith(DECLARATIONS_DIR)), ...modules, ...compiled];
  },
};
