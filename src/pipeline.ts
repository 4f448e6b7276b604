import { basename, join, sep } from "node:path";
import { checkSchema } from "./check/checkSchema.js";
import type { Drift } from "./drift.js";
import { findDrift } from "./drift.js";
import type { RenderedFile } from "./render/renderTemplates.js";
import type { Target } from "./targets/types.js";
import { readTree } from "./write/readTree.js";
import { writeTreeAtomic } from "./write/writeTreeAtomic.js";
import { loadSchemaFile } from "./load/loadSchema.js";
import { buildModel } from "./model/buildModel.js";
import type { Model } from "./model/types.js";

/** A stage's name and how long it took, for the CLI's one-line summary. */
export interface StageTiming {
  stage: string;
  ms: number;
}

export function timed<T>(timings: StageTiming[], stage: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  timings.push({ stage, ms: performance.now() - start });
  return result;
}

/** load → check → model: the front half every command shares. Throws InputError on bad input. */
export function modelFromFile(file: string, timings: StageTiming[] = []): Model {
  const loaded = timed(timings, "load", () => loadSchemaFile(file));
  const checked = timed(timings, "check", () => checkSchema(loaded));
  return timed(timings, "model", () => buildModel(checked));
}

export interface TargetOutput {
  target: string;
  /** `<out>/<target>` */
  dir: string;
  files: RenderedFile[];
}

export interface GenerateRequest {
  schema: string;
  out: string;
  targets: readonly Target[];
  /** Passed to each target (see TargetOptions.packageName). */
  packageName?: string;
}

/** load → check → model → render, in memory; nothing is written. */
export async function renderAll(request: GenerateRequest, timings: StageTiming[]): Promise<TargetOutput[]> {
  const model = modelFromFile(request.schema, timings);
  const outputs: TargetOutput[] = [];
  for (const target of request.targets) {
    const start = performance.now();
    const files = await target.render(model, { schemaName: basename(request.schema), packageName: request.packageName });
    timings.push({ stage: `render ${target.name}`, ms: performance.now() - start });
    outputs.push({ target: target.name, dir: join(request.out, target.name), files });
  }
  return outputs;
}

/** Render everything first, then write each target's folder atomically. */
export async function generate(request: GenerateRequest, timings: StageTiming[] = []): Promise<TargetOutput[]> {
  const outputs = await renderAll(request, timings);
  for (const o of outputs) timed(timings, `write ${o.target}`, () => writeTreeAtomic(o.dir, o.files));
  return outputs;
}

/** What differs between the output folders and what `generate` would write. */
export async function check(request: GenerateRequest, timings: StageTiming[] = []): Promise<{ outputs: TargetOutput[]; drift: Drift[] }> {
  const outputs = await renderAll(request, timings);
  const drift = outputs.flatMap((o) => findDrift(o.files, readTree(o.dir), o.dir.split(sep).join("/")));
  return { outputs, drift };
}
