// Two-way exchange between the Go port and Rust serde (tests/rust-conformance, on the generated crate):
// values Rust writes, the Go port reads and writes back byte for byte (JSON, bincode, the rule layer's
// findings); values the Go port writes, serde and bincode accept and write identically.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as pkg from "../../generated/typescript/dist/esm/index.js";
import { modelFromFile } from "../../src/pipeline.js";
import { cargoProgram } from "../helpers/cargo.js";
import { GENERATED, ROOT, SCHEMA, tempDir } from "../helpers/paths.js";
import { Rng, Sampler } from "../rust-conformance/tsSamples.js";
import { buildGoDriver, hasGo, runDriver } from "./driver.js";

interface Case {
  type: string;
  json: string;
  bincode: string;
  rules?: { field: string; message: string }[];
}

const CRATES = ["serde-1.0.152", "serde_derive-1.0.152", "serde_json-1.0.87", "chrono-0.4.23", "uuid-1.2.1", "bincode-1.3.3", "getrandom-0.2.8"];
const PACKAGES = "librust-serde-dev librust-serde-derive-dev librust-serde-json-dev librust-chrono-dev librust-uuid-dev librust-bincode-dev";
const runner = cargoProgram(join(ROOT, "tests/rust-conformance"), "conformance", CRATES, PACKAGES);
const PER_TYPE = 32;
const SEED = 0x60_5eed;

describe.skipIf(!hasGo() && !process.env.CI)("the Go port and Rust serde exchange values both ways", () => {
  let driver: string;
  beforeAll(() => {
    runner.build();
    driver = buildGoDriver(join(GENERATED, "go"));
  }, 600_000);

  it("Rust → Go: the Go port reads every value serde wrote (JSON and bincode) and writes the same bytes back; its rules agree", () => {
    const file = join(tempDir("claw-go-exchange-"), "rust.json");
    const w = runner.run(["write", file, String(PER_TYPE)]);
    expect(w.status, w.stderr).toBe(0);
    const cases = (JSON.parse(readFileSync(file, "utf8")) as { cases: Case[] }).cases;
    expect(cases.length).toBeGreaterThan(500);
    const fromJson = runDriver(
      driver,
      cases.map((c) => ({ type: c.type, text: c.json, extras: true })),
    );
    const fromBincode = runDriver(
      driver,
      cases.map((c) => ({ type: c.type, bincode: c.bincode })),
    );
    const problems: string[] = [];
    cases.forEach((c, i) => {
      const a = fromJson[i]!;
      const b = fromBincode[i]!;
      if (!a.ok) problems.push(`${c.type} ${c.json}: Go rejects it: ${a.error}`);
      else {
        if (a.canonical !== c.json) problems.push(`${c.type} ${c.json}: Go writes ${a.canonical}`);
        if (a.bincode !== c.bincode) problems.push(`${c.type} ${c.json}: Go's bincode ${a.bincode}, serde's ${c.bincode}`);
        if (JSON.stringify(a.rules) !== JSON.stringify(c.rules))
          problems.push(`${c.type} ${c.json}: Go's rules ${JSON.stringify(a.rules)}, Rust's ${JSON.stringify(c.rules)}`);
      }
      if (!b.ok) problems.push(`${c.type} ${c.bincode}: Go's bincode decoder rejects it: ${b.error}`);
      else if (b.canonical !== c.json) problems.push(`${c.type} ${c.bincode}: Go decodes it as ${b.canonical}`);
    });
    expect(problems).toEqual([]);
  });

  describe("Go → Rust", () => {
    let cases: Case[];
    let file: string;
    beforeAll(() => {
      // Fresh values (the TypeScript conformance sampler's), spelled as JSON; the Go port reads each and writes it.
      const model = modelFromFile(SCHEMA);
      const api = pkg as unknown as Record<string, unknown>;
      const timestamp = (api["Timestamp"] as { fromParts: (p: object) => string }).fromParts;
      const sampler = new Sampler(model, new Rng(SEED), timestamp);
      const inputs = model.decls.flatMap((d) =>
        Array.from({ length: PER_TYPE }, (_, i) => ({ type: d.name, text: (api[`serialize${d.name}`] as (v: unknown) => string)(sampler.sample(d.name, i)) })),
      );
      const answers = runDriver(
        driver,
        inputs.map((x) => ({ ...x, extras: true })),
      );
      cases = answers.map((a, i) => {
        if (!a.ok) throw new Error(`Go rejects ${inputs[i]!.type} ${inputs[i]!.text}: ${a.error}`);
        return { type: inputs[i]!.type, json: a.canonical, bincode: a.bincode!, ...(a.rules ? { rules: a.rules } : {}) };
      });
      file = join(tempDir("claw-go-exchange-"), "go.json");
      writeFileSync(file, JSON.stringify({ writer: `tests/go/exchange.test.ts, seed ${SEED}`, cases }, null, 2));
    });

    it("serde accepts every value the Go port wrote and writes the same bytes; bincode agrees both ways; the rules agree", () => {
      const r = runner.run(["check", file]);
      expect(r.stderr).toBe("");
      expect(r.stdout, r.stdout).toBe(`${cases.length} checked, 0 failed\n`);
    });

    it("a deliberately wrong byte in what Go wrote fails it, naming the case", () => {
      const broken = cases.map((c) => ({ ...c }));
      const victim = broken.findIndex((c) => c.type === "NodeMessage");
      broken[victim]!.json = broken[victim]!.json.replace(/"node_id":"(.)/, (_m, c: string) => `"node_id":"${c === "0" ? "1" : "0"}`);
      const brokenFile = join(tempDir("claw-go-exchange-"), "go-broken.json");
      writeFileSync(brokenFile, JSON.stringify({ writer: "broken on purpose", cases: broken }));
      const r = runner.run(["check", brokenFile]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(`FAIL case ${victim} (NodeMessage)`);
    });
  });
});
