import type { DiffReport } from "../types.js";

/** The stable machine shape (see README "claw-codegen diff"); `formatVersion` changes only if it does. */
export function formatJson(report: DiffReport): string {
  // `protocol` only feeds the other formats' words: the peers already show in each finding's directions.
  const { old, new: next, summary, findings } = report;
  return `${JSON.stringify({ formatVersion: 1, old, new: next, summary, findings }, null, 2)}\n`;
}
