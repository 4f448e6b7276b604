import type { DiffReport, Finding } from "../types.js";
import { breaks, versionWarning } from "./words.js";

/** A workflow command's message, and one of its properties (file, title), escaped as GitHub reads them. */
export const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions workflow commands: an annotation on the new schema's line for every change. */
export function formatGithub(report: DiffReport): string {
  const file = escapeProperty(report.new.file);
  const line = (level: string, at: number, title: string, message: string) =>
    `::${level} file=${file},line=${at},title=${escapeProperty(title)}::${escapeData(message)}`;
  const out: string[] = [];
  const warning = versionWarning(report);
  if (warning) out.push(line("error", report.new.protocolVersionAt.line, "protocol version unchanged", warning));
  for (const f of report.findings) out.push(line(f.breaking ? "error" : "notice", f.new.line, `${f.rule} ${f.path}`, message(f)));
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}

function message(f: Finding): string {
  const parts = [f.message];
  if (f.breaking) parts.push(`breaks: ${breaks(f).join("; ")}`);
  if (f.rollout) parts.push(`rollout: ${f.rollout}`);
  return parts.join(" — ");
}
