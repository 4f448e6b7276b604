// Differential fuzz of the Go port against serde: the TypeScript fuzz's mutators over the same seeds,
// each mutant through the Go driver, and every outcome (valid as written, rewritten to a canonical
// text, rejected) written as a conformance vector for the serde referee to judge. 0 disagreements.
// GO_FUZZ_CASES=200000 npx vitest run tests/go/fuzz.test.ts for a longer run.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, ROOT, tempDir } from "../helpers/paths.js";
import { serdeReferee } from "../helpers/rustRunners.js";
import { buildSeeds } from "../robustness/fuzzCore.js";
import { MUTATORS } from "../robustness/mutate.js";
import { Rng } from "../robustness/rng.js";
import type { DriverRequest } from "./driver.js";
import { buildGoDriver, hasGo, request, runDriver } from "./driver.js";

const CASES = Number(process.env.GO_FUZZ_CASES ?? 6000);
const SEED = Number(process.env.GO_FUZZ_SEED ?? 20261204);

describe.skipIf(!hasGo())("the Go port against serde, differential fuzz", () => {
  it(`${CASES} mutated messages: the Go driver and serde agree on every one`, () => {
    serdeReferee.build();
    const driver = buildGoDriver(join(GENERATED, "go"));
    const seeds = buildSeeds(ROOT, SEED, 4);
    const rng = new Rng(SEED);
    const pool = seeds.map((s) => s.text);
    const inputs: { type: string; bytes: Uint8Array }[] = seeds.map((s) => ({ type: s.type, bytes: Buffer.from(s.text, "utf8") }));
    for (let i = 0; i < CASES; i++) {
      const seed = rng.pick(seeds);
      let text = seed.text;
      // One to three mutations stacked, as the TypeScript fuzz does.
      let input: string | Uint8Array = text;
      for (let k = rng.int(1, 3); k > 0 && typeof input === "string"; k--) {
        input = rng.pick(MUTATORS).apply(text, rng, pool).input;
        if (typeof input === "string") text = input;
      }
      // A lone surrogate has no UTF-8 form: such a text cannot be sent as bytes unchanged.
      if (typeof input === "string" && !input.isWellFormed()) continue;
      inputs.push({ type: seed.type, bytes: typeof input === "string" ? Buffer.from(input, "utf8") : input });
    }
    const requests: DriverRequest[] = inputs.map((c) => request(c.type, c.bytes));
    const answers = runDriver(driver, requests);

    const dir = tempDir("claw-go-fuzz-");
    mkdirSync(join(dir, "cases"));
    const index: Record<"valid" | "noncanonical" | "invalid", { file: string; type: string; canonical?: string }[]> = { valid: [], noncanonical: [], invalid: [] };
    const ours = new Map<string, string>();
    answers.forEach((a, i) => {
      const file = `cases/${String(i).padStart(7, "0")}.json`;
      const { type, bytes } = inputs[i]!;
      writeFileSync(join(dir, file), bytes);
      if (!a.ok) {
        if (a.kind === "DriverError") throw new Error(`driver error on ${file}: ${a.error}`);
        index.invalid.push({ file, type });
        ours.set(file, `${a.kind}: ${a.error}`);
      } else if (Buffer.from(a.canonical, "utf8").equals(Buffer.from(bytes))) index.valid.push({ file, type });
      else index.noncanonical.push({ file, type, canonical: a.canonical });
    });
    writeFileSync(join(dir, "index.json"), JSON.stringify(index));
    const r = spawnSync(join(ROOT, "tests/serde-referee/target/debug/referee"), ["check", dir], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
    const fails = r.stdout
      .split("\n")
      .filter((l) => l.startsWith("FAIL "))
      .map((l) => {
        const file = /^FAIL (cases\/\d+\.json)/.exec(l)?.[1];
        return file && ours.has(file) ? `${l}\n    go: ${ours.get(file)}` : l;
      });
    // Every category is exercised, so agreement means something.
    expect(index.valid.length).toBeGreaterThan(100);
    expect(index.noncanonical.length).toBeGreaterThan(100);
    expect(index.invalid.length).toBeGreaterThan(1000);
    console.log(`go fuzz: ${inputs.length} cases (${index.valid.length} valid, ${index.noncanonical.length} noncanonical, ${index.invalid.length} invalid), ${fails.length} disagreements`);
    expect(fails).toEqual([]);
  }, 600_000);
});
