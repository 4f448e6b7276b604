// A target's rendered files, kept by content hash so that `check` and `generate` on an unchanged schema
// skip the expensive work (Ajv standalone, esbuild). The key covers
// everything the output depends on: the tool's own files (dist/, templates/, package.json), the
// versions of the packages that write code for it, the target, its options and the model. Best effort:
// a cache that cannot be read or written is a miss, never an error.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Model } from "../model/types.js";
import type { RenderedFile } from "../render/renderTemplates.js";
import type { TargetOptions } from "../targets/types.js";

/** Bumped when an entry's format changes. */
const FORMAT = "claw-codegen-render-cache/1";
/** Entries kept; beyond this the least recently used are removed. */
const MAX_ENTRIES = 200;
/**
 * The packages whose output lands in generated files at generation time. (tsc wrote the runtime files' declarations
 * when the tool was built: they are in dist/, which the fingerprint covers.)
 */
const WRITERS = ["ajv", "esbuild", "handlebars"];

const TOOL_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface RenderCache {
  get(key: string): RenderedFile[] | undefined;
  put(key: string, files: readonly RenderedFile[]): void;
}

let fingerprint: string | undefined;

/** A hash of the tool as it runs: its compiled code, its templates, its package.json, and its code writers' versions. */
export function toolFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const h = createHash("sha256").update(FORMAT);
  const add = (label: string, bytes: Buffer | string) => h.update(`${label}\0${bytes.length}\0`).update(bytes);
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel === "" ? name : `${rel}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) walk(dir, path);
      else add(path, readFileSync(join(dir, path)));
    }
  };
  for (const dir of ["dist", "templates"]) walk(join(TOOL_ROOT, dir), "");
  add("package.json", readFileSync(join(TOOL_ROOT, "package.json")));
  for (const name of WRITERS) {
    let version = "absent";
    try {
      version = (JSON.parse(readFileSync(join(TOOL_ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      // Hoisted elsewhere (the tool installed as a dependency): the tool's exact pins in package.json decide.
    }
    add(name, version);
  }
  fingerprint = h.digest("hex");
  return fingerprint;
}

/** The key of a target's output for a model and options (`step` is a timer, not an input). */
export function cacheKey(target: string, model: Model, options: TargetOptions): string {
  const inputs = {
    schemaName: options.schemaName,
    packageName: options.packageName,
    npmScope: options.npmScope,
    packageVersion: options.packageVersion,
    settings: options.settings,
  };
  return createHash("sha256")
    .update(JSON.stringify([toolFingerprint(), target, inputs, model]))
    .digest("hex");
}

/** The key under which the cache remembers that a schema document passed meta-validation (an empty entry). */
export function metaValidKey(document: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify([toolFingerprint(), "meta-schema 2020-12", document]))
    .digest("hex");
}

/**
 * Where the cache lives: `CLAW_CODEGEN_CACHE` (a folder, or `off`), else `$XDG_CACHE_HOME/claw-codegen`,
 * else `~/.cache/claw-codegen`. Undefined: no cache.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env["CLAW_CODEGEN_CACHE"];
  if (setting === "off" || setting === "0") return undefined;
  if (setting !== undefined && setting !== "") return setting;
  const base = env["XDG_CACHE_HOME"] || join(homedir(), ".cache");
  return join(base, "claw-codegen");
}

interface Entry {
  format: string;
  key: string;
  files: RenderedFile[];
}

function isEntry(v: unknown, key: string): v is Entry {
  const e = v as Partial<Entry> | null;
  return (
    typeof e === "object" &&
    e !== null &&
    e.format === FORMAT &&
    e.key === key &&
    Array.isArray(e.files) &&
    e.files.every((f: unknown) => typeof (f as RenderedFile).path === "string" && typeof (f as RenderedFile).contents === "string")
  );
}

/** A cache in `dir` (created on first write). */
export function openCache(dir: string): RenderCache {
  const file = (key: string) => join(dir, `${key}.json`);
  return {
    get(key) {
      try {
        const entry: unknown = JSON.parse(readFileSync(file(key), "utf8"));
        if (!isEntry(entry, key)) return undefined;
        const now = new Date();
        utimesSync(file(key), now, now);
        return entry.files;
      } catch {
        return undefined;
      }
    },
    put(key, files) {
      try {
        mkdirSync(dir, { recursive: true });
        // Written beside, then renamed: a reader sees the whole entry or none.
        const tmp = `${file(key)}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ format: FORMAT, key, files: [...files] } satisfies Entry));
        renameSync(tmp, file(key));
        evict(dir);
      } catch {
        // A read-only or full disk only costs the next run its speed.
      }
    },
  };
}

/** Keep the newest MAX_ENTRIES entries. */
function evict(dir: string): void {
  const entries = readdirSync(dir).filter((n) => /^[0-9a-f]{64}\.json$/.test(n));
  if (entries.length <= MAX_ENTRIES) return;
  const byAge = entries.map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { n } of byAge.slice(0, entries.length - MAX_ENTRIES)) rmSync(join(dir, n), { force: true });
}
