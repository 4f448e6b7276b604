import type { DiffReport, Finding } from "../types.js";
import { ROLE_PAIRS } from "../types.js";
import { GENERIC_ROLES, arrow, breaks, counts, plural, roles, versionLine, versionWarning } from "./words.js";

const NO_MESSAGE = "Not carried by any message";

/** A pull-request comment: the verdict, a summary table, then one collapsible section per message. */
export function formatMarkdown(report: DiffReport): string {
  const { summary } = report;
  const out: string[] = [`## claw-codegen diff: ${summary.breaking > 0 ? "❌ breaking" : summary.findings > 0 ? "✅ compatible" : "✅ no changes"}`, ""];
  const warning = versionWarning(report);
  if (warning) out.push("> [!CAUTION]", `> **${warning}**`, "");
  const version = versionLine(report);
  if (version) out.push(`> [!IMPORTANT]`, `> ${version}`, "");
  out.push(
    `\`${code(report.old.label)}\` (protocol ${report.old.protocolVersion}) → \`${code(report.new.label)}\` (protocol ${report.new.protocolVersion}): ${counts(report)}.`,
    "",
  );
  if (summary.findings === 0) return `${out.join("\n")}\n`;
  out.push("| layer | changes | breaking |", "| --- | ---: | ---: |");
  for (const layer of ["wire", "rules", "docs"] as const) out.push(`| ${layer} | ${summary.byLayer[layer].findings} | ${summary.byLayer[layer].breaking} |`);
  out.push("");
  if (summary.rollout) out.push(`**Rollout:** ${summary.rollout}`, "");
  const breaking = report.findings.filter((f) => f.breaking);
  if (breaking.length > 0) {
    out.push("| rule | where | line | breaks | rollout |", "| --- | --- | ---: | --- | --- |");
    for (const f of breaking) out.push(`| \`${f.rule}\` | \`${code(f.path)}\` | ${f.new.line} | ${cell(breaks(f).join("; "))} | ${cell(f.rollout ?? "")} |`);
    out.push("");
  }
  for (const [group, findings] of groups(report.findings)) {
    const broken = findings.filter((f) => f.breaking).length;
    const title = `${group === NO_MESSAGE ? group : `<code>${html(group)}</code>`}: ${plural(findings.length, "change")}${broken > 0 ? `, ${broken} breaking` : ""}`;
    out.push("<details>", `<summary>${broken > 0 ? "❌" : "✅"} ${title}</summary>`, "");
    for (const f of findings) out.push(...item(f));
    out.push("", "</details>", "");
  }
  return `${out.join("\n")}\n`;
}

/** Findings by the message variants that reach them; a change reached by several is listed under each. */
function groups(findings: readonly Finding[]): [string, Finding[]][] {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const key of f.reachedBy.length > 0 ? f.reachedBy : [NO_MESSAGE]) map.set(key, [...(map.get(key) ?? []), f]);
  }
  return [...map].sort(([a], [b]) => (a === NO_MESSAGE ? 1 : b === NO_MESSAGE ? -1 : a.localeCompare(b)));
}

function item(f: Finding): string[] {
  const out = [
    `- ${f.breaking ? "❌" : f.layer === "docs" ? "📝" : "✅"} **\`${f.rule}\`** \`${code(f.path)}\` (${f.layer}, line ${f.new.line}): ${f.message}`,
  ];
  if (f.layer !== "docs") {
    const verdicts =
      f.directions.length > 0
        ? f.directions.flatMap((d) => ROLE_PAIRS.map((r) => `${arrow(d.direction)}, ${roles(d, r)}: ${verdict(d[r])}`))
        : ROLE_PAIRS.map((r) => `${GENERIC_ROLES[r]}: ${verdict(f.verdicts[r])}`);
    out.push(...verdicts.map((v) => `  - ${v}`));
  }
  if (f.rollout) out.push(`  - rollout: ${f.rollout}`);
  if (f.source) out.push(`  - source: ${f.source}`);
  return out;
}

function verdict(j: { verdict: string; when?: string }): string {
  return j.verdict === "ok" ? "ok" : `**breaks**${j.when ? `: ${j.when}` : ""}`;
}

const code = (s: string) => s.replace(/`/g, "'");
const cell = (s: string) => s.replace(/\|/g, "\\|");
const html = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
