import type { Model } from "../../model/types.js";
import { renderTemplates } from "../../render/renderTemplates.js";
import { snakeCase } from "../../render/identifiers.js";
import { templatesDir } from "../templatesDir.js";
import type { Target, TargetOptions } from "../types.js";
import { compilePackage } from "./compile.js";
import { ajvValidators, toCommonJs, typeDeclarations } from "./generatedParts.js";
import { CANONICAL_UUID_PATTERN } from "./valueSchema.js";
import { buildTsView } from "./view.js";
import { packageSlug } from "../packageName.js";
import { checkTypescriptNames } from "./names.js";
import { checkUntaggedNumbers } from "./checkUntagged.js";

export const typescriptTarget: Target = {
  name: "typescript",
  check: (model) => [...checkTypescriptNames(model, templatesDir("typescript")), ...checkUntaggedNumbers(model)],
  async render(model: Model, options: TargetOptions) {
    const step = options.step ?? ((_name, run) => run());
    const ajvEsm = await step("validators", async () => ajvValidators(model));
    const types = await step("types", () => typeDeclarations(model));
    const view = buildTsView(model, {
      packageName: options.packageName ?? (options.npmScope ? `${options.npmScope}/` : "") + packageSlug(model.title),
      version: options.packageVersion ?? `${model.protocolVersion}.0.0`,
      schemaName: options.schemaName,
      uuidPattern: CANONICAL_UUID_PATTERN,
      types,
      ajvEsm,
      ajvCjs: toCommonJs(ajvEsm),
    });
    // A helper that serves a rule ships only with a schema that uses the rule.
    const sources = await step("codec", async () =>
      renderTemplates(templatesDir("typescript"), view, { snake: snakeCase }).filter((f) => view.anyImageReference || f.path !== "src/imageReference.ts"),
    );
    return [...sources, ...(await step("compile", () => compilePackage(sources)))];
  },
};
