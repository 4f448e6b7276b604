import type { Model } from "../../model/types.js";
import { renderTemplates } from "../../render/renderTemplates.js";
import { templatesDir } from "../templatesDir.js";
import type { Target, TargetOptions } from "../types.js";
import { compilePackage } from "./compile.js";
import { ajvValidators, toCommonJs, typeDeclarations } from "./generatedParts.js";
import { CANONICAL_UUID_PATTERN } from "./valueSchema.js";
import { buildTsView } from "./view.js";
import { packageSlug } from "../packageName.js";
import { checkTypescriptNames } from "./names.js";

/** The npm scope of a package named after its schema (`claw-proto` → `@clawbernetes/claw-proto`). */
const SCOPE = "@clawbernetes";

export const typescriptTarget: Target = {
  name: "typescript",
  check: (model) => checkTypescriptNames(model, templatesDir("typescript")),
  async render(model: Model, options: TargetOptions) {
    const ajvEsm = ajvValidators(model);
    const view = buildTsView(model, {
      packageName: options.packageName ?? `${SCOPE}/${packageSlug(model.title)}`,
      version: `${model.protocolVersion}.0.0`,
      schemaName: options.schemaName,
      uuidPattern: CANONICAL_UUID_PATTERN,
      types: await typeDeclarations(model),
      ajvEsm,
      ajvCjs: toCommonJs(ajvEsm),
    });
    const sources = renderTemplates(templatesDir("typescript"), view);
    return [...sources, ...(await compilePackage(sources))];
  },
};
