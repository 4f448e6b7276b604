// Two-way exchange between the Python port (generated/python) and serde, with the Rust runner of
// tests/rust-conformance as the referee: Rust writes fresh values (JSON and bincode) that Python must read and
// write back byte for byte; Python writes values from its own sampler (tests/python/sample.py) that serde must
// accept and write identically (and bincode, and the rule layer, must agree).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { cargoProgram } from "./helpers/cargo.js";
import { fixtureRunner } from "./helpers/rustRunners.js";
import { GENERATED, ROOT, tempDir } from "./helpers/paths.js";
import { PYTHON, runPythonDriver } from "./helpers/python.js";

const RUNNER_DIR = join(ROOT, "tests/rust-conformance");
const CRATES = ["serde-1.0.152", "serde_derive-1.0.152", "serde_json-1.0.87", "chrono-0.4.23", "uuid-1.2.1", "bincode-1.3.3", "getrandom-0.2.8"];
const PACKAGES = "librust-serde-dev librust-serde-derive-dev librust-serde-json-dev librust-chrono-dev librust-uuid-dev librust-bincode-dev";
const PER_TYPE = 32;
const SEED = 20261204;
const PACKAGE = join(GENERATED, "python");

interface Case {
  type: string;
  json: string;
  bincode: string;
  rules?: { field: string; message: string }[];
}

const program = cargoProgram(RUNNER_DIR, "conformance", CRATES, PACKAGES);

describe("the Python port and serde exchange values both ways", () => {
  beforeAll(() => program.build(), 600_000);

  it("Rust → Python: Python reads serde's JSON and bincode and writes both back byte for byte; the rules agree", () => {
    const file = join(tempDir("claw-pyx-"), "rust.json");
    const w = program.run(["write", file, String(PER_TYPE)]);
    expect(w.status, w.stderr).toBe(0);
    const cases = (JSON.parse(readFileSync(file, "utf8")) as { cases: Case[] }).cases;
    const replies = runPythonDriver(
      PACKAGE,
      "claw_proto",
      cases.map((c) => ({ type: c.type, text: c.json, bincode: c.bincode, rules: c.rules !== undefined })),
    );
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const r = replies[i] as { ok: boolean; canonical?: string; bincode?: { canonical?: string; hex?: string }; rules?: unknown };
      if (!r.ok || r.canonical !== c.json) failures.push(`${c.type} ${c.json}: JSON ${JSON.stringify(r)}`);
      else if (r.bincode?.canonical !== c.json || r.bincode?.hex !== c.bincode) failures.push(`${c.type} ${c.json}: bincode ${JSON.stringify(r.bincode)}`);
      else if (c.rules !== undefined && JSON.stringify(r.rules) !== JSON.stringify(c.rules))
        failures.push(`${c.type} ${c.json}: rules ${JSON.stringify(r.rules)}`);
    });
    expect(cases.length).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });

  it("Python → Rust: serde accepts every value Python writes and writes the same bytes; bincode and the rules agree", () => {
    const file = join(tempDir("claw-pyx-"), "python.json");
    const p = spawnSync(PYTHON, [join(ROOT, "tests/python/exchange.py"), PACKAGE, "claw_proto", file, String(PER_TYPE), String(SEED)], {
      encoding: "utf8",
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
    });
    expect(p.status, p.stderr).toBe(0);
    const r = program.run(["check", file]);
    expect(r.stdout, r.stdout).toBe(`${p.stdout.trim()} checked, 0 failed\n`);
    // It can fail: one case's JSON changed by a byte is caught.
    const exchange = JSON.parse(readFileSync(file, "utf8")) as { cases: Case[] };
    exchange.cases[0]!.json = exchange.cases[0]!.json.replace(/.$/, " ");
    const broken = join(tempDir("claw-pyx-"), "broken.json");
    writeFileSync(broken, JSON.stringify(exchange));
    expect(program.run(["check", broken]).stdout).toMatch(/checked, 1 failed\n$/);
  });
});

// The fixtures' crates (tests/fixture-conformance): fresh JSON both ways, judged by serde (`write` / `judge`).
describe("the fixtures' Python packages and serde exchange JSON both ways", () => {
  beforeAll(() => fixtureRunner.build(), 600_000);

  for (const [fixture, importName] of [
    ["representations", "representations_fixture"],
    ["telemetry", "sensor_telemetry"],
  ] as const) {
    const pkg = join(ROOT, "tests/fixtures", fixture, "generated/python");
    const run = (args: string[]) => fixtureRunner.run(["--fixture", fixture, ...args]);

    it(`${fixture}: Python reads what serde writes and writes it back byte for byte`, () => {
      const file = join(tempDir("claw-pyx-"), "rust.json");
      const w = run(["write", file, String(PER_TYPE)]);
      expect(w.status, w.stdout + w.stderr).toBe(0);
      const cases = (JSON.parse(readFileSync(file, "utf8")) as { cases: { type: string; json: string }[] }).cases;
      const replies = runPythonDriver(
        pkg,
        importName,
        cases.map((c) => ({ type: c.type, text: c.json })),
      );
      const failures = cases.flatMap((c, i) => {
        const r = replies[i]!;
        return r.ok && r.canonical === c.json ? [] : [`${c.type} ${c.json}: ${JSON.stringify(r)}`];
      });
      expect(cases.length).toBeGreaterThan(100);
      expect(failures).toEqual([]);
    });

    it(`${fixture}: serde reads what Python writes and writes the same bytes back`, () => {
      const file = join(tempDir("claw-pyx-"), "python.json");
      const p = spawnSync(PYTHON, [join(ROOT, "tests/python/exchange.py"), pkg, importName, file, String(PER_TYPE), String(SEED), "--json-only"], {
        encoding: "utf8",
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
      });
      expect(p.status, p.stderr).toBe(0);
      const r = run(["judge", file]);
      expect(r.stdout, r.stdout).toBe(`${p.stdout.trim()} checked, 0 failed\n`);
    });
  }
});
