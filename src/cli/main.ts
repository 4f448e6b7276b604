import { readFileSync } from "node:fs";
import { escapeData, escapeProperty } from "../diff/format/github.js";
import { formatDrift } from "../drift.js";
import { Command, CommanderError, Option } from "commander";
import { InputError } from "../diagnostics.js";
import type { GenerateRequest, StageTiming } from "../pipeline.js";
import { check, generate } from "../pipeline.js";
import { TARGETS, TARGET_NAMES, loadTargets, targetEntry, targetSettings } from "../targets/index.js";
import { isValidNpmScope } from "../targets/typescript/naming.js";
import { templatesDir } from "../targets/templatesDir.js";
import { findConfig, isValidVersion, mergeSettings } from "./config.js";
import { cacheDir, openCache } from "../cache/renderCache.js";
import { registerDiff } from "./diffCommand.js";
import { LockTimeoutError } from "../write/lock.js";
import { PathError } from "../write/noFollow.js";
import { EXIT } from "./exitCodes.js";
import { watchAndRun } from "./watch.js";

const DEFAULT_SCHEMA = "schema/claw-proto.schema.json";
const DEFAULT_OUT = "generated";
const DEFAULT_TARGETS = ["typescript", "rust"];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

interface CommonOptions {
  schema: string;
  out: string;
  target: string[];
  packageName?: string[];
  npmScope?: string;
  packageVersion?: string;
  config?: string;
  cache: boolean;
  /** Targets' own settings (`--u64 bigint`), by key; commander checks each value against the setting's choices. */
  [setting: string]: unknown;
}

/** Flags given on the command line win over the config file (or package.json key), which wins over the defaults. */
async function request(options: CommonOptions, cmd: Command): Promise<GenerateRequest> {
  const packageNames = packageNameFlags(options.packageName ?? []);
  if (options.npmScope !== undefined && !isValidNpmScope(options.npmScope)) {
    throw new UsageError(`--npm-scope "${options.npmScope}" is not an npm scope ("@name")`);
  }
  if (options.packageVersion !== undefined && !isValidVersion(options.packageVersion)) {
    throw new UsageError(`--package-version "${options.packageVersion}" is not a semantic version (1.2.3)`);
  }
  const given = (key: string) => cmd.getOptionValueSource(key) === "cli";
  const settings = mergeSettings({ schema: DEFAULT_SCHEMA, out: DEFAULT_OUT, targets: DEFAULT_TARGETS }, findConfig(process.cwd(), TARGETS, options.config), {
    schema: given("schema") ? options.schema : undefined,
    out: given("out") ? options.out : undefined,
    targets: given("target") ? options.target : undefined,
    packageNames,
    npmScope: options.npmScope,
    packageVersion: options.packageVersion,
    targetSettings: settingFlags(options),
  });
  const cache = options.cache ? cacheDir() : undefined;
  const targets = await loadTargets(settings.targets);
  if (!targets) {
    const unknown = settings.targets.find((n) => !TARGET_NAMES.includes(n));
    throw new UsageError(`unknown target "${unknown}" (known: ${TARGET_NAMES.join(", ")})`);
  }
  return {
    schema: settings.schema,
    out: settings.out,
    targets,
    ...(settings.packageNames !== undefined ? { packageNames: settings.packageNames } : {}),
    ...(settings.npmScope !== undefined ? { npmScope: settings.npmScope } : {}),
    ...(settings.packageVersion !== undefined ? { packageVersion: settings.packageVersion } : {}),
    ...(settings.targetSettings !== undefined ? { targetSettings: settings.targetSettings } : {}),
    ...(cache !== undefined ? { cache: openCache(cache) } : {}),
  };
}

/** The targets' own settings given as flags (`--u64 bigint`), by target then key. */
function settingFlags(options: CommonOptions): Record<string, Record<string, string>> {
  const flags: Record<string, Record<string, string>> = {};
  for (const { target, setting } of targetSettings()) {
    const value = options[setting.key];
    if (typeof value === "string") (flags[target] ??= {})[setting.key] = value;
  }
  return flags;
}

/** `--package-name [target=]name`, repeatable: a bare name is the TypeScript package's, as it always was. */
function packageNameFlags(values: readonly string[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf("=");
    const entry = eq > 0 ? targetEntry(value.slice(0, eq)) : undefined;
    if (eq > 0 && entry === undefined)
      throw new UsageError(`--package-name "${value}": unknown target "${value.slice(0, eq)}" (known: ${TARGET_NAMES.join(", ")})`);
    const target = entry ?? targetEntry("typescript")!;
    const name = entry ? value.slice(eq + 1) : value;
    const problem = target.naming.problem(name);
    if (problem !== undefined) throw new UsageError(`--package-name "${name}" ${problem} (the ${target.name} target's ${target.naming.what})`);
    names[target.name] = name;
  }
  return names;
}

