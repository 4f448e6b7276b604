import type { DiffReport, Finding, Layer } from "../types.js";
import { ROLE_PAIRS } from "../types.js";
import { GENERIC_ROLES, arrow, breaks, counts, judged, roles, versionLine, versionWarning } from "./words.js";

export interface TextOptions {
  color: boolean;
}

/** For people at a terminal: a one-screen summary, then every change by layer. */
export function formatText(report: DiffReport, { color }: TextOptions): string {
  const paint = (code: number) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const red = paint(31);
  const bold = paint(1);
  const dim = paint(2);
  const lines: string[] = [];
  const warning = versionWarning(report);
  if (warning) lines.push(red(bold(warning)), "");
  const version = versionLine(report);
  if (version) lines.push(bold(version), "");
  lines.push(`claw-codegen diff: ${report.old.label} (protocol ${report.old.protocolVersion}) → ${report.new.label} (protocol ${report.new.protocolVersion})`);
  if (report.findings.length === 0) {
    lines.push("no changes: the two schemas read and write the same messages");
    return `${lines.join("\n")}\n`;
  }
  lines.push(counts(report));
  if (report.summary.rollout) lines.push(`rollout: ${report.summary.rollout}`);
  const breaking = report.findings.filter((f) => f.breaking);
  // Columns wide enough for the schema's own peers (claw-proto's: 16 and 34).
  const ways = report.findings.flatMap((f) => f.directions);
  const widths = {
    arrow: Math.max(16, ...ways.map((d) => arrow(d.direction).length + 2)),
    roles: Math.max(34, ...ways.flatMap((d) => ROLE_PAIRS.map((r) => roles(d, r).length + 2))),
  };
  if (breaking.length > 0) {
    lines.push("", red("breaking:"));
    for (const f of breaking) lines.push(`  ${f.rule}  ${f.path}  ${report.new.file}:${f.new.line}  ${breaks(f).join("; ")}`);
  }
  for (const layer of ["wire", "rules", "docs"] as const satisfies readonly Layer[]) {
    const list = report.findings.filter((f) => f.layer === layer);
    if (list.length === 0) continue;
    lines.push("", bold(`${layer} changes:`));
    for (const f of list) lines.push(...(layer === "docs" ? [docLine(f)] : details(f, red, dim, widths)));
  }
  return `${lines.join("\n")}\n`;
}

function docLine(f: Finding): string {
  return `  ${f.rule} ${f.path}: ${f.message} (line ${f.new.line})`;
}

function details(f: Finding, red: (s: string) => string, dim: (s: string) => string, widths: { arrow: number; roles: number }): string[] {
  const out = [`  ${f.breaking ? red(f.rule) : f.rule} ${f.path}: ${f.message}`];
  out.push(dim(`    old #${f.old.pointer} (line ${f.old.line}), new #${f.new.pointer} (line ${f.new.line})`));
  if (f.reachedBy.length > 0) out.push(`    reached by ${f.reachedBy.join(", ")}`);
  else out.push(`    no message carries ${f.type}; for any other reader of it:`);
  const pad = (s: string, n: number) => s.padEnd(n);
  if (f.directions.length === 0) {
    for (const r of ROLE_PAIRS) out.push(`      ${pad(GENERIC_ROLES[r], 26)} ${judged(f.verdicts[r])}`);
  }
  for (const d of f.directions) {
    for (const r of ROLE_PAIRS) {
      const text = judged(d[r]);
      out.push(`    ${pad(arrow(d.direction), widths.arrow)} ${pad(roles(d, r), widths.roles)} ${d[r].verdict === "breaks" ? red(text) : text}`);
    }
  }
  if (f.rollout) out.push(`    rollout: ${f.rollout}`);
  if (f.source) out.push(`    source: ${f.source}`);
  return out;
}
