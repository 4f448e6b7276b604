import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { RenderedFile } from "../render/renderTemplates.js";
import { withLock } from "./lock.js";

const STAGING = ".claw-codegen-tmp-";
const RETIRED = ".claw-codegen-old-";

/**
 * Replace the folder `target` with exactly `files`, so that it is only ever the old or the new complete
 * tree: under an exclusive lock (a concurrent writer waits its turn), write everything into a staging
 * folder beside it, then swap with two renames. A failure before the swap leaves `target` untouched; a
 * process killed between the two renames leaves the old tree beside it, which the next writer or reader
 * (`recoverInterruptedSwap`) puts back.
 */
export function writeTreeAtomic(target: string, files: readonly RenderedFile[], options: { lockTimeoutMs?: number } = {}): void {
  mkdirSync(dirname(target), { recursive: true });
  withLock(target, () => swapIn(target, files), options.lockTimeoutMs);
}

function swapIn(target: string, files: readonly RenderedFile[]): void {
  recoverInterruptedSwap(target);
  const parent = dirname(target);
  const suffix = `${basename(target)}-${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, STAGING + suffix);
  const retired = join(parent, RETIRED + suffix);
  try {
    for (const f of files) {
      const path = join(staging, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.contents);
    }
    mkdirSync(staging, { recursive: true });
    // Nothing runs between the two renames: the window in which `target` is absent is two system calls.
    const hadTarget = existsSync(target);
    if (hadTarget) renameSync(target, retired);
    try {
      renameSync(staging, target);
    } catch (e) {
      if (hadTarget) renameSync(retired, target);
      throw e;
    }
    if (hadTarget) rmSync(retired, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Leftovers of a killed writer beside `target`: staging (partial new) and retired (complete old) folders. */
function leftovers(target: string): { staging: string[]; retired: string[] } {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^\\.claw-codegen-(tmp|old)-${name}-\\d+-([0-9a-z]+)$`);
  const out: { staging: string[]; retired: string[] } = { staging: [], retired: [] };
  let entries: string[];
  try {
    entries = readdirSync(dirname(target));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return out;
    throw e;
  }
  for (const entry of entries) {
    const m = pattern.exec(entry);
    if (m) (m[1] === "tmp" ? out.staging : out.retired).push(join(dirname(target), entry));
  }
  // Oldest first (the suffix ends in the writer's start time, base 36).
  out.retired.sort((a, b) => parseInt(a.slice(a.lastIndexOf("-") + 1), 36) - parseInt(b.slice(b.lastIndexOf("-") + 1), 36));
  return out;
}

export function hasInterruptedSwap(target: string): boolean {
  const { staging, retired } = leftovers(target);
  return staging.length > 0 || retired.length > 0;
}

/**
 * Finish what a killed writer left (call holding the lock): if `target` is gone, it was killed between
 * the two renames, so the retired tree (the old, complete one) goes back; partial staging folders and
 * retired trees no longer needed are removed.
 */
export function recoverInterruptedSwap(target: string): void {
  const { staging, retired } = leftovers(target);
  const newest = retired.pop();
  if (newest !== undefined && !existsSync(target)) renameSync(newest, target);
  else if (newest !== undefined) retired.push(newest);
  for (const dir of [...staging, ...retired]) rmSync(dir, { recursive: true, force: true });
}