class UsageError extends Error {}

function formatTimings(timings: StageTiming[]): string {
  return timings.map((t) => `${t.stage} ${t.ms < 10 ? t.ms.toFixed(1) : Math.round(t.ms)} ms`).join(", ");
}

function addCommonOptions(cmd: Command): Command {
  cmd
    .addOption(new Option("-s, --schema <file>", "the JSON Schema to read").default(DEFAULT_SCHEMA))
    .addOption(new Option("-o, --out <dir>", "output folder; each target writes <dir>/<target>/").default(DEFAULT_OUT))
    .addOption(new Option("-t, --target <name...>", "targets to produce").choices(TARGET_NAMES).default(DEFAULT_TARGETS))
    .addOption(
      new Option(
        "--package-name <[target=]name>",
        "a target's package name, e.g. rust=claw_types; a bare name is the npm package's (default: each from the schema's title; repeatable)",
      ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]),
    )
    .addOption(new Option("--npm-scope <@scope>", "npm scope of the default package name: @scope/<the schema's title>"))
    .addOption(new Option("--package-version <semver>", "version of every package (default: <x-protocol-version>.0.0)"));
  // Each target's own settings, declared beside its naming (e.g. the TypeScript target's --u64).
  for (const { setting } of targetSettings()) {
    cmd.addOption(
      new Option(`--${setting.key} <${setting.values.join("|")}>`, `${setting.description} (default: ${setting.values[0]})`).choices(setting.values),
    );
  }
  return cmd
    .addOption(
      new Option(
        "--no-cache",
        "render every target afresh instead of reusing output cached by content hash (cache: $CLAW_CODEGEN_CACHE, else ~/.cache/claw-codegen; CLAW_CODEGEN_CACHE=off disables it)",
      ),
    )
    .addOption(
      new Option("-c, --config <file>", `settings file (default: ./claw-codegen.config.json, or the "claw-codegen" key of ./package.json); flags override it`),
    );
}

