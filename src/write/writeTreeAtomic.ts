import type { Stats } from "node:fs";
import { linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { RenderedFile } from "../render/renderTemplates.js";
import { withLock } from "./lock.js";
import { LINK_REFUSED, PathError, kindOf, lstatIfAny, readRegularFile, toPathError } from "./noFollow.js";

const STAGING = ".claw-codegen-tmp-";
const RETIRED = ".claw-codegen-old-";

/**
 * Replace the folder `target` with exactly `files`, so that it is only ever the old or the new complete
 * tree: under an exclusive lock (a concurrent writer waits its turn), write everything into a staging
 * folder beside it, then swap with two renames. A failure before the swap leaves `target` untouched; a
 * process killed between the two renames leaves the old tree beside it, which the next writer
 * (`recoverInterruptedSwap`) puts back. The parent folder may be reached through links (the user named
 * it); `target`, the lock and the leftovers beside it are never followed: a link there is a PathError.
 */
export function writeTreeAtomic(target: string, files: readonly RenderedFile[], options: { lockTimeoutMs?: number } = {}): { unchanged: number } {
  ensureFolder(dirname(target));
  targetState(target);
  return withLock(target, () => swapIn(target, files), options.lockTimeoutMs);
}

/** Create `dir` (and its parents) unless it is there; a PathError if it, or a part of it, is not a folder. */
export function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code === "ENOENT" || code === "EEXIST") && lstatIfAny(dir)?.isSymbolicLink()) {
      throw new PathError(dir, "is a symbolic link to nothing; the output folder must be a folder");
    }
    if (code === "EEXIST") throw new PathError(dir, "is not a folder; the output folder must be one");
    throw toPathError(dir, e);
  }
}

/**
 * What is at `target`, not following a link: its stats if it is a folder, undefined if nothing is there;
 * a PathError if it is a link or anything but a folder.
 */
export function targetState(target: string): Stats | undefined {
  const stats = lstatIfAny(target);
  if (stats === undefined || stats.isDirectory()) return stats;
  throw new PathError(target, stats.isSymbolicLink() ? LINK_REFUSED : `is ${kindOf(stats)}; claw-codegen writes a folder there and will not replace it`);
}

/** Returns how many files were unchanged (kept, hard-linked). */
function swapIn(target: string, files: readonly RenderedFile[]): { unchanged: number } {
  recoverInterruptedSwap(target);
  const parent = dirname(target);
  const suffix = `${basename(target)}-${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, STAGING + suffix);
  const retired = join(parent, RETIRED + suffix);
  // Not recursive: fails if anything (a link included) is already there, so everything below is ours.
  mkdirSync(staging);
  let unchanged = 0;
  try {
    for (const f of files) {
      const path = join(staging, f.path);
      mkdirSync(dirname(path), { recursive: true });
      // An unchanged file is the old one, hard-linked: it keeps its inode and mtime, so watchers see no change.
      if (linkUnchanged(join(target, f.path), path, f.contents)) unchanged++;
      else writeFileSync(path, f.contents, { flag: "wx" });
    }
    // Nothing runs between the two renames: the window in which `target` is absent is two system calls.
    const hadTarget = targetState(target) !== undefined;
    if (hadTarget) renameSync(target, retired);
    try {
      renameSync(staging, target);
    } catch (e) {
      if (hadTarget) renameSync(retired, target);
      throw e;
    }
    if (hadTarget) rmSync(retired, { recursive: true, force: true });
    return { unchanged };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Hard-link `old` to `path` if it is a regular file (not a link) holding exactly `contents`; false otherwise. */
function linkUnchanged(old: string, path: string, contents: string): boolean {
  const stats = lstatIfAny(old);
  if (stats === undefined || !stats.isFile() || stats.size !== Buffer.byteLength(contents)) return false;
  try {
    if (readRegularFile(old, false) !== contents) return false;
    linkSync(old, path);
    return true;
  } catch {
    return false; // a file system without hard links, or the file changed: write it instead
  }
}

/**
 * Leftovers of a killed writer beside `target`: staging (partial new) and retired (complete old) folders.
 * Found by name and lstat, never followed: one that is a link or not a folder was not made by claw-codegen
 * and is refused (PathError) rather than renamed or deleted.
 */
export function leftovers(target: string): { staging: string[]; retired: string[] } {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^\\.claw-codegen-(tmp|old)-${name}-\\d+-([0-9a-z]+)$`);
  const out: { staging: string[]; retired: string[] } = { staging: [], retired: [] };
  let entries: string[];
  try {
    entries = readdirSync(dirname(target));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return out;
    throw toPathError(dirname(target), e);
  }
  for (const entry of entries.sort()) {
    const m = pattern.exec(entry);
    if (!m) continue;
    const path = join(dirname(target), entry);
    const stats = lstatIfAny(path);
    if (stats === undefined) continue; // removed meanwhile
    if (!stats.isDirectory()) {
      throw new PathError(path, stats.isSymbolicLink() ? LINK_REFUSED : `is ${kindOf(stats)}, not a folder claw-codegen left; remove it`);
    }
    (m[1] === "tmp" ? out.staging : out.retired).push(path);
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
  if (newest !== undefined && targetState(target) === undefined) renameSync(newest, target);
  else if (newest !== undefined) retired.push(newest);
  for (const dir of [...staging, ...retired]) rmSync(dir, { recursive: true, force: true });
}
