import { createHash } from "node:crypto";
import { structuredPatch } from "diff";
import type { RenderedFile } from "./render/renderTemplates.js";

/** A changed file: how many lines, and either a short patch or (for a bundle or minified file) a summary. */
export interface ChangedFile {
  kind: "changed";
  path: string;
  added: number;
  removed: number;
  /** The unified diff's lines (hunks only), each at most LINE_WIDTH characters. */
  patch?: string[];
  /** For a compiled or minified file, whose diff says nothing a reader can use: sizes and hashes. */
  summary?: string;
}

export type Drift = ChangedFile | { kind: "missing"; path: string } | { kind: "extra"; path: string };

/** Lines of one file's patch, and of all patches together: a CI log stays readable. */
const FILE_PATCH_LINES = 40;
const TOTAL_PATCH_LINES = 200;
const LINE_WIDTH = 160;
/** A line this long means a minified or bundled file. */
const MINIFIED_LINE = 1000;

/** Compare what would be written with what is on disk. Pure: both sides are given. */
export function findDrift(expected: readonly RenderedFile[], actual: ReadonlyMap<string, string>, prefix: string): Drift[] {
  const out: Drift[] = [];
  const wanted = new Set<string>();
  for (const f of expected) {
    wanted.add(f.path);
    const onDisk = actual.get(f.path);
    const path = `${prefix}/${f.path}`;
    if (onDisk === undefined) out.push({ kind: "missing", path });
    else if (onDisk !== f.contents) out.push(changed(path, f.path, onDisk, f.contents));
  }
  for (const path of actual.keys()) if (!wanted.has(path)) out.push({ kind: "extra", path: `${prefix}/${path}` });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function changed(path: string, relative: string, before: string, after: string): ChangedFile {
  const hunks = structuredPatch(`a/${path}`, `b/${path}`, before, after, "", "", { context: 2 }).hunks;
  const lines = hunks.flatMap((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines]);
  const added = lines.filter((l) => l.startsWith("+")).length;
  const removed = lines.filter((l) => l.startsWith("-")).length;
  if (isBundle(relative, before) || isBundle(relative, after)) {
    const size = (s: string) => Buffer.byteLength(s);
    const hash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);
    return { kind: "changed", path, added, removed, summary: `${size(before)} → ${size(after)} bytes, sha256 ${hash(before)} → ${hash(after)}` };
  }
  return { kind: "changed", path, added, removed, patch: lines.map((l) => (l.length > LINE_WIDTH ? `${l.slice(0, LINE_WIDTH - 1)}…` : l)) };
}

/** Compiled output (`dist/`, compiled from the sources whose diff is shown) or a minified file. */
function isBundle(path: string, text: string): boolean {
  return path.startsWith("dist/") || text.split("\n").some((l) => l.length > MINIFIED_LINE);
}

/**
 * What `check` prints about the files: one line per file first (`--stat` stops there), then the patches,
 * each cut at FILE_PATCH_LINES and all of them at TOTAL_PATCH_LINES.
 */
export function formatDrift(drift: readonly Drift[], options: { stat: boolean }): string[] {
  const out = drift.map((d) =>
    d.kind === "changed"
      ? `changed: ${d.path} (+${d.added} −${d.removed}${d.summary ? `; ${d.summary}` : ""})`
      : d.kind === "missing"
        ? `missing: ${d.path}`
        : `extra:   ${d.path} (not produced by the schema)`,
  );
  if (options.stat) return out;
  let budget = TOTAL_PATCH_LINES;
  const patched = drift.filter((d): d is ChangedFile & { patch: string[] } => d.kind === "changed" && d.patch !== undefined);
  for (const [i, d] of patched.entries()) {
    if (budget <= 0) {
      out.push(`… the patches of ${patched.length - i} more file(s) left out; run \`claw-codegen generate\` and see git diff`);
      break;
    }
    const shown = d.patch.slice(0, Math.min(FILE_PATCH_LINES, budget));
    budget -= shown.length;
    out.push(`--- ${d.path}`, ...shown);
    if (shown.length < d.patch.length) out.push(`… ${d.patch.length - shown.length} more lines`);
  }
  return out;
}
