import { Option } from "commander";
import type { Command } from "commander";
import { diffModels } from "../diff/engine.js";
import { FORMATS, formatReport } from "../diff/format/index.js";
import type { Format } from "../diff/format/index.js";
import { counts, versionWarning } from "../diff/format/words.js";
import { loadSide, parseSideSpec } from "../diff/loadSide.js";
import type { DiffReport } from "../diff/types.js";
import { EXIT } from "./exitCodes.js";
import { findConfig } from "./config.js";
import { TARGETS } from "../targets/index.js";

const DEFAULT_SCHEMA = "schema/claw-proto.schema.json";
const FAIL_ON = ["breaking", "any", "none"] as const;
type FailOn = (typeof FAIL_ON)[number];

/** `diff`: exit 1 when something breaks (tunable with --fail-on); bad input exits 2 through main's InputError handling. */
export const DIFF_EXIT = { ok: EXIT.ok, breaking: 1, badInput: EXIT.badInput } as const;

interface DiffOptions {
  format: Format;
  failOn: FailOn;
  config?: string;
}

export function registerDiff(program: Command, out: (s: string) => void, err: (s: string) => void): void {
  program
    .command("diff")
    .description("compare two schemas' models: what changed on the wire, and can old and new peers (the two x-messages names) still talk")
    .argument("<old>", "a schema file, git:<rev> (the same schema path at that revision) or git:<rev>:<path>")
    .argument("<new>", "a schema file, git:<rev> or git:<rev>:<path>")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("text"))
    .addOption(new Option("--fail-on <what>", "exit 1 on: a breaking change, any change, or never").choices(FAIL_ON).default("breaking"))
    .addOption(
      new Option(
        "-c, --config <file>",
        `settings file whose "schema" a bare git:<rev> reads (default: ./claw-codegen.config.json, or the "claw-codegen" key of ./package.json)`,
      ),
    )
    .addHelpText(
      "after",
      `
A bare git:<rev> reads the other side's file at that revision (or the config's "schema", or ${DEFAULT_SCHEMA}), e.g.
  claw-codegen diff git:origin/main ${DEFAULT_SCHEMA} --format markdown

Exit codes:
  0  nothing breaks (or --fail-on none)
  1  a change breaks old/new traffic in some direction (with --fail-on any: any change at all)
  2  bad input: unreadable file, bad git revision, invalid schema (the first line says where)`,
    )
    .action((oldArg: string, newArg: string, options: DiffOptions) => {
      const schema = findConfig(process.cwd(), TARGETS, options.config)?.schema ?? DEFAULT_SCHEMA;
      const oldSide = loadSide(oldArg, pathOf(newArg, schema));
      const newSide = loadSide(newArg, pathOf(oldArg, schema));
      const report = diffModels(oldSide, newSide);
      out(formatReport(report, options.format, { color: options.format === "text" && process.stdout.isTTY === true && !process.env["NO_COLOR"] }));
      // Machine formats usually go to a file or a bot: keep the verdict visible in the CI log.
      const warning = versionWarning(report);
      if (options.format !== "text") err(`${warning ? `${warning}\n` : ""}claw-codegen diff: ${counts(report)}\n`);
      if (fails(report, options.failOn)) process.exitCode = DIFF_EXIT.breaking;
    });
}

/** The schema path the other side names, for a bare `git:<rev>`; `schema` when it names none either. */
function pathOf(arg: string, schema: string): string {
  const spec = parseSideSpec(arg);
  return spec.kind === "file" ? spec.path : (spec.path ?? schema);
}

function fails(report: DiffReport, failOn: FailOn): boolean {
  if (failOn === "none") return false;
  return failOn === "any" ? report.summary.findings > 0 : report.summary.breaking > 0;
}
