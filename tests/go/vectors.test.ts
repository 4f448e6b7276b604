import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED, ROOT } from "../helpers/paths.js";
import type { VectorIndex } from "../helpers/vectors.js";
import { vectorBytes, vectorIndex } from "../helpers/vectors.js";
import type { VectorCase } from "./driver.js";
import { buildGoDriver, disagreements, hasGo, request, runDriver } from "./driver.js";

/** Every conformance vector of schema/vectors as a case for the Go driver. */
function vectorCases(): VectorCase[] {
  const text = (file: string) => new TextDecoder().decode(vectorBytes(file));
  return [
    ...vectorIndex.valid.map((v) => ({ name: v.file, request: request(v.type, vectorBytes(v.file)), expect: { canonical: text(v.file) } })),
    ...vectorIndex.noncanonical.map((v) => ({ name: v.file, request: request(v.type, vectorBytes(v.file)), expect: { canonical: v.canonical } })),
    ...vectorIndex.invalid.map((v) => ({ name: v.file, request: request(v.type, vectorBytes(v.file)), expect: { kind: v.kind } })),
    // Valid on the wire: the rule layer, not the parser, refuses them.
    ...vectorIndex["rules-invalid"].map((v) => ({ name: v.file, request: request(v.type, vectorBytes(v.file)), expect: { canonical: text(v.file) } })),
  ];
}

/** The cases of another fixture's vectors folder (same index format as schema/vectors). */
function fixtureCases(dir: string): VectorCase[] {
  const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as VectorIndex;
  const bytes = (file: string) => new Uint8Array(readFileSync(join(dir, file)));
  const text = (file: string) => new TextDecoder().decode(bytes(file));
  return [
    ...index.valid.map((v) => ({ name: v.file, request: request(v.type, bytes(v.file)), expect: { canonical: text(v.file) } })),
    ...index.noncanonical.map((v) => ({ name: v.file, request: request(v.type, bytes(v.file)), expect: { canonical: v.canonical } })),
    ...index.invalid.map((v) => ({ name: v.file, request: request(v.type, bytes(v.file)), expect: { kind: v.kind } })),
    ...(index["rules-invalid"] ?? []).map((v) => ({ name: v.file, request: request(v.type, bytes(v.file)), expect: { canonical: text(v.file) } })),
  ];
}

describe.skipIf(!hasGo() && !process.env.CI)("the representations fixture's Go port (tests/fixtures/representations/generated/go)", () => {
  it("agrees with serde on every vector: internally/adjacently tagged, untagged, rename_all, open enums, f32/f64, maps", () => {
    const fixture = join(ROOT, "tests/fixtures/representations");
    const cases = fixtureCases(join(fixture, "vectors"));
    expect(cases.length).toBeGreaterThan(300);
    const answers = runDriver(
      buildGoDriver(join(fixture, "generated/go")),
      cases.map((c) => c.request),
    );
    expect(disagreements(cases, answers)).toEqual([]);
  });
});

describe.skipIf(!hasGo() && !process.env.CI)("the telemetry fixture's Go port (tests/fixtures/telemetry/generated/go)", () => {
  it("agrees with serde on every vector", () => {
    const fixture = join(ROOT, "tests/fixtures/telemetry");
    const cases = fixtureCases(join(fixture, "vectors"));
    expect(cases.length).toBeGreaterThan(250);
    const driver = buildGoDriver(join(fixture, "generated/go"));
    const answers = runDriver(
      driver,
      cases.map((c) => c.request),
    );
    expect(disagreements(cases, answers)).toEqual([]);
    // The rule layer: each rules-invalid entry's field is the first rule broken (the referee's hand-written rules agree).
    const index = JSON.parse(readFileSync(join(fixture, "vectors/index.json"), "utf8")) as VectorIndex;
    const rules = runDriver(
      driver,
      index["rules-invalid"].map((v) => ({ ...request(v.type, new Uint8Array(readFileSync(join(fixture, "vectors", v.file)))), extras: true })),
    );
    expect(rules.map((a) => (a.ok ? a.rules?.[0]?.field : a.error))).toEqual(index["rules-invalid"].map((v) => v.field));
  });
});

describe.skipIf(!hasGo() && !process.env.CI)("the Go port (generated/go) runs every conformance vector through its driver", () => {
  const driver = buildGoDriver(join(GENERATED, "go"));
  const cases = vectorCases();
  const answers = runDriver(
    driver,
    cases.map((c) => c.request),
  );

  it("agrees with serde on every vector", () => {
    expect(cases.length).toBe(vectorIndex.valid.length + vectorIndex.noncanonical.length + vectorIndex.invalid.length + vectorIndex["rules-invalid"].length);
    expect(disagreements(cases, answers)).toEqual([]);
  });

  it("ValidateWorkloadSpec: each rules-invalid vector breaks the rule its entry names first; the valid ones break none", () => {
    const rulesCases = vectorIndex["rules-invalid"];
    const valid = vectorIndex.valid.filter((v) => v.type === "WorkloadSpec");
    const got = runDriver(
      driver,
      [...rulesCases, ...valid].map((v) => ({ ...request(v.type, vectorBytes(v.file)), extras: true })),
    );
    const firstFields = got.map((a) => (a.ok ? (a.rules ?? []).map((r) => r.field) : [`not ok: ${a.error}`]));
    expect(firstFields.slice(0, rulesCases.length).map((f) => f[0])).toEqual(rulesCases.map((v) => v.field));
    expect(firstFields.slice(rulesCases.length)).toEqual(valid.map(() => []));
  });

  it("fails when a vector is wrong by one byte", () => {
    // A valid vector with one byte flipped in the expected text, an invalid one expected valid: both must show.
    const valid = cases.find((c) => c.name.startsWith("valid/node-") && "canonical" in c.expect)!;
    const expected = (valid.expect as { canonical: string }).canonical;
    const at = expected.length >> 1;
    const flipped = { ...valid, expect: { canonical: expected.slice(0, at) + String.fromCharCode(expected.charCodeAt(at) ^ 1) + expected.slice(at + 1) } };
    const invalid = cases.find((c) => "kind" in c.expect)!;
    const wrongKind = { ...invalid, expect: { canonical: "null" } };
    const again = runDriver(driver, [flipped.request, wrongKind.request]);
    expect(disagreements([flipped, wrongKind], again)).toHaveLength(2);
  });
});
