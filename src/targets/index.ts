import type { Target } from "./types.js";

/**
 * Every target, registered in one place; `--target` accepts these names. Each loads on demand, so
 * `--version`, `--help` and `diff` never pull in the TypeScript compiler.
 */
export const TARGETS = [
  { name: "typescript", load: () => import("./typescript/index.js").then((m) => m.typescriptTarget) },
  { name: "rust", load: () => import("./rust/index.js").then((m) => m.rustTarget) },
  { name: "go", load: () => import("./go/index.js").then((m) => m.goTarget) },
  { name: "schema", load: () => import("./schema/index.js").then((m) => m.schemaTarget) },
] as const satisfies readonly { name: string; load: () => Promise<Target> }[];

export type TargetName = (typeof TARGETS)[number]["name"];

export const TARGET_NAMES: readonly string[] = TARGETS.map((t) => t.name);

/** The named targets, loaded, in the order given, without repeats; undefined if a name is unknown. */
export async function loadTargets(names: readonly string[]): Promise<Target[] | undefined> {
  const entries = [...new Set(names)].map((n) => TARGETS.find((t) => t.name === n));
  if (entries.some((e) => e === undefined)) return undefined;
  return Promise.all(entries.map((e) => e!.load()));
}
