// `npm run bench`: claw-proto's generated package against the baselines a user would pick instead.
// Prints the report and writes bench/results.json. It measures and records; it never fails on a
// figure. Options: --quick (a smaller corpus, fewer rounds, no 1,000-type schema: a smoke run),
// --only=parse,reject,serialize,bincode,cli,size (a subset).
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, platform, release, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { ajvValidators } from "./baselines/ajv.js";
import { fastJsonStringifiers } from "./baselines/fastJsonStringify.js";
import { makeCorpus, makeInvalidCorpus } from "./corpus.js";
import { sinkValue } from "./lib/measure.js";
import { printBincode, printCli, printHeader, printParse, printReject, printSerialize, printSize } from "./print.js";
import { runBincode } from "./sections/bincode.js";
import { runCli } from "./sections/cli.js";
import { runParse } from "./sections/parse.js";
import { runReject } from "./sections/reject.js";
import { runSerialize } from "./sections/serialize.js";
import { runSize } from "./sections/size.js";
import { TYPIA_MODULE, buildTypia } from "./typia/build.js";

const SCHEMA = fileURLToPath(new URL("../schema/claw-proto.schema.json", import.meta.url));
const PACKAGE = new URL("../generated/typescript/dist/esm/index.js", import.meta.url);
const RESULTS = fileURLToPath(new URL("./results.json", import.meta.url));
const SECTIONS = ["parse", "reject", "serialize", "bincode", "cli", "size"];
/** The goals, printed beside the figures (never asserted). */
const GOALS = { parse: 0.75, serialize: 1.0 };

function cpuModel() {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown CPU";
  } catch {
    return "unknown CPU";
  }
}

function parseArgs(argv) {
  const quick = argv.includes("--quick");
  const only =
    argv
      .find((a) => a.startsWith("--only="))
      ?.slice("--only=".length)
      .split(",") ?? SECTIONS;
  const unknown = only.filter((s) => !SECTIONS.includes(s));
  if (unknown.length) throw new Error(`unknown section ${unknown.join(", ")} (known: ${SECTIONS.join(", ")})`);
  return { quick, only };
}

async function main() {
  const { quick, only } = parseArgs(process.argv.slice(2));
  const loadAtStart = loadavg()[0];
  const log = (s) => process.stderr.write(`${s}\n`);
  log("bench: building typia's reference functions (cached) …");
  const typiaError = await buildTypia();
  if (typiaError) log(`bench: typia rows skipped: ${typiaError}`);
  const ctx = {
    quick,
    schemaPath: SCHEMA,
    pkg: await import(PACKAGE.href),
    typia: typiaError ? undefined : await import(TYPIA_MODULE),
    ajv: ajvValidators(SCHEMA),
    ajvAll: ajvValidators(SCHEMA, { allErrors: true }),
    fjs: fastJsonStringifiers(SCHEMA),
    corpus: makeCorpus({ size: quick ? 2_000 : 10_000 }),
    invalid: makeInvalidCorpus({ size: 1_000 }),
    options: quick ? { warmup: 2, rounds: 5, chunks: 10 } : { warmup: 3, rounds: 11, chunks: 20 },
  };
  const runners = { parse: runParse, reject: runReject, serialize: runSerialize, bincode: runBincode, cli: runCli, size: runSize };
  const sections = {};
  for (const name of only) {
    log(`bench: ${name} …`);
    const start = performance.now();
    sections[name] = await runners[name](ctx);
    log(`bench: ${name} took ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: {
      cpus: availableParallelism(),
      cpuModel: cpuModel(),
      memory: totalmem(),
      node: process.version,
      platform: `${platform()} ${release()}`,
      loadAtStart,
      loadAtEnd: loadavg()[0],
    },
    options: { quick, ...ctx.options, corpus: ctx.corpus.length, invalid: ctx.invalid.length },
    ...(typiaError ? { typiaSkipped: typiaError } : {}),
    goals: GOALS,
    sections,
  };
  // Formatted as the repository's prettier config wants, so `npm run lint` accepts the committed record.
  writeFileSync(RESULTS, await prettier.format(JSON.stringify(results), { ...(await prettier.resolveConfig(RESULTS)), parser: "json" }));
  const printers = {
    parse: (s) => printParse(s, GOALS),
    reject: printReject,
    serialize: (s) => printSerialize(s, GOALS),
    bincode: printBincode,
    cli: printCli,
    size: printSize,
  };
  const out = [printHeader(results), ...only.map((name) => printers[name](sections[name]))];
  if (typiaError) out.push(`Note: typia rows skipped: ${typiaError}`);
  process.stdout.write(`${out.join("\n\n")}\n`);
  log(`bench: wrote ${RESULTS} (checksum ${sinkValue()})`);
}

await main();
