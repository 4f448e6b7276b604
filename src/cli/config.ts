// The CLI's settings from a config file, so CI can run `npx claw-codegen check` with no flags.
// Parsing and validation are pure (text in, settings or located diagnostics out); only findConfig reads the disk.
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { InputError, joinPointer } from "../diagnostics.js";
import type { Json, LoadedSchema } from "../load/loadSchema.js";
import { loadSchemaText } from "../load/loadSchema.js";
import { PathError, requireRegularFile } from "../write/noFollow.js";
import type { TargetEntry } from "../targets/index.js";
import { targetSettings } from "../targets/index.js";
import { isValidNpmScope } from "../targets/typescript/naming.js";

export const CONFIG_FILE = "claw-codegen.config.json";
/** The key under which package.json may hold the same object. */
export const PACKAGE_JSON_KEY = "claw-codegen";

/** What a config sets; anything absent falls back to the CLI's defaults. Paths are relative to the working directory. */
export interface CodegenConfig {
  schema?: string;
  out?: string;
  targets?: string[];
  /** Package names by target: `"packageName": {"rust": "x"}`; a plain string names the TypeScript package, as it always has. */
  packageNames?: Record<string, string>;
  /** The npm scope of the default package name (`@scope` → `@scope/<the schema's title>`). */
  npmScope?: string;
  /** The version of every package (default `<protocol major>.0.0`). */
  packageVersion?: string;
  /** Targets' own settings (TargetSetting), by target then key: `"u64": "bigint"` is the TypeScript target's. */
  targetSettings?: Record<string, Record<string, string>>;
}

/** What the config needs to know of a target before it loads: its name and how it names its package. */
export type KnownTarget = Pick<TargetEntry, "name" | "naming" | "settings">;

