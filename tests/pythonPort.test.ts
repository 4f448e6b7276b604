import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED, ROOT } from "./helpers/paths.js";
import { VECTORS, vectorIndex } from "./helpers/vectors.js";
import { pythonAvailable, runPythonDriver, vectorFailures, type DriverRequest } from "./helpers/python.js";

const PACKAGE = join(GENERATED, "python");

describe.runIf(pythonAvailable())("the Python port (generated/python) against the conformance vectors", () => {
  it("passes every vector of schema/vectors/index.json through python3 -m claw_proto.conformance, in one process", () => {
    const { total, failures } = vectorFailures(VECTORS, vectorIndex as never, (rs) => runPythonDriver(PACKAGE, "claw_proto", rs));
    expect(total).toBe(vectorIndex.valid.length + vectorIndex.noncanonical.length + vectorIndex.invalid.length);
    expect(failures).toEqual([]);
  });

  for (const fixture of ["representations", "telemetry"]) {
    it(`passes every vector of tests/fixtures/${fixture} through its generated Python package`, () => {
      const dir = join(ROOT, "tests/fixtures", fixture);
      const index = JSON.parse(readFileSync(join(dir, "vectors/index.json"), "utf8")) as Record<string, never[]>;
      const pkg = join(dir, "generated/python");
      const importName = fixture === "representations" ? "representations_fixture" : "sensor_telemetry";
      const { total, failures } = vectorFailures(join(dir, "vectors"), index, (rs) => runPythonDriver(pkg, importName, rs));
      expect(total).toBeGreaterThan(200);
      expect(failures).toEqual([]);
    });
  }

  it("can fail: a wrong byte in a valid vector, a wrong canonical or a wrong kind is caught", () => {
    // The same comparison over a doctored index: each doctored entry must show up as a failure.
    const valid = vectorIndex.valid[0]!;
    const nonc = vectorIndex.noncanonical[0]!;
    const inv = vectorIndex.invalid[0]!;
    const doctored = {
      valid: [valid],
      noncanonical: [{ ...nonc, canonical: nonc.canonical + " " }],
      invalid: [{ ...inv, kind: inv.kind === "InvalidMessage" ? "UnknownMessageType" : "InvalidMessage" }],
    };
    const { failures } = vectorFailures(VECTORS, doctored, (rs: DriverRequest[]) => {
      // A wrong byte in the valid vector's text: the driver must not give back the file's bytes.
      const first = rs[0]!;
      const text = "text" in first ? first.text.replace(/"(?=[^"]*$)/, "'") : "";
      return runPythonDriver(PACKAGE, "claw_proto", [{ type: first.type, text }, ...rs.slice(1)]);
    });
    expect(failures).toHaveLength(3);
  });
});
