import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { withLock } from "./lock.js";
import { hasInterruptedSwap, recoverInterruptedSwap } from "./writeTreeAtomic.js";

/**
 * Every file under `dir` as path ("/"-separated, relative) → contents; empty if `dir` is absent. A swap
 * left half-done by a killed writer is finished first (under the writers' lock), so a reader such as
 * `check` sees the old or the new tree, never a missing or mixed one.
 */
export function readTree(dir: string): Map<string, string> {
  if (hasInterruptedSwap(dir)) withLock(dir, () => recoverInterruptedSwap(dir));
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(join(dir, rel));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT" && rel === "") return;
      throw e;
    }
    for (const name of names.sort()) {
      const relPath = rel === "" ? name : `${rel}/${name}`;
      const full = join(dir, relPath);
      if (statSync(full).isDirectory()) walk(relPath);
      else out.set(relPath, readFileSync(full, "utf8"));
    }
  };
  walk("");
  return out;
}
