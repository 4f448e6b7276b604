// The harness can fail: a wrong byte in a copy of a vector, a wrong kind in an index entry, and drivers
// that lie (tests/ports/lyingDriver.mjs) or die are all caught. Uses the TypeScript port's driver (no build).
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/paths.js";
import { DriverClient, type Answer } from "./client.js";
import { checkVectors, compareFuzz, fuzzCases, loadVectors, type Vector } from "./conformance.js";
import { FIXTURES, PORTS, type FixtureName } from "./registry.js";

const ts = PORTS.find((p) => p.name === "typescript")!;
const fixture = (name: FixtureName) => FIXTURES.find((f) => f.name === name)!;
const driver = (name: FixtureName) => ts.driver(join(fixture(name).generated, ts.folder), name);
const LIAR = join(import.meta.dirname, "lyingDriver.mjs");

async function answers(command: ReturnType<typeof driver>, requests: Vector["request"][]): Promise<Answer[]> {
  const client = new DriverClient("under test", command);
  try {
    return await client.ask(requests);
  } finally {
    await client.close();
  }
}

describe("the port harness catches what it must", () => {
  it("a wrong byte in copies of a valid vector and of a noncanonical entry's canonical, a wrong kind in an invalid entry", async () => {
    const dir = tempDir("claw-ports-");
    cpSync(fixture("representations").vectors, dir, { recursive: true });
    const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as Record<
      string,
      { file: string; type: string; kind?: string; canonical?: string }[]
    >;
    const [valid, noncanonical, invalid] = [index["valid"]![4]!, index["noncanonical"]![4]!, index["invalid"]!.find((e) => e.kind === "InvalidMessage")!];
    const bytes = readFileSync(join(dir, valid.file));
    bytes[bytes.length - 1] = 0x20; // the closing bracket: the port must not accept the copy as it stands
    writeFileSync(join(dir, valid.file), bytes);
    noncanonical.canonical = noncanonical.canonical!.slice(0, -1) + " ";
    invalid.kind = "UnknownMessageType";
    writeFileSync(join(dir, "index.json"), JSON.stringify(index));

    const vectors = loadVectors(dir);
    const got = await answers(
      driver("representations"),
      vectors.map((v) => v.request),
    );
    const failures = checkVectors(ts, vectors, got, got).failures;
    expect(failures.map((f) => f.split(":")[0])).toEqual([
      `${valid.file} (${valid.type}, valid)`,
      `${noncanonical.file} (${noncanonical.type}, noncanonical)`,
      `${invalid.file} (${invalid.type}, invalid)`,
    ]);
    // The untouched copy passes: what failed is the wrong bytes.
    const original = loadVectors(fixture("representations").vectors);
    expect(
      checkVectors(
        ts,
        original,
        await answers(
          driver("representations"),
          original.map((v) => v.request),
        ),
        [],
      ).failures,
    ).toEqual([]);
  }, 30_000);

  it.each([
    ["canonical", "both accept, the canonical texts differ"],
    ["accept", "serde rejects, the port accepts"],
    ["reject", "serde accepts, the port rejects"],
  ])(
    "a driver that lies (%s) disagrees with the honest one, and fails the vectors",
    async (mode, why) => {
      const vectors = loadVectors(fixture("claw-proto").vectors);
      const cases = fuzzCases(vectors, 2_000, 7);
      const honest = driver("claw-proto");
      const liar = { command: process.execPath, args: [LIAR, mode, "7", honest.command, ...honest.args] };
      const truth = await answers(
        honest,
        cases.map((c) => c.request),
      );
      const lies = await answers(
        liar,
        cases.map((c) => c.request),
      );
      const report = compareFuzz(ts, cases, lies, truth);
      expect(report.disagreeing).toBeGreaterThan(0);
      expect(report.disagreements[0]).toContain(why);
      // …and against itself, the honest driver agrees: the comparison is not what fails.
      expect(compareFuzz(ts, cases, truth, truth).disagreeing).toBe(0);

      const vectorLies = await answers(
        liar,
        vectors.map((v) => v.request),
      );
      expect(checkVectors(ts, vectors, vectorLies, vectorLies).failures.length).toBeGreaterThan(0);
    },
    30_000,
  );

  it("a driver that answers a rejection with the wrong kind fails the invalid vectors", async () => {
    const vectors = loadVectors(fixture("telemetry").vectors);
    const honest = driver("telemetry");
    const lies = await answers(
      { command: process.execPath, args: [LIAR, "kind", "5", honest.command, ...honest.args] },
      vectors.map((v) => v.request),
    );
    const failures = checkVectors(ts, vectors, lies, lies).failures;
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => / kind (InvalidMessage|UnknownMessageType), the entry says /.test(f))).toBe(true);
  }, 30_000);

  it("a driver that dies mid-stream, or answers garbage, is an error, not an answer", async () => {
    const dies = { command: process.execPath, args: ["-e", "process.stdin.once('data', () => process.exit(3))"] };
    await expect(answers(dies, [{ type: "NodeId", text: "1" }])).rejects.toThrow(/exited \(3\) after 0 of 1 answers/);
    const garbage = { command: process.execPath, args: ["-e", "process.stdin.once('data', () => console.log('{\"ok\":1}'))"] };
    await expect(answers(garbage, [{ type: "NodeId", text: "1" }])).rejects.toThrow(/not an answer/);
  });
});
