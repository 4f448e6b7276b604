import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.js";

export const VECTORS = join(ROOT, "schema/vectors");

interface Base {
  file: string;
  type: string;
  typescriptGap?: string;
  /** How the exported schema's verdict depends on reading `format` (README.md beside index.json). */
  formats?: "checked" | "shipped";
}
export type ValidVector = Base;
export interface NoncanonicalVector extends Base {
  canonical: string;
  note: string;
  schema: boolean;
}
export interface InvalidVector extends Base {
  reason: string;
  kind: string;
  pointer: string;
  schema: boolean;
}
export interface RulesInvalidVector extends Base {
  field: string;
}

export interface VectorIndex {
  valid: ValidVector[];
  noncanonical: NoncanonicalVector[];
  invalid: InvalidVector[];
  "rules-invalid": RulesInvalidVector[];
}

export const vectorIndex = JSON.parse(readFileSync(join(VECTORS, "index.json"), "utf8")) as VectorIndex;

/** A vector's bytes (some are deliberately not valid UTF-8). */
export function vectorBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(VECTORS, file)));
}
