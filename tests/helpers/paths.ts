import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readTree } from "../../src/write/readTree.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SCHEMA = join(ROOT, "schema/claw-proto.schema.json");
export const GENERATED = join(ROOT, "generated");
export const BIN = join(ROOT, "bin/claw-codegen.js");

export function tempDir(prefix = "claw-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Run the CLI as users do; returns exit status and output. */
export function cli(args: string[], cwd = ROOT): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A hash of every file (path and bytes) under a folder. */
export function treeHash(dir: string): string {
  const h = createHash("sha256");
  for (const [path, contents] of readTree(dir)) h.update(`${path}\0${contents}\0`);
  return h.digest("hex");
}

export function git(args: string[], cwd = ROOT): string {
  return execFileSync("git", args, { cwd, encoding: "utf8" });
}
