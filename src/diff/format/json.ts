import type { DiffReport } from "../types.js";

/** The stable machine shape (see README "claw-codegen diff"); `formatVersion` changes only if it does. */
export function formatJson(report: DiffReport): string {
  return `${JSON.stringify({ formatVersion: 1, ...report }, null, 2)}\n`;
}