// "$schema" lets editors offer completion; it is ignored.
const KNOWN_KEYS = ["$schema", "schema", "out", "targets", "packageName", "npmScope", "packageVersion"] as const;
// Semantic Versioning 2.0.0, which npm and Cargo both read.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/**
 * Validate the config object of a parsed document: the whole document, or its member `key`
 * (package.json's "claw-codegen"). Paths are resolved against the config file's folder and
 * returned relative to `cwd`, so a config in the working directory gives the same output as the
 * equivalent flags. Throws an InputError listing every problem, each at its JSON pointer.
 */
export function parseConfig(doc: LoadedSchema, key: string | undefined, cwd: string, knownTargets: readonly KnownTarget[]): CodegenConfig {
  const pointer = key === undefined ? "" : joinPointer("", key);
  const value = key === undefined ? doc.value : isObject(doc.value) ? doc.value[key] : undefined;
  if (!isObject(value)) {
    throw new InputError([doc.diagnostic("config-type", pointer, "the claw-codegen config must be a JSON object")]);
  }
  const diagnostics: Diagnostic[] = [];
  const at = (p: string, code: string, message: string) => diagnostics.push(doc.diagnostic(code, p, message));
  const nonEmptyString = (key: string, v: Json): string | undefined => {
    if (typeof v === "string" && v !== "") return v;
    at(joinPointer(pointer, key), "config-type", `"${key}" must be a non-empty string, got ${JSON.stringify(v)}`);
    return undefined;
  };
  const baseDir = dirname(resolve(cwd, doc.file));
  const path = (key: string, v: Json): string | undefined => {
    const s = nonEmptyString(key, v);
    return s === undefined ? undefined : relative(cwd, resolve(baseDir, s)) || ".";
  };
  const names = knownTargets.map((t) => t.name);
  const packageName = (target: string, p: string, name: Json) => {
    const naming = knownTargets.find((t) => t.name === target)!.naming;
    if (typeof name !== "string" || name === "")
      at(p, "config-type", `the ${target} target's ${naming.what} must be a non-empty string, got ${JSON.stringify(name)}`);
    else {
      const problem = naming.problem(name);
      if (problem !== undefined) at(p, "config-package-name", `${JSON.stringify(name)} ${problem} (the ${target} target's ${naming.what})`);
      else (config.packageNames ??= {})[target] = name;
    }
  };
  const settings = targetSettings(knownTargets);
  const config: CodegenConfig = {};
  for (const [key, v] of Object.entries(value)) {
    switch (key) {
      case "$schema":
        break;
      case "schema":
      case "out": {
        const p = path(key, v);
        if (p !== undefined) config[key] = p;
        break;
      }
      case "targets": {
        if (!Array.isArray(v) || v.length === 0) {
          at(joinPointer(pointer, key), "config-type", `"targets" must be a non-empty array of target names, got ${JSON.stringify(v)}`);
          break;
        }
        const targets: string[] = [];
        v.forEach((t, i) => {
          if (typeof t === "string" && names.includes(t)) {
            if (!targets.includes(t)) targets.push(t);
          } else {
            at(joinPointer(pointer, key, i), "config-unknown-target", `unknown target ${JSON.stringify(t)} (known: ${names.join(", ")})`);
          }
        });
        config.targets = targets;
        break;
      }
      case "packageName": {
        const p = joinPointer(pointer, key);
        if (typeof v === "string") packageName("typescript", p, v);
        else if (isObject(v)) {
          for (const [target, name] of Object.entries(v))
            if (names.includes(target)) packageName(target, joinPointer(p, target), name);
            else at(joinPointer(p, target), "config-unknown-target", `unknown target ${JSON.stringify(target)} (known: ${names.join(", ")})`);
        } else at(p, "config-type", `"packageName" must be the npm package's name or an object of names by target, got ${JSON.stringify(v)}`);
        break;
      }
      case "npmScope": {
        const scope = nonEmptyString(key, v);
        if (scope === undefined) break;
        if (!isValidNpmScope(scope)) at(joinPointer(pointer, key), "config-npm-scope", `"npmScope" ${JSON.stringify(scope)} is not an npm scope ("@name")`);
        else config.npmScope = scope;
        break;
      }
      case "packageVersion": {
        const version = nonEmptyString(key, v);
        if (version === undefined) break;
        if (!isValidVersion(version))
          at(joinPointer(pointer, key), "config-package-version", `"packageVersion" ${JSON.stringify(version)} is not a semantic version (1.2.3)`);
        else config.packageVersion = version;
        break;
      }
      default: {
        const own = settings.find((s) => s.setting.key === key);
        if (own === undefined) {
          at(
            joinPointer(pointer, key),
            "config-unknown-key",
            `unknown key "${key}" (known: ${[...KNOWN_KEYS, ...settings.map((s) => s.setting.key)].join(", ")})`,
          );
        } else if (typeof v !== "string" || !own.setting.values.includes(v)) {
          const values = own.setting.values.map((x) => JSON.stringify(x)).join(" or ");
          at(joinPointer(pointer, key), "config-setting", `"${key}" (the ${own.target} target's) must be ${values}, got ${JSON.stringify(v)}`);
        } else ((config.targetSettings ??= {})[own.target] ??= {})[key] = v;
      }
    }
  }
  if (diagnostics.length > 0) throw new InputError(diagnostics);
  return config;
}

/**
 * The config for a run in `cwd`: the file given by `--config`, else `claw-codegen.config.json`,
 * else the "claw-codegen" key of package.json; undefined if there is none. Having both of the
 * last two is an error, so it is never unclear which one CI used.
 */
export function findConfig(cwd: string, knownTargets: readonly KnownTarget[], explicit?: string): CodegenConfig | undefined {
  if (explicit !== undefined) return parseConfig(read(cwd, explicit, true)!, undefined, cwd, knownTargets);
  const file = read(cwd, CONFIG_FILE, false);
  const pkg = read(cwd, "package.json", false);
  const pkgHasKey = pkg !== undefined && isObject(pkg.value) && Object.prototype.hasOwnProperty.call(pkg.value, PACKAGE_JSON_KEY);
  if (file && pkgHasKey) {
    throw new InputError([
      pkg.diagnostic("config-ambiguous", `/${PACKAGE_JSON_KEY}`, `both ${CONFIG_FILE} and package.json "${PACKAGE_JSON_KEY}" configure claw-codegen; keep one`),
    ]);
  }
  if (file) return parseConfig(file, undefined, cwd, knownTargets);
  if (pkgHasKey) return parseConfig(pkg, PACKAGE_JSON_KEY, cwd, knownTargets);
  return undefined;
}

function read(cwd: string, file: string, required: boolean): LoadedSchema | undefined {
  const full = resolve(cwd, file);
  if (!required && !existsSync(full)) return undefined;
  let text: string;
  try {
    // A folder, FIFO or device is refused before it is opened (a FIFO would hang the read).
    requireRegularFile(full, true);
    text = readFileSync(full, "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : e instanceof PathError ? e.reason.replace(/^is /, "it is ") : String(e);
    throw new InputError([{ code: "read-failed", message: `cannot read config: ${reason}`, file, pointer: "", line: 0, column: 0 }]);
  }
  return loadSchemaText(file, text);
}

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** What a run uses, after flags, config and defaults are merged. */
export interface Settings {
  schema: string;
  out: string;
  targets: string[];
  /** By target; absent: the target's own default name. */
  packageNames?: Record<string, string>;
  npmScope?: string;
  packageVersion?: string;
  /** Targets' own settings by target then key; a key absent takes the setting's default. */
  targetSettings?: Record<string, Record<string, string>>;
}

/** Flags given on the command line win over the config, which wins over the defaults. */
export function mergeSettings(defaults: Settings, config: CodegenConfig | undefined, flags: Partial<Settings>): Settings {
  return {
    schema: flags.schema ?? config?.schema ?? defaults.schema,
    out: flags.out ?? config?.out ?? defaults.out,
    targets: flags.targets ?? config?.targets ?? defaults.targets,
    packageNames: { ...defaults.packageNames, ...config?.packageNames, ...flags.packageNames },
    npmScope: flags.npmScope ?? config?.npmScope ?? defaults.npmScope,
    packageVersion: flags.packageVersion ?? config?.packageVersion ?? defaults.packageVersion,
    targetSettings: mergeByTarget([defaults.targetSettings, config?.targetSettings, flags.targetSettings]),
  };
}

/** Later layers win, key by key within a target. */
function mergeByTarget(layers: (Record<string, Record<string, string>> | undefined)[]): Record<string, Record<string, string>> {
  const merged: Record<string, Record<string, string>> = {};
  for (const layer of layers) for (const [target, values] of Object.entries(layer ?? {})) merged[target] = { ...merged[target], ...values };
  return merged;
}

export function isValidVersion(version: string): boolean {
  return version.length <= 100 && SEMVER.test(version);
}
