import type { PackageNaming, Target, TargetSetting } from "./types.js";
import { typescriptNaming, typescriptSettings } from "./typescript/naming.js";
import { rustNaming } from "./rust/naming.js";
import { schemaNaming } from "./schema/naming.js";
import { goNaming } from "./go/naming.js";
import { pythonNaming } from "./python/naming.js";

/**
 * Every target, registered in one place; `--target` accepts these names. Each loads on demand, so
 * `--version`, `--help` and `diff` never pull in a target's code writers (Ajv, esbuild); its package naming is light
 * and loads with the registry, so the config is checked before any target loads.
 */
export const TARGETS = [
  { name: "typescript", naming: typescriptNaming, settings: typescriptSettings, load: () => import("./typescript/index.js").then((m) => m.typescriptTarget) },
  { name: "rust", naming: rustNaming, load: () => import("./rust/index.js").then((m) => m.rustTarget) },
  { name: "go", naming: goNaming, load: () => import("./go/index.js").then((m) => m.goTarget) },
  { name: "python", naming: pythonNaming, load: () => import("./python/index.js").then((m) => m.pythonTarget) },
  { name: "schema", naming: schemaNaming, load: () => import("./schema/index.js").then((m) => m.schemaTarget) },
] as const satisfies readonly TargetEntry[];

export interface TargetEntry {
  name: string;
  naming: PackageNaming;
  /** Choices only this target reads (TargetSetting); none: absent. */
  settings?: readonly TargetSetting[];
  load: () => Promise<Target>;
}

export type TargetName = (typeof TARGETS)[number]["name"];

export const TARGET_NAMES: readonly string[] = TARGETS.map((t) => t.name);

/** The registry entry of `name`; undefined if there is none. */
export function targetEntry(name: string): TargetEntry | undefined {
  return TARGETS.find((t) => t.name === name);
}

/** The named targets, loaded, in the order given, without repeats; undefined if a name is unknown. */
export async function loadTargets(names: readonly string[]): Promise<Target[] | undefined> {
  const entries = [...new Set(names)].map(targetEntry);
  if (entries.some((e) => e === undefined)) return undefined;
  return Promise.all(entries.map((e) => e!.load()));
}

/** Every target's own settings, with the target that declares each. */
export function targetSettings(entries: readonly Pick<TargetEntry, "name" | "settings">[] = TARGETS): { target: string; setting: TargetSetting }[] {
  return entries.flatMap((e) => (e.settings ?? []).map((setting) => ({ target: e.name, setting })));
}
