import { basename, join, sep } from "node:path";
import { checkSchema } from "./check/checkSchema.js";
import type { Drift } from "./drift.js";
import { diffModels } from "./diff/engine.js";
import type { Finding } from "./diff/types.js";
import { MANIFEST, manifestFile, readManifest } from "./manifest.js";
import { findDrift } from "./drift.js";
import type { RenderedFile } from "./render/renderTemplates.js";
import type { Target } from "./targets/types.js";
import { readTree } from "./write/readTree.js";
import { writeTreeAtomic } from "./write/writeTreeAtomic.js";
import { loadSchemaFile, type LoadedSchema } from "./load/loadSchema.js";
import { InputError } from "./diagnostics.js";
import { sortDiagnostics } from "./check/checkSchema.js";
import { buildModel } from "./model/buildModel.js";
import { readings } from "./model/direction.js";
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
  return loadModel(file, timings).model;
}

function loadModel(file: string, timings: StageTiming[]): { model: Model; source: LoadedSchema } {
  const source = timed(timings, "load", () => loadSchemaFile(file));
  const checked = timed(timings, "check", () => checkSchema(source));
  return { model: timed(timings, "model", () => buildModel(checked)), source };
}

/** Each selected target's own checks (its reserved words, its limits), located in the schema: a target inherits no other's. */
function checkTargets(model: Model, targets: readonly Target[], source: LoadedSchema): void {
  const found = targets.flatMap((t) => t.check(model)).map((d) => source.diagnostic(d.code, d.pointer, d.message));
  const unique = [...new Map(found.map((d) => [`${d.pointer}\0${d.message}`, d])).values()];
  if (unique.length > 0) throw new InputError(sortDiagnostics(unique));
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

/** load → check → model → render, in memory; nothing is written. Each folder also records the model (MANIFEST). */
export async function renderAll(request: GenerateRequest, timings: StageTiming[]): Promise<{ model: Model; outputs: TargetOutput[] }> {
  const { model, source } = loadModel(request.schema, timings);
  timed(timings, "target-checks", () => checkTargets(model, request.targets, source));
  const outputs: TargetOutput[] = [];
  for (const target of request.targets) {
    const start = performance.now();
    const files = await target.render(model, { schemaName: basename(request.schema), packageName: request.packageName });
    timings.push({ stage: `render ${target.name}`, ms: performance.now() - start });
    outputs.push({ target: target.name, dir: join(request.out, target.name), files: [...files, manifestFile(model)] });
  }
  return { model, outputs };
}

/** Render everything first, then write each target's folder atomically. */
export async function generate(request: GenerateRequest, timings: StageTiming[] = []): Promise<TargetOutput[]> {
  const { outputs } = await renderAll(request, timings);
  for (const o of outputs) timed(timings, `write ${o.target}`, () => writeTreeAtomic(o.dir, o.files));
  return outputs;
}

export interface CheckResult {
  outputs: TargetOutput[];
  drift: Drift[];
  /** When a drifted folder was generated from another schema: what changed in it, by the diff engine. */
  schemaChanges: Finding[];
}

/** What differs between the output folders and what `generate` would write, and why (schema changes). */
export async function check(request: GenerateRequest, timings: StageTiming[] = []): Promise<CheckResult> {
  const { model, outputs } = await renderAll(request, timings);
  const drift: Drift[] = [];
  const explained = new Map<string, Finding[]>();
  for (const o of outputs) {
    const tree = readTree(o.dir);
    const mine = findDrift(o.files, tree, o.dir.split(sep).join("/"));
    drift.push(...mine);
    const before = mine.length > 0 ? readManifest(tree) : undefined;
    const key = before && JSON.stringify(before);
    if (before && key !== JSON.stringify(model) && !explained.has(key!)) explained.set(key!, explain(`${o.dir}/${MANIFEST}`, before, request.schema, model));
  }
  return { outputs, drift, schemaChanges: [...explained.values()].flat() };
}

/**
 * The schema changes since an output folder was generated, by the diff engine; none when the recorded
 * model cannot be compared: a direction it cannot read, or other peers (the drift is still reported).
 */
function explain(recordedAt: string, before: Model, schema: string, model: Model): Finding[] {
  if (!Array.isArray(before.messages) || !before.messages.every((m) => typeof m.direction === "string" && readings(m.direction).length === 1)) return [];
  const side = (label: string, m: Model) => ({ label, file: label, protocolVersion: m.protocolVersion, model: m, locate: () => ({ line: 0, column: 0 }) });
  try {
    return diffModels(side(recordedAt, before), side(schema, model)).findings;
  } catch (e) {
    if (e instanceof InputError) return [];
    throw e;
  }
}
