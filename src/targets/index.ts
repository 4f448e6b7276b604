import type { Target } from "./types.js";
import { rustTarget } from "./rust/index.js";
import { typescriptTarget } from "./typescript/index.js";

/** Every target, registered in one place; `--target` accepts these names. */
export const TARGETS = [typescriptTarget, rustTarget] as const satisfies readonly Target[];

export type TargetName = (typeof TARGETS)[number]["name"];

export function findTarget(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}
