import { basename, dirname, join, resolve, sep } from "node:path";
import { checkSchema } from "./check/checkSchema.js";
import type { Drift } from "./drift.js";
import { diffModels } from "./diff/engine.js";
import type { Finding } from "./diff/types.js";
import { MANIFEST, manifestFile, manifestFiles, readManifest } from "./manifest.js";
import { findDrift } from "./drift.js";
import type { RenderedFile } from "./render/renderTemplates.js";
import type { Target, TargetOptions } from "./targets/types.js";
import { realpathSync, statSync } from "node:fs";
import { PathError, toPathError } from "./write/noFollow.js";
import { readOutput } from "./write/readTree.js";
import { heldBy } from "./write/lock.js";
import { leftovers, targetState, writeTreeAtomic } from "./write/writeTreeAtomic.js";
import { loadSchemaFile, type LoadedSchema } from "./load/loadSchema.js";
import { InputError } from "./diagnostics.js";
import { cacheKey, metaValidKey, type RenderCache } from "./cache/renderCache.js";
import { sortDiagnostics } from "./check/checkSchema.js";
import { buildModel } from "./model/buildModel.js";
import { readings } from "./model/direction.js";
import type { Model } from "./model/types.js";

/** The real path of `path`, or of its nearest existing ancestor joined with the rest; undefined if none resolves. */
function realpathIfAny(path: string): string | undefined {
  let p = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch {
      const parent = dirname(p);
      if (parent === p) return undefined;
      rest.push(basename(p));
      p = parent;
    }
  }
}

/**
 * Before any work: `out` must be a folder or absent (it may be reached through links: the user named it);
 * each `<out>/<target>` a folder or absent, and its lock file and leftovers beside it never links (PathError,
 * exit 2). Read-only; the writer checks again under its lock.
 */
export function checkOutputPaths(request: GenerateRequest): void {
  if (request.out === "") throw new PathError("--out", "is empty; name the output folder");
  // A kernel file system holds no output: /proc/self is a folder, but nothing can be created in it.
  const real = realpathIfAny(request.out);
  if (real !== undefined && /^\/(proc|sys|dev)(\/|$)/.test(real)) {
    throw new PathError(
      request.out,
      `is in ${real.split("/")[1] === "dev" ? "/dev" : `/${real.split("/")[1]}`}, a kernel file system; the output folder must be an ordinary folder`,
    );
  }
  try {
    if (!statSync(request.out).isDirectory()) throw new PathError(request.out, "is not a folder; the output folder must be one");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw toPathError(request.out, e);
  }
  for (const { name } of request.targets) {
    const dir = join(request.out, name);
    targetState(dir);
    heldBy(dir);
    leftovers(dir);
  }
}

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

function loadModel(file: string, timings: StageTiming[], cache?: RenderCache): { model: Model; source: LoadedSchema } {
  const source = timed(timings, "load", () => {
    return loadSchemaFile(file);
  });
  const metaKey = cache && metaValidKey(source.value);
  const metaValid = metaKey !== undefined && cache!.get(metaKey) !== undefined;
  const checked = timed(timings, "check", () => checkSchema(source, { metaValid }));
  if (metaKey !== undefined && !metaValid) cache!.put(metaKey, []);
  return { model: timed(timings, "model", () => buildModel(checked)), source };
}

/** Each selected target's own checks (its reserved words, its limits), located in the schema: a target inherits no other's. */
function checkTargets(model: Model, targets: readonly Target[], source: LoadedSchema): void {
  const found = targets.flatMap((t) => t.check(model)).map((d) => source.diagnostic(d.code, d.pointer, d.message));
  const unique = [...new Map(found.map((d) => [`${d.pointer}\0${d.message}`, d])).values()];
  if (unique.length > 0) throw new InputError(sortDiagnostics(unique));
}

