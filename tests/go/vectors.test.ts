import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { GENERATED } from "../helpers/paths.js";
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

describe.skipIf(!hasGo())("the Go port (generated/go) runs every conformance vector through its driver", () => {
  const driver = buildGoDriver(join(GENERATED, "go"));
  const cases = vectorCases();
  const answers = runDriver(driver, cases.map((c) => c.request));

  it("agrees with serde on every vector", () => {
    expect(cases.length).toBe(vectorIndex.valid.length + vectorIndex.noncanonical.length + vectorIndex.invalid.length + vectorIndex["rules-invalid"].length);
    expect(disagreements(cases, answers)).toEqual([]);
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
