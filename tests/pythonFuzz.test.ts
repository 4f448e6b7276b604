// Differential fuzzing of the Python port against serde: mutated messages (tests/robustness: the vectors and
// generated spellings as seeds, the same mutators) go through the Python driver in one process; each is written
// as a conformance vector labelled with what Python did (valid: written back as is; noncanonical: written back
// as `canonical`; invalid: rejected), and the serde referee (tests/serde-referee `check`) judges every one.
// CLAW_PY_FUZZ_CASES sets the number of cases (default 40,000; the README reports longer runs).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { serdeReferee } from "./helpers/rustRunners.js";
import { GENERATED, ROOT, tempDir } from "./helpers/paths.js";
import { pythonAvailable, requestFor, runPythonDriver } from "./helpers/python.js";
import { buildSeeds, fuzz } from "./robustness/fuzzCore.js";

const CASES = Number(process.env.CLAW_PY_FUZZ_CASES ?? 40_000);
const SEED = Number(process.env.CLAW_PY_FUZZ_SEED ?? 0x9e3779b9);

interface Entry {
  file: string;
  type: string;
  canonical?: string;
}

/** Fuzz the Python driver of `packageDir`; returns the referee's FAIL lines and the counts. */
function differential(cases: number, seed: number, dir: string, corrupt = false): { fails: string[]; counts: Record<string, number> } {
  const inputs: { type: string; bytes: Uint8Array }[] = [];
  const seeds = buildSeeds(ROOT, seed, 6);
  const keep = (type: string, input: string | Uint8Array) => {
    // A string holding a lone surrogate has no UTF-8 form: serde cannot be given it.
    if (typeof input === "string" && !input.isWellFormed()) return;
    inputs.push({ type, bytes: typeof input === "string" ? Buffer.from(input, "utf8") : input });
  };
  for (const s of seeds) keep(s.type, s.text);
  fuzz({ seeds, cases, seed, onCase: (c) => keep(c.type, c.input) });
  const replies = runPythonDriver(
    join(GENERATED, "python"),
    "claw_proto",
    inputs.map((i) => requestFor(i.type, i.bytes)),
  );
  mkdirSync(join(dir, "cases"), { recursive: true });
  const groups: Record<"valid" | "noncanonical" | "invalid", Entry[]> = { valid: [], noncanonical: [], invalid: [] };
  inputs.forEach(({ type, bytes }, n) => {
    const file = `cases/${String(n).padStart(7, "0")}.json`;
    writeFileSync(join(dir, file), bytes);
    const r = replies[n]!;
    let canonical = r.ok ? r.canonical : undefined;
    if (corrupt && n === 0 && canonical !== undefined) canonical += " ";
    if (canonical === undefined) groups.invalid.push({ file, type });
    else if (Buffer.from(canonical, "utf8").equals(Buffer.from(bytes))) groups.valid.push({ file, type });
    else groups.noncanonical.push({ file, type, canonical });
  });
  writeFileSync(join(dir, "index.json"), JSON.stringify(groups));
  const r = serdeReferee.run(["check", dir]);
  if (r.status !== 0 && r.status !== 1) throw new Error(`referee failed (${r.status}): ${r.stderr}`);
  const fails = r.stdout.split("\n").filter((l) => l.startsWith("FAIL "));
  return { fails, counts: { valid: groups.valid.length, noncanonical: groups.noncanonical.length, invalid: groups.invalid.length } };
}

describe.runIf(pythonAvailable())("differential fuzzing: the Python port against serde", () => {
  beforeAll(() => serdeReferee.build(), 600_000);

  it(
    `${CASES} mutated messages: serde agrees with every accept, rewrite and reject of the Python port`,
    () => {
      const { fails, counts } = differential(CASES, SEED, tempDir("claw-pyfuzz-"));
      expect(fails).toEqual([]);
      // Each outcome is exercised.
      expect(counts.valid).toBeGreaterThan(100);
      expect(counts.noncanonical).toBeGreaterThan(100);
      expect(counts.invalid).toBeGreaterThan(1000);
    },
    Math.max(120_000, CASES * 3),
  );

  it("can fail: a canonical form changed by one byte is a disagreement", () => {
    const { fails } = differential(20, SEED + 1, tempDir("claw-pyfuzz-"), true);
    expect(fails).toHaveLength(1);
  }, 60_000);
});
