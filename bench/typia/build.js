// Builds typia's reference functions without a transformer plugin: `typia generate` writes plain
// TypeScript from bench/typia/src/, and esbuild bundles it to claw.js. Both go to the build cache
// node_modules/.cache/claw-bench/typia/ (outside git, eslint and prettier, where typia resolves).
// Skipped when neither the input, the package's types nor typia changed since the last build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const ROOT = here("../../");
const OUT = here("../../node_modules/.cache/claw-bench/typia/");
/** typia's generated TypeScript, and its bundle. */
export const TYPIA_SOURCE = `${OUT}ts/claw.ts`;
export const TYPIA_MODULE = `${OUT}claw.js`;
const STAMP = `${OUT}stamp`;
const INPUTS = [here("./src/claw.ts"), here("../../generated/typescript/src/types.ts"), here("../../node_modules/typia/package.json")];

function stamp() {
  const h = createHash("sha256");
  for (const file of INPUTS) h.update(readFileSync(file));
  return h.digest("hex");
}

/** Build if stale; returns an error message (typia failed) or undefined. */
export async function buildTypia() {
  const want = stamp();
  if (existsSync(TYPIA_MODULE) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === want) return undefined;
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const cli = here("../../node_modules/typia/lib/executable/typia.js");
  const args = [cli, "generate", "--input", "bench/typia/src", "--output", `${OUT}ts`, "--project", "bench/typia/tsconfig.json"];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0 || !existsSync(TYPIA_SOURCE))
    return `typia generate failed (exit ${r.status}): ${(r.stdout + r.stderr).trim().split("\n").slice(-5).join(" | ")}`;
  await build({ entryPoints: [TYPIA_SOURCE], outfile: TYPIA_MODULE, bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "error" });
  writeFileSync(STAMP, want);
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const error = await buildTypia();
  if (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
