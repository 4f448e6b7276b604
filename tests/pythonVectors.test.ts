// The Python side fails on a deliberately wrong byte: the ports harness (tests/ports) over a copy of schema/vectors
// in which one valid vector's last byte is changed, answered by the Python driver.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers/paths.js";
import { DriverClient } from "./ports/client.js";
import { checkVectors, loadVectors } from "./ports/conformance.js";
import { FIXTURES, PORTS } from "./ports/registry.js";

const python = PORTS.find((p) => p.name === "python")!;
const clawProto = FIXTURES.find((f) => f.name === "claw-proto")!;

describe("the Python port against a doctored vector", () => {
  it("a wrong byte in a copy of a valid claw-proto vector is that vector's one failure", async () => {
    const dir = tempDir("claw-pyvec-");
    cpSync(clawProto.vectors, dir, { recursive: true });
    const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as Record<string, { file: string; type: string }[]>;
    const victim = index["valid"]![0]!;
    const bytes = readFileSync(join(dir, victim.file));
    bytes[bytes.length - 2] ^= 0x01; // the byte before the closing bracket or quote
    writeFileSync(join(dir, victim.file), bytes);
    const vectors = loadVectors(dir);
    const generated = join(clawProto.generated, python.folder);
    python.build(generated, "claw-proto");
    const client = new DriverClient("python", python.driver(generated, "claw-proto"));
    try {
      const got = await client.ask(vectors.map((v) => v.request));
      const failures = checkVectors(python, vectors, got, got).failures;
      expect(failures.map((f) => f.split(":")[0])).toEqual([`${victim.file} (${victim.type}, valid)`]);
    } finally {
      await client.close();
    }
  });
});