/** What a target is given: the request's settings, with this target's own package name, and a timer for its steps. */
function targetOptions(request: GenerateRequest, target: Target, timings: StageTiming[]): TargetOptions {
  const packageName = request.packageNames?.[target.name];
  const settings = request.targetSettings?.[target.name];
  return {
    schemaName: basename(request.schema),
    ...(packageName !== undefined ? { packageName } : {}),
    ...(request.npmScope !== undefined ? { npmScope: request.npmScope } : {}),
    ...(request.packageVersion !== undefined ? { packageVersion: request.packageVersion } : {}),
    ...(settings !== undefined && Object.keys(settings).length > 0 ? { settings } : {}),
    step: async (name, run) => {
      const began = performance.now();
      const result = await run();
      timings.push({ stage: `${name} ${target.name}`, ms: performance.now() - began });
      return result;
    },
  };
}

/** A package name the request gives a target that its naming refuses: bad input, before any work. */
function checkPackageNames(request: GenerateRequest): void {
  for (const t of request.targets) {
    const name = request.packageNames?.[t.name];
    const problem = name === undefined ? undefined : t.naming.problem(name);
    if (problem !== undefined)
      throw new InputError([
        {
          code: "package-name",
          message: `the ${t.name} target's ${t.naming.what} "${name}" ${problem}`,
          file: request.schema,
          pointer: "",
          line: 0,
          column: 0,
        },
      ]);
  }
}

/** A target ready to render: its view, or the files the cache already holds for its inputs. */
type Lowered = { target: Target; options: TargetOptions } & ({ view: object; key?: string } | { cached: RenderedFile[] });

/** lower: each target's checks, then its view of the model (unless the cache holds its output); a target renders only a model every selected target accepts. */
async function lower(model: Model, request: GenerateRequest, source: LoadedSchema, timings: StageTiming[]): Promise<Lowered[]> {
  timed(timings, "target-checks", () => checkTargets(model, request.targets, source));
  const lowered: Lowered[] = [];
  for (const target of request.targets) {
    const options = targetOptions(request, target, timings);
    const key = request.cache && cacheKey(target.name, model, options);
    const cached = key === undefined ? undefined : timed(timings, `cache ${target.name}`, () => request.cache!.get(key));
    if (cached) {
      lowered.push({ target, options, cached });
      continue;
    }
    const start = performance.now();
    const view = await target.view(model, options);
    timings.push({ stage: `lower ${target.name}`, ms: performance.now() - start });
    lowered.push({ target, options, view, ...(key !== undefined ? { key } : {}) });
  }
  return lowered;
}

export interface TargetOutput {
  target: string;
  /** After generate: how many files were unchanged, kept as they were (inode and mtime). */
  unchanged?: number;
  /** `<out>/<target>` */
  dir: string;
  files: RenderedFile[];
}

export interface GenerateRequest {
  schema: string;
  out: string;
  targets: readonly Target[];
  /** Each target's package name, by target; absent: the target's default (see TargetOptions). */
  packageNames?: Readonly<Record<string, string>>;
  npmScope?: string;
  packageVersion?: string;
  /** Targets' own settings (TargetSetting), by target then key; each target is given only its own. */
  targetSettings?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Rendered output by content hash (src/cache/renderCache.ts); absent: every target renders. */
  cache?: RenderCache;
}

/** load → check → model → lower → render, in memory; nothing is written. Each folder also records the model (MANIFEST). */
export async function renderAll(request: GenerateRequest, timings: StageTiming[]): Promise<{ model: Model; outputs: TargetOutput[] }> {
  checkPackageNames(request);
  const { model, source } = loadModel(request.schema, timings, request.cache);
  const outputs: TargetOutput[] = [];
  for (const lowered of await lower(model, request, source, timings)) {
    const { target, options } = lowered;
    let files: RenderedFile[];
    if ("cached" in lowered) files = lowered.cached;
    else {
      const start = performance.now();
      files = await target.render(lowered.view, options);
      timings.push({ stage: `render ${target.name}`, ms: performance.now() - start });
      if (lowered.key !== undefined) request.cache!.put(lowered.key, files);
    }
    outputs.push({ target: target.name, dir: join(request.out, target.name), files: [...files, manifestFile(model, files)] });
  }
  return { model, outputs };
}

