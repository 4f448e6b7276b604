import type { Model } from "./model/types.js";
import type { RenderedFile } from "./render/renderTemplates.js";

/** Each output folder records the model it was generated from, so `check` can say what changed, not only which bytes. */
export const MANIFEST = "claw-codegen.model.json";

/**
 * The manifest of a target folder: the model, and every file generate writes there (itself included),
 * so the next generate can tell its own files from files somebody else put there.
 */
export function manifestFile(model: Model, files: readonly RenderedFile[]): RenderedFile {
  const paths = [...files.map((f) => f.path), MANIFEST].sort();
  return { path: MANIFEST, contents: `${JSON.stringify({ generatedFrom: model, files: paths }, null, 2)}\n` };
}

/** The files a folder's manifest says generate wrote; undefined for no manifest, [] for one from before the list was kept. */
export function manifestFiles(tree: ReadonlyMap<string, string>): string[] | undefined {
  const text = tree.get(MANIFEST);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    return Array.isArray(parsed.files) ? parsed.files.filter((f): f is string => typeof f === "string") : [];
  } catch {
    return undefined;
  }
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
