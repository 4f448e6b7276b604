import type { Model } from "./model/types.js";
import type { RenderedFile } from "./render/renderTemplates.js";

/** Each output folder records the model it was generated from, so `check` can say what changed, not only which bytes. */
export const MANIFEST = "claw-codegen.model.json";

export function manifestFile(model: Model): RenderedFile {
  return { path: MANIFEST, contents: `${JSON.stringify({ generatedFrom: model }, null, 2)}\n` };
}

/** The model an output folder was generated from, if it records one that can be read. */
export function readManifest(tree: ReadonlyMap<string, string>): Model | undefined {
  const text = tree.get(MANIFEST);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as { generatedFrom?: Model };
    return parsed.generatedFrom && Array.isArray(parsed.generatedFrom.decls) ? parsed.generatedFrom : undefined;
  } catch {
    return undefined;
  }
}
