// Differential fuzz of the Go port against serde: the TypeScript fuzz's mutators over the same seeds,
// each mutant through the Go driver, and every outcome (valid as written, rewritten to a canonical
// text, rejected) written as a conformance vector for the serde referee to judge. 0 disagreements.
// GO_FUZZ_CASES=200000 npx vitest run tests/go/fuzz.test.ts for a longer run.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GENERATED, ROOT, tempDir } from "../helpers/paths.js";
import { serdeReferee } from "../helpers/rustRunners.js";
import { buildSeeds } from "../robustness/fuzzCore.js";
import { MUTATORS } from "../robustness/mutate.js";
import { Rng } from "../robustness/rng.js";
import type { DriverRequest } from "./driver.js";
import { buildGoDriver, hasGo, request, runDriver } from "./driver.js";

// Small by default: tests/ports runs the Go driver through 120,000 mutated vectors against serde's driver too;
// this one adds the TypeScript fuzz's generated spellings as seeds and the referee's vector judges.
const CASES = Number(process.env.GO_FUZZ_CASES ?? 3000);
const SEED = Number(process.env.GO_FUZZ_SEED ?? 20261204);

interface Input {
  type: string;
  bytes: Uint8Array;
}

/** Stack one to three mutations on random seeds, as the TypeScript fuzz does. */
function mutants(seeds: readonly { type: string; text: string }[], cases: number, seed: number): Input[] {
  const rng = new Rng(seed);
  const pool = seeds.map((s) => s.text);
  const out: Input[] = seeds.map((s) => ({ type: s.type, bytes: Buffer.from(s.text, "utf8") }));
  for (let i = 0; i < cases; i++) {
    const base = rng.pick(seeds);
    let text = base.text;
    let input: string | Uint8Array = text;
    for (let k = rng.int(1, 3); k > 0 && typeof input === "string"; k--) {
      input = rng.pick(MUTATORS).apply(text, rng, pool).input;
      if (typeof input === "string") text = input;
    }
    // A lone surrogate has no UTF-8 form: such a text cannot be sent as bytes unchanged.
    if (typeof input === "string" && !input.isWellFormed()) continue;
    out.push({ type: base.type, bytes: typeof input === "string" ? Buffer.from(input, "utf8") : input });
  }
  return out;
}

/** The valid and noncanonical texts of a vectors folder, as seeds. */
function vectorSeeds(dir: string): { type: string; text: string }[] {
  const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as Record<string, { file: string; type: string }[]>;
  return [...index.valid!, ...index.noncanonical!]
    .map((e) => ({ type: e.type, bytes: readFileSync(join(dir, e.file)) }))
    .map((e) => ({ type: e.type, text: new TextDecoder().decode(e.bytes), bytes: e.bytes }))
    .filter((e) => Buffer.from(e.text, "utf8").equals(e.bytes))
    .map(({ type, text }) => ({ type, text }));
}

/**
 * Every input through the Go driver, every outcome written as a vector (valid as written, rewritten,
 * rejected), and the referee's `command` judges them: its FAIL lines, with what Go said.
 */
function judge(moduleDir: string, inputs: readonly Input[], command: string): { fails: string[]; counts: Record<string, number> } {
  const driver = buildGoDriver(moduleDir);
  const requests: DriverRequest[] = inputs.map((c) => request(c.type, c.bytes));
  const answers = runDriver(driver, requests);
  const dir = tempDir("claw-go-fuzz-");
  mkdirSync(join(dir, "cases"));
  const index: Record<"valid" | "noncanonical" | "invalid", { file: string; type: string; canonical?: string }[]> = {
    valid: [],
    noncanonical: [],
    invalid: [],
  };
  const ours = new Map<string, string>();
  answers.forEach((a, i) => {
    const file = `cases/${String(i).padStart(7, "0")}.json`;
    const { type, bytes } = inputs[i]!;
    writeFileSync(join(dir, file), bytes);
    if (!a.ok) {
      if (["BadRequest", "UnknownType", "Crash"].includes(a.kind)) throw new Error(`driver answered ${a.kind} on ${file}: ${a.error}`);
      index.invalid.push({ file, type });
      ours.set(file, `${a.kind}: ${a.error}`);
    } else if (Buffer.from(a.canonical, "utf8").equals(Buffer.from(bytes))) index.valid.push({ file, type });
    else index.noncanonical.push({ file, type, canonical: a.canonical });
  });
  writeFileSync(join(dir, "index.json"), JSON.stringify({ ...index, "rules-invalid": [] }));
  const r = spawnSync(join(ROOT, "tests/serde-referee/target/debug/referee"), [command, dir], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`referee ${command} failed (${r.status}): ${r.stderr}`);
  const fails = r.stdout
    .split("\n")
    .filter((l) => l.startsWith("FAIL "))
    .map((l) => {
      const file = /^FAIL (cases\/\d+\.json)/.exec(l)?.[1];
      return file && ours.has(file) ? `${l}\n    go: ${ours.get(file)}` : l;
    });
  const counts = { valid: index.valid.length, noncanonical: index.noncanonical.length, invalid: index.invalid.length };
  console.log(
    `go fuzz (${command}): ${inputs.length} cases (${counts.valid} valid, ${counts.noncanonical} noncanonical, ${counts.invalid} invalid), ${fails.length} disagreements`,
  );
  return { fails, counts };
}

describe.skipIf(!hasGo() && !process.env.CI)("the Go ports against serde, differential fuzz", () => {
  beforeAll(() => serdeReferee.build(), 600_000);

  it(`the canonical schema: ${CASES} mutated messages, the Go driver and serde agree on every one`, () => {
    const seeds = buildSeeds(ROOT, SEED, 4);
    const { fails, counts } = judge(join(GENERATED, "go"), mutants(seeds, CASES, SEED), "check");
    // Every category is exercised, so agreement means something.
    expect(counts.valid).toBeGreaterThan(100);
    expect(counts.noncanonical).toBeGreaterThan(100);
    expect(counts.invalid).toBeGreaterThan(1000);
    expect(fails).toEqual([]);
  }, 600_000);

  it(`the representations fixture: ${CASES >> 1} mutated messages (buffered content, tags anywhere, untagged, floats)`, () => {
    const fixture = join(ROOT, "tests/fixtures/representations");
    const { fails, counts } = judge(join(fixture, "generated/go"), mutants(vectorSeeds(join(fixture, "vectors")), CASES >> 1, SEED + 1), "fixture-vectors");
    expect(counts.valid + counts.noncanonical).toBeGreaterThan(200);
    expect(fails).toEqual([]);
  }, 600_000);

  it(`the telemetry fixture: ${CASES >> 2} mutated messages`, () => {
    const fixture = join(ROOT, "tests/fixtures/telemetry");
    const { fails, counts } = judge(join(fixture, "generated/go"), mutants(vectorSeeds(join(fixture, "vectors")), CASES >> 2, SEED + 2), "telemetry-vectors");
    expect(counts.valid + counts.noncanonical).toBeGreaterThan(100);
    expect(fails).toEqual([]);
  }, 600_000);
});
