import type { PackageNaming, TargetSetting } from "../types.js";
import { packageSlug } from "../packageName.js";

// npm's rules for new package names: lowercase, URL-safe, an optional @scope, at most 214 characters.
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
const NPM_SCOPE = /^@[a-z0-9-~][a-z0-9-._~]*$/;

export function isValidNpmName(name: string): boolean {
  const bare = name.slice(name.indexOf("/") + 1);
  return name.length <= 214 && PACKAGE_NAME.test(name) && !bare.startsWith("_") && !bare.startsWith(".") && !["node_modules", "favicon.ico"].includes(bare);
}

export function isValidNpmScope(scope: string): boolean {
  return scope.length <= 100 && NPM_SCOPE.test(scope);
}

/** The npm package: named after the schema's title, under `npmScope` when one is set. */
export const typescriptNaming: PackageNaming = {
  what: "npm package name",
  problem: (name) => (isValidNpmName(name) ? undefined : "is not a valid npm package name"),
  default: (model, options) => (options.npmScope ? `${options.npmScope}/` : "") + packageSlug(model.title),
};

/**
 * The TypeScript package's own choices. `u64`: how u64 and i64 values live in memory: `number` (the default; up to
 * 2^53−1, larger ones refused rather than rounded) or `bigint` (every value exact, as serde reads and writes it).
 */
export const typescriptSettings = [
  {
    key: "u64",
    values: ["number", "bigint"],
    description: "u64/i64 fields in the TypeScript package: number (exact up to 2^53-1, larger refused) or bigint (every value exact)",
  },
] as const satisfies readonly TargetSetting[];
