import type { DiffReport } from "../types.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatText } from "./text.js";

export const FORMATS = ["text", "json", "markdown", "github"] as const;
export type Format = (typeof FORMATS)[number];

export function formatReport(report: DiffReport, format: Format, options: { color: boolean } = { color: false }): string {
  switch (format) {
    case "text":
      return formatText(report, options);
    case "json":
      return formatJson(report);
    case "markdown":
      return formatMarkdown(report);
    case "github":
      return formatGithub(report);
  }
}
