// Every registered port (tests/ports/registry.ts) through its conformance driver: the vectors of every
// fixture it supports, then mutated messages compared with serde's answers (the referee's driver).
// FUZZ_CASES sets the mutated messages per fixture (default below), FUZZ_SEED the seed; each port answers the same ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DriverClient, type Answer } from "./client.js";
import { checkVectors, compareFuzz, fuzzCases, loadVectors, type FuzzCase, type Vector } from "./conformance.js";
import { FIXTURES, PORTS, REFEREE } from "./registry.js";

const SEED = Number(process.env["FUZZ_SEED"] ?? 15);
/** Per fixture, shared by claw-proto's larger types and the two small fixtures. */
const CASES: Record<string, number> = { "claw-proto": 60_000, representations: 30_000, telemetry: 30_000 };
const casesFor = (fixture: string) => Number(process.env["FUZZ_CASES"] ?? CASES[fixture]);
/** Long runs (FUZZ_CASES) get time in proportion: a driver answers 5,000–50,000 messages a second. */
const timeout = (fixture: string) => 60_000 + casesFor(fixture);

beforeAll(() => REFEREE.build(), 300_000);

describe.each(FIXTURES.map((f) => [f.name, f] as const))("%s", (_, fixture) => {
  const vectors: Vector[] = loadVectors(fixture.vectors);
  const cases: FuzzCase[] = fuzzCases(vectors, casesFor(fixture.name), SEED);
  const referee: { vectors: Answer[]; fuzz: Answer[] } = { vectors: [], fuzz: [] };

  beforeAll(async () => {
    const client = new DriverClient(REFEREE.name, REFEREE.driver(fixture.name));
    referee.vectors = await client.ask(vectors.map((v) => v.request));
    referee.fuzz = await client.ask(cases.map((c) => c.request));
    await client.close();
  }, timeout(fixture.name));

  it(`serde (the referee's driver) keeps every vector's promise`, () => {
    const report = checkVectors({ name: REFEREE.name, specKinds: false, vectorGap: () => undefined, fuzzGaps: [] }, vectors, referee.vectors, referee.vectors);
    expect(report.failures).toEqual([]);
    expect(referee.vectors.length).toBe(vectors.length);
  });

  describe.each(PORTS.filter((p) => p.fixtures.includes(fixture.name)).map((p) => [p.name, p] as const))("%s", (_, port) => {
    const dir = `${fixture.generated}/${port.folder}`;
    let client: DriverClient;
    beforeAll(() => {
      port.build(dir, fixture.name);
      client = new DriverClient(port.name, port.driver(dir, fixture.name));
    }, 300_000);
    afterAll(() => client?.close());

    it(`keeps every vector's promise (${vectors.length} vectors)`, async () => {
      const answers = await client.ask(vectors.map((v) => v.request));
      const report = checkVectors(port, vectors, answers, referee.vectors);
      if (report.gaps.length > 0) console.log(`${port.name} / ${fixture.name}: ${report.gaps.length} documented gaps:\n  ${report.gaps.join("\n  ")}`);
      expect(report.failures).toEqual([]);
    }, 60_000);

    it(
      `answers ${cases.length} mutated messages as serde does`,
      async () => {
        const start = performance.now();
        const answers = await client.ask(cases.map((c) => c.request));
        const ms = performance.now() - start;
        const report = compareFuzz(port, cases, answers, referee.fuzz);
        console.log(
          `${port.name} / ${fixture.name}: ${report.cases} mutated messages in ${Math.round(ms)} ms (${Math.round(report.cases / (ms / 1000))}/s): ` +
            `${report.agree} agree with serde (${report.accepted} accepted), ${report.disagreeing} disagree, documented gaps ${JSON.stringify(report.gaps)}`,
        );
        expect(report.disagreements).toEqual([]);
        // Both outcomes are exercised: neither "reject everything" nor "accept everything" would pass.
        expect(report.accepted).toBeGreaterThan(cases.length / 50);
        expect(report.agree - report.accepted).toBeGreaterThan(cases.length / 4);
      },
      timeout(fixture.name),
    );
  });
});
