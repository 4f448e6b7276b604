import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { RenderedFile } from "../render/renderTemplates.js";

const STAGING = ".claw-codegen-tmp-";
const RETIRED = ".claw-codegen-old-";

/**
 * Replace the folder `target` with exactly `files`: write everything into a staging folder
 * beside it, then swap with two renames. A failure before the swap leaves `target` untouched.
 */
export function writeTreeAtomic(target: string, files: readonly RenderedFile[]): void {
  const parent = dirname(target);
  const name = basename(target);
  mkdirSync(parent, { recursive: true });
  recoverInterruptedSwap(target);
  const suffix = `${name}-${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, STAGING + suffix);
  const retired = join(parent, RETIRED + suffix);
  try {
    for (const f of files) {
      const path = join(staging, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.contents);
    }
    mkdirSync(staging, { recursive: true });
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

/** A run killed between the two renames leaves only the retired tree: put it back. */
function recoverInterruptedSwap(target: string): void {
  const parent = dirname(target);
  const prefix = `${RETIRED}${basename(target)}-`;
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const retired = join(parent, entry);
    if (!existsSync(target)) renameSync(retired, target);
    else rmSync(retired, { recursive: true, force: true });
  }
  for (const entry of readdirSync(parent)) {
    if (entry.startsWith(`${STAGING}${basename(target)}-`)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}
