import { parseDirection } from "../../model/direction.js";
import type { Direction } from "../../model/types.js";
import { bothPeers, either } from "../protocol.js";
import type { DiffReport, DirectionVerdicts, Finding, Judged, RolePair } from "../types.js";
import { ROLE_PAIRS } from "../types.js";

/** "node → gateway" */
export function arrow(d: Direction): string {
  const { from, to } = parseDirection(d);
  return `${from} → ${to}`;
}

/** "new node reading an old gateway" */
export function roles(d: DirectionVerdicts, role: keyof RolePair<unknown>): string {
  return role === "oldReaderNewWriter" ? `old ${d.reader} reading a new ${d.writer}` : `new ${d.reader} reading an old ${d.writer}`;
}

export const GENERIC_ROLES: RolePair<string> = { oldReaderNewWriter: "old reader, new writer", newReaderOldWriter: "new reader, old writer" };

export function judged(j: Judged): string {
  return j.verdict === "ok" ? "ok" : `BREAKS${j.when ? `: ${j.when}` : ""}`;
}

/** The mixed-version pairs that break: "gateway → node: new node reading an old gateway". */
export function breaks(f: Finding): string[] {
  return f.directions.flatMap((d) => ROLE_PAIRS.filter((r) => d[r].verdict === "breaks").map((r) => `${arrow(d.direction)}: ${roles(d, r)}`));
}

/** The warning every format puts first, or nothing. */
export function versionWarning(report: DiffReport): string | undefined {
  const { summary } = report;
  if (!summary.breakingWithoutVersionChange) return undefined;
  const layers = (["wire", "rules"] as const)
    .filter((l) => summary.byLayer[l].breaking > 0)
    .map((l) => `${summary.byLayer[l].breaking} ${l}`)
    .join(", ");
  return (
    `BREAKING CHANGE WITHOUT A PROTOCOL VERSION CHANGE: ${plural(summary.breaking, "change")} (${layers}) ${verb(summary.breaking, "break")} mixed-version traffic, ` +
    `yet x-protocol-version stays ${report.new.protocolVersion}. ${capitalized(bothPeers(report.protocol, true))} must agree on the major version: ` +
    `bump it, or make the changes compatible.`
  );
}

/** The line every format puts first when the major version moved: where old and new refuse each other, if anywhere. */
export function versionLine(report: DiffReport): string | undefined {
  if (!report.summary.versionChanged) return undefined;
  const carriers = report.protocol.versionCarriers;
  const what =
    carriers.length > 0
      ? `old and new peers refuse each other at ${either(carriers)}.`
      : `no message carries it (no message variant has a protocol_version field), so old and new ${bothPeers(report.protocol, true)} cannot refuse each other: only the changes below say what breaks.`;
  return `protocol version ${report.old.protocolVersion} → ${report.new.protocolVersion}: ${what}`;
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "1 change breaks", "2 changes break" */
function verb(n: number, word: string): string {
  return n === 1 ? `${word}s` : word;
}

export function counts(report: DiffReport): string {
  const { summary } = report;
  const layers = (["wire", "rules", "docs"] as const).map((l) => {
    const c = summary.byLayer[l];
    return c.breaking > 0 ? `${l} ${c.findings} (${c.breaking} breaking)` : `${l} ${c.findings}`;
  });
  const source =
    summary.sourceBreaking > 0 ? `; ${summary.sourceBreaking} also ${verb(summary.sourceBreaking, "break")} code built on the generated package` : "";
  return `${plural(summary.findings, "change")}, ${summary.breaking} breaking: ${layers.join(", ")}${source}`;
}