export function buildProgram(out: (s: string) => void, err: (s: string) => void): Command {
  const program = new Command("claw-codegen")
    .description(
      "Generate serde-exact protocol packages (TypeScript, Rust, Go, Python, and the schema for other tools) from a protocol's JSON Schema, and keep them in sync.",
    )
    .version(version(), "-v, --version", "print the version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: out, writeErr: err })
    .exitOverride();
  program.addHelpText(
    "after",
    `
Exit codes:
  0  success
  1  check: the output differs from what the schema produces, or a killed generate left it
     half-written (run claw-codegen generate; check itself changes nothing);
     diff: a change breaks old/new compatibility in some direction
  2  bad input: invalid schema or command line (the first line names file:line:column and JSON pointer),
     or a path claw-codegen will not use (a symbolic link in <out>/<target>, a schema that is not a file)
  3  internal or I/O failure; nothing was half-written`,
  );

  addCommonOptions(program.command("generate"))
    .description("read the schema and write each target's package to <out>/<target>/ (atomically: all or nothing)")
    .option("-w, --watch", "regenerate whenever the schema or a template changes; errors are printed and watching goes on (Ctrl-C stops)")
    .option("--force", "delete files in <out>/<target>/ that claw-codegen did not write (refused otherwise, exit 2)")
    .action(async (options: CommonOptions & { watch?: boolean; force?: boolean }, cmd: Command) => {
      const req = { ...(await request(options, cmd)), force: options.force === true };
      const once = async () => {
        const timings: StageTiming[] = [];
        const start = performance.now();
        const outputs = await generate(req, timings);
        for (const o of outputs) {
          const mine = timings.filter((t) => !t.stage.includes(" ") || t.stage.endsWith(` ${o.target}`));
          const kept = o.unchanged ? ` (${o.unchanged} unchanged, kept as they were)` : "";
          out(`${o.target}: ${o.files.length} files in ${o.dir}${kept}, in ${Math.round(performance.now() - start)} ms (${formatTimings(mine)})\n`);
        }
      };
      if (!options.watch) return once();
      const dirs = req.targets.map((t) => templatesDir(t.name));
      await watchAndRun({
        files: [req.schema],
        dirs,
        run: once,
        onReady: () => out(`watching ${req.schema} and ${dirs.join(", ")} (Ctrl-C to stop)\n`),
        onError: (e) =>
          err(
            e instanceof InputError || e instanceof PathError
              ? `${e.message}\n`
              : `claw-codegen: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
          ),
      });
    });

  addCommonOptions(program.command("check"))
    .description("exit 0 if <out>/<target>/ is byte-identical to what generate would write, 1 (with a diff) if not")
    .option("--stat", "on a difference, list the files (one line each) without their patches")
    .action(async (options: CommonOptions & { stat?: boolean }, cmd: Command) => {
      const timings: StageTiming[] = [];
      const req = await request(options, cmd);
      const { outputs, drift, schemaChanges, interrupted, generatorChanged } = await check(req, timings);
      for (const i of interrupted) {
        const missing = i.absent ? ", which is missing until the next generate puts its previous tree back" : "";
        err(
          `check: a generate was killed while writing ${i.dir}${missing} (it left ${i.leftovers.join(", ")}); run \`claw-codegen generate\` (check changes nothing)\n`,
        );
      }
      if (interrupted.length > 0) process.exitCode = EXIT.drift;
      if (drift.length === 0 && interrupted.length > 0) return;
      if (drift.length === 0) {
        out(`check: ${outputs.map((o) => `${o.dir} (${o.files.length} files)`).join(", ")} up to date (${formatTimings(timings)})\n`);
        return;
      }
      err(`check: ${drift.length} file(s) differ from what ${req.schema} produces; run \`claw-codegen generate\` and commit the result\n`);
      if (schemaChanges.length === 0 && generatorChanged.length > 0) {
        err(
          `the schema's model is unchanged since ${generatorChanged.join(", ")} was generated: the generator made the difference (another claw-codegen version, or its templates)\n`,
        );
      }
      if (schemaChanges.length > 0) {
        err(`the schema changed since the output was generated (${schemaChanges.length} change(s)):\n`);
        for (const f of schemaChanges) err(`  ${f.path}: ${f.message}${f.breaking ? " — breaks old/new compatibility" : ""} [${f.rule}]\n`);
      }
      for (const line of formatDrift(drift, { stat: options.stat === true })) err(`${line}\n`);
      process.exitCode = EXIT.drift;
    });

  program
    .command("targets")
    .description("list the targets: what each writes, how it names its package, what it can say on the wire")
    .action(async () => {
      for (const t of (await loadTargets(TARGET_NAMES))!) {
        const c = t.capabilities;
        out(`${t.name}: ${t.summary}\n`);
        out(`  package: ${t.naming.what} (--package-name ${t.name}=<name>; default from the schema's title)\n`);
        out(
          `  codec: ${c.codec ? "yes" : "no"}; u64/i64: ${c.int64 === "exact" ? "exact" : "up to 2^53-1"}; bincode: ${c.bincode ? "yes" : "no"}; rule layer: ${c.rules ? "yes" : "no"}\n`,
        );
        for (const { setting } of targetSettings().filter((s) => s.target === t.name))
          out(`  --${setting.key} ${setting.values.join("|")}: ${setting.description}\n`);
      }
    });

  registerDiff(program, out, err);

  return program;
}

/** The machine format a `diff` command line asks for (json or github), if any. */
function machineFormat(argv: readonly string[]): "json" | "github" | undefined {
  if (argv[0] !== "diff") return undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === "-f" || a === "--format" ? argv[i + 1] : a.startsWith("--format=") ? a.slice("--format=".length) : undefined;
    if (value === "json" || value === "github") return value;
  }
  return undefined;
}

/** Bad input as a JSON object (`{"error": {...}}`) or GitHub `::error` annotations, one per problem. */
function formatInputError(e: InputError | PathError, format: "json" | "github"): string {
  const problems =
    e instanceof InputError
      ? e.diagnostics.map((d) => ({ code: d.code, message: d.message, file: d.file, line: d.line, column: d.column, pointer: d.pointer }))
      : [{ code: "bad-path", message: e.reason, file: e.path, line: 0, column: 0, pointer: "" }];
  if (format === "json") return `${JSON.stringify({ error: { exitCode: EXIT.badInput, problems } }, null, 2)}\n`;
  return problems
    .map(
      (p) =>
        `::error file=${escapeProperty(p.file)}${p.line > 0 ? `,line=${p.line},col=${p.column}` : ""},title=${escapeProperty(p.code)}::${escapeData(p.message)}\n`,
    )
    .join("");
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  const err = (s: string) => process.stderr.write(s);
  const program = buildProgram(out, err);
  // Bare `claw-codegen` asked for nothing wrong: its help goes to stdout, as --help's does.
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.ok;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help" ? EXIT.ok : EXIT.badInput;
    }
    if (e instanceof InputError || e instanceof PathError) {
      err(`${e.message}\n`);
      // A bot reading `diff --format json|github` gets the error in its own format too.
      const machine = machineFormat(argv);
      if (machine) out(formatInputError(e, machine));
      return EXIT.badInput;
    }
    if (e instanceof LockTimeoutError) {
      err(`claw-codegen: ${e.message}\n`);
      return EXIT.internal;
    }
    if (e instanceof UsageError) {
      err(`error: ${e.message}\n`);
      return EXIT.badInput;
    }
    err(`claw-codegen: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}
