import { Worker } from "node:worker_threads";
import type { Schema } from "./valueSchema.js";

/** The validators as the package ships them: an ES module and the same as CommonJS. */
export interface AjvModules {
  esm: string;
  cjs: string;
}

// The built worker, from src/ (tests) as from dist/: both are three folders below the tool's root.
const WORKER = new URL("../../../dist/targets/typescript/validatorsWorker.js", import.meta.url);

/**
 * Compile the Ajv validators in a worker thread: Ajv is the slowest step of rendering the package (seconds on a
 * schema of 1,000 types) and needs only the value schemas, so the rest of the package renders meanwhile on this
 * thread, and esbuild in its own process. The promise never rejects unobserved: a failure surfaces where it is awaited.
 */
export function compileValidators(schemas: readonly Schema[]): Promise<AjvModules> {
  const done = new Promise<AjvModules>((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: schemas });
    worker.once("message", (esm: string) => resolve({ esm, cjs: toCommonJs(esm) }));
    worker.once("error", (e) => reject(new Error(`compiling the validators failed: ${e.message}`)));
    worker.once("exit", (code) => reject(new Error(`the validators' worker exited (code ${code}) before answering: run \`npm run build\`?`)));
  });
  done.catch(() => {});
  return done;
}

/** The same module as CommonJS: Ajv's ESM output differs only in its `export const a = b;` lines. */
export function toCommonJs(esm: string): string {
  return esm.replace(/export const (\w+) = (\w+);/g, "exports.$1 = $2;");
}