/**
 * Render everything first, then write each target's folder atomically. A folder holding files that
 * generate did not write (none of its manifest's, none it writes now) is refused before anything is
 * written, unless `force`: replacing the folder would delete them.
 */
export async function generate(request: GenerateRequest & { force?: boolean }, timings: StageTiming[] = []): Promise<TargetOutput[]> {
  checkOutputPaths(request);
  const { outputs } = await renderAll(request, timings);
  if (request.force !== true) for (const o of outputs) refuseForeignFiles(o);
  for (const o of outputs) o.unchanged = timed(timings, `write ${o.target}`, () => writeTreeAtomic(o.dir, o.files)).unchanged;
  return outputs;
}

/** A PathError naming the files in `o.dir` that generate would delete without having written them. */
function refuseForeignFiles(o: TargetOutput): void {
  const { tree } = readOutput(o.dir);
  if (tree.size === 0) return;
  // A manifest from before it listed files vouches for the whole folder, as generate then assumed.
  const recorded = manifestFiles(tree);
  if (recorded !== undefined && recorded.length === 0) return;
  const ours = new Set([...(recorded ?? []), ...o.files.map((f) => f.path)]);
  const foreign = [...tree.keys()].filter((p) => !ours.has(p));
  if (foreign.length === 0) return;
  const shown = foreign.slice(0, 5).join(", ") + (foreign.length > 5 ? `, … (${foreign.length} in all)` : "");
  throw new PathError(
    o.dir,
    `holds ${foreign.length} file(s) claw-codegen did not write (${shown}); generate replaces the folder: move them, or run with --force to delete them`,
  );
}

export interface CheckResult {
  outputs: TargetOutput[];
  drift: Drift[];
  /** When a drifted folder was generated from another schema: what changed in it, by the diff engine. */
  schemaChanges: Finding[];
  /** Output folders a killed `generate` left half-written: reported, not repaired (check changes nothing). */
  interrupted: { dir: string; leftovers: string[]; absent: boolean }[];
  /** Drifted folders whose recorded model shows no schema change: the generator (version, templates) made the difference. */
  generatorChanged: string[];
}

/**
 * What differs between the output folders and what `generate` would write, and why (schema changes).
 * Read-only: takes no lock, creates, renames and deletes nothing, and follows no link in the output folders.
 */
export async function check(request: GenerateRequest, timings: StageTiming[] = []): Promise<CheckResult> {
  checkOutputPaths(request);
  const { model, outputs } = await renderAll(request, timings);
  const drift: Drift[] = [];
  const interrupted: CheckResult["interrupted"] = [];
  const explained = new Map<string, Finding[]>();
  const generatorChanged: string[] = [];
  for (const o of outputs) {
    const { tree, leftovers, absent } = readOutput(o.dir);
    if (leftovers.length > 0) {
      interrupted.push({ dir: o.dir, leftovers, absent });
      // Absent: killed between the two renames; listing every file as missing would say nothing more.
      if (absent) continue;
    }
    const mine = findDrift(o.files, tree, o.dir.split(sep).join("/"));
    drift.push(...mine);
    const before = mine.length > 0 ? readManifest(tree) : undefined;
    const key = before && JSON.stringify(before);
    if (before && key !== JSON.stringify(model) && !explained.has(key!)) explained.set(key!, explain(`${o.dir}/${MANIFEST}`, before, request.schema, model));
    if (before && (explained.get(key!) ?? []).length === 0) generatorChanged.push(o.dir);
  }
  return { outputs, drift, schemaChanges: [...explained.values()].flat(), interrupted, generatorChanged };
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
