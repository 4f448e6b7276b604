import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { InputError } from "../diagnostics.js";
import type { GenerateRequest, StageTiming } from "../pipeline.js";
import { check, generate } from "../pipeline.js";
import { TARGETS, findTarget } from "../targets/index.js";
import type { Target } from "../targets/types.js";
import { EXIT } from "./exitCodes.js";

const DEFAULT_SCHEMA = "schema/claw-proto.schema.json";
const DEFAULT_OUT = "generated";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

interface CommonOptions {
  schema: string;
  out: string;
  target: string[];
}

function request(options: CommonOptions): GenerateRequest {
  const targets: Target[] = [];
  for (const name of options.target) {
    const target = findTarget(name);
    if (!target) throw new UsageError(`unknown target "${name}" (known: ${TARGETS.map((t) => t.name).join(", ")})`);
    if (!targets.includes(target)) targets.push(target);
  }
  return { schema: options.schema, out: options.out, targets };
}

class UsageError extends Error {}

function formatTimings(timings: StageTiming[]): string {
  return timings.map((t) => `${t.stage} ${t.ms < 10 ? t.ms.toFixed(1) : Math.round(t.ms)} ms`).join(", ");
}

function addCommonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("-s, --schema <file>", "the JSON Schema to read").default(DEFAULT_SCHEMA))
    .addOption(new Option("-o, --out <dir>", "output folder; each target writes <dir>/<target>/").default(DEFAULT_OUT))
    .addOption(new Option("-t, --target <name...>", "targets to produce").choices(TARGETS.map((t) => t.name)).default(["typescript"]));
}

export function buildProgram(out: (s: string) => void, err: (s: string) => void): Command {
  const program = new Command("claw-codegen")
    .description("Generate serde-exact protocol packages from the claw-proto JSON Schema, and keep them in sync.")
    .version(version(), "-v, --version", "print the version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: out, writeErr: err })
    .exitOverride();
  program.addHelpText(
    "after",
    `
Exit codes:
  0  success
  1  check: the output differs from what the schema produces (run claw-codegen generate)
  2  bad input: invalid schema or command line (the first line names file:line:column and JSON pointer)
  3  internal or I/O failure; nothing was half-written`,
  );

  addCommonOptions(program.command("generate"))
    .description("read the schema and write each target's package to <out>/<target>/ (atomically: all or nothing)")
    .action(async (options: CommonOptions) => {
      const timings: StageTiming[] = [];
      const req = request(options);
      const start = performance.now();
      const outputs = await generate(req, timings);
      for (const o of outputs) {
        const mine = timings.filter((t) => !t.stage.includes(" ") || t.stage.endsWith(` ${o.target}`));
        out(`${o.target}: wrote ${o.files.length} files to ${o.dir} in ${Math.round(performance.now() - start)} ms (${formatTimings(mine)})\n`);
      }
    });

  addCommonOptions(program.command("check"))
    .description("exit 0 if <out>/<target>/ is byte-identical to what generate would write, 1 (with a diff) if not")
    .action(async (options: CommonOptions) => {
      const timings: StageTiming[] = [];
      const { outputs, drift } = await check(request(options), timings);
      if (drift.length === 0) {
        out(`check: ${outputs.map((o) => `${o.dir} (${o.files.length} files)`).join(", ")} up to date (${formatTimings(timings)})\n`);
        return;
      }
      err(`check: ${drift.length} file(s) differ from what ${options.schema} produces; run \`claw-codegen generate\` and commit the result\n`);
      for (const d of drift) {
        if (d.kind === "changed") err(`changed: ${d.path}\n${d.patch}\n`);
        else if (d.kind === "missing") err(`missing: ${d.path}\n`);
        else err(`extra:   ${d.path} (not produced by the schema)\n`);
      }
      process.exitCode = EXIT.drift;
    });

  return program;
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  const err = (s: string) => process.stderr.write(s);
  const program = buildProgram(out, err);
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help" ? EXIT.ok : EXIT.badInput;
    }
    if (e instanceof InputError) {
      err(`${e.message}\n`);
      return EXIT.badInput;
    }
    if (e instanceof UsageError) {
      err(`error: ${e.message}\n`);
      return EXIT.badInput;
    }
    err(`claw-codegen: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}
