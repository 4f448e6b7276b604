// A fixed-seed fuzz run over every type: ≥ 100,000 mutated messages. `npm run fuzz -- --cases N` runs longer.
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";
import { MODEL } from "./codec.js";
import { buildSeeds, fuzz } from "./fuzzCore.js";

const SEED = 8;
const CASES = Number(process.env["FUZZ_CASES"] ?? 100_000);

describe("fuzz", () => {
  it(`${CASES} mutated messages: a value that round-trips or a ProtoError, never a crash; must-reject cases rejected`, { timeout: 120_000 }, () => {
    const seeds = buildSeeds(ROOT, SEED, 12);
    expect(new Set(seeds.map((s) => s.type))).toEqual(new Set(MODEL.decls.map((d) => d.name)));
    const stats = fuzz({ seeds, cases: CASES, seed: SEED });
    console.log(
      `fuzz: ${stats.cases} cases (${stats.accepted} accepted, ${stats.rejected} rejected, ${stats.mustReject} must-reject) from ${seeds.length} seeds in ${Math.round(stats.ms)} ms`,
    );
    expect(stats.failures).toEqual([]);
    expect(stats.cases).toBe(CASES);
    // Both outcomes are exercised, so neither "reject everything" nor "accept everything" would pass.
    expect(stats.accepted).toBeGreaterThan(CASES / 50);
    expect(stats.rejected).toBeGreaterThan(CASES / 2);
  });
});
