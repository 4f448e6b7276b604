import { createTwoFilesPatch } from "diff";
import type { RenderedFile } from "./render/renderTemplates.js";

export type Drift = { kind: "changed"; path: string; patch: string } | { kind: "missing"; path: string } | { kind: "extra"; path: string };

const MAX_PATCH_LINES = 40;

/** Compare what would be written with what is on disk. Pure: both sides are given. */
export function findDrift(expected: readonly RenderedFile[], actual: ReadonlyMap<string, string>, prefix: string): Drift[] {
  const out: Drift[] = [];
  const wanted = new Set<string>();
  for (const f of expected) {
    wanted.add(f.path);
    const onDisk = actual.get(f.path);
    const path = `${prefix}/${f.path}`;
    if (onDisk === undefined) out.push({ kind: "missing", path });
    else if (onDisk !== f.contents) out.push({ kind: "changed", path, patch: shortPatch(path, onDisk, f.contents) });
  }
  for (const path of actual.keys()) if (!wanted.has(path)) out.push({ kind: "extra", path: `${prefix}/${path}` });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function shortPatch(path: string, before: string, after: string): string {
  const lines = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, "on disk", "from schema", { context: 2 }).split("\n").slice(2);
  const cut = lines.length > MAX_PATCH_LINES;
  return [...lines.slice(0, MAX_PATCH_LINES), ...(cut ? [`… ${lines.length - MAX_PATCH_LINES} more lines`] : [])].join("\n").trimEnd();
}
