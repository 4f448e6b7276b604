import type { Stats } from "node:fs";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { LockTimeoutError, heldBy, waitUntilUnlocked } from "./lock.js";
import { LINK_REFUSED, PathError, kindOf, lstatIfAny, readRegularFile } from "./noFollow.js";
import { leftovers, targetState } from "./writeTreeAtomic.js";

/**
 * Every file under `dir` as path ("/"-separated, relative) → contents; empty if `dir` is absent. Read-only,
 * and follows no link: a symbolic link (or a FIFO, socket or device) at `dir` or anywhere under it is a
 * PathError naming it, so nothing outside the folder is ever read.
 */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (targetState(dir) === undefined) return out;
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const relPath = rel === "" ? name : `${rel}/${name}`;
      const full = join(dir, relPath);
      const stats = lstatIfAny(full);
      if (stats === undefined) throw Object.assign(new Error(`${full} vanished while being read`), { code: "ENOENT" });
      if (stats.isDirectory()) walk(relPath);
      else if (stats.isFile()) out.set(relPath, readRegularFile(full, false));
      else throw new PathError(full, stats.isSymbolicLink() ? LINK_REFUSED : `is ${kindOf(stats)}, not a regular file or folder`);
    }
  };
  walk("");
  return out;
}

/** An output folder as `check` sees it. */
export interface OutputState {
  /** Its files (empty if it is absent). */
  tree: Map<string, string>;
  /** Folders a killed `generate` left beside it (staging and retired trees): an interrupted write. */
  leftovers: string[];
  /** The folder is absent (with leftovers: killed between the two renames of the swap). */
  absent: boolean;
}

/**
 * Read the output folder `dir` for `check`, strictly read-only: no lock is taken, nothing is created,
 * renamed or deleted. A live writer is waited for (up to `timeoutMs`); a folder swapped while being read is
 * read again, so the tree is one writer's complete output. What a killed writer left is reported, not repaired.
 */
export function readOutput(dir: string, timeoutMs = 60_000): OutputState {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    waitUntilUnlocked(dir, timeoutMs);
    const before = identity(targetState(dir));
    const left = names(dir);
    let tree = new Map<string, string>();
    let torn = false;
    try {
      tree = readTree(dir);
    } catch (e) {
      // Something renamed away under the walk: a writer swapped the folder meanwhile.
      const code = (e as { code?: string }).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
      torn = true;
    }
    // Unchanged and unlocked after the read: no writer was at work (a writer's leftovers never outlive its lock).
    if (!torn && heldBy(dir) === undefined && identity(targetState(dir)) === before && names(dir).join("\n") === left.join("\n")) {
      return { tree, leftovers: left, absent: before === "" };
    }
    if (Date.now() > deadline) throw new LockTimeoutError(`${dir} kept being rewritten while check read it, for over ${timeoutMs / 1000} s`);
  }
}

function names(dir: string): string[] {
  const { staging, retired } = leftovers(dir);
  return [...staging, ...retired].sort();
}

/** A folder's identity: a swap replaces it with another folder (another inode, a new ctime). "" when absent. */
function identity(stats: Stats | undefined): string {
  return stats === undefined ? "" : `${stats.dev}:${stats.ino}:${stats.ctimeMs}`;
}
