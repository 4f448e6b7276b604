// The representations fixture (tests/fixtures/representations) through the TypeScript target: every
// vector serde judged (tests/representationsVectors.test.ts) must get the same verdict and the same
// bytes from the fixture's generated package, and that package must be what the schema produces.
// Vectors with `serdeQuirk` (serde's buffering) are held to it too: the promise is "what serde does".
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/paths.js";

const FIXTURE = join(ROOT, "tests/fixtures/representations");
const VECTORS = join(FIXTURE, "vectors");

interface Vector {
  file: string;
  type: string;
  canonical?: string;
  kind?: string;
}
const index = JSON.parse(readFileSync(join(VECTORS, "index.json"), "utf8")) as Record<"valid" | "noncanonical" | "invalid", Vector[]>;
const text = (v: Vector) => readFileSync(join(VECTORS, v.file), "utf8");

let api: Record<string, (...args: unknown[]) => unknown>;
beforeAll(async () => {
  api = (await import(pathToFileURL(join(FIXTURE, "generated/typescript/dist/esm/index.js")).href)) as typeof api;
});
const parse = (v: Vector, s: string) => api[`parse${v.type}`]!(s);
const serialize = (v: Vector, value: unknown) => api[`serialize${v.type}`]!(value) as string;

describe("the fixture's generated code is current", () => {
  it("claw-codegen check passes for tests/fixtures/representations/generated", () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "bin/claw-codegen.js"), "check", "--schema", join(FIXTURE, "schema.json"), "--out", join(FIXTURE, "generated")],
      { encoding: "utf8" },
    );
    expect(r.stderr + r.stdout).toMatch(/up to date/);
    expect(r.status).toBe(0);
  });
});

describe("TypeScript agrees with serde on the fixture's vectors", () => {
  it.each(index.valid.map((v) => [v.file, v] as const))("valid %s: parse, then serialize gives the same bytes", (_, v) => {
    expect(serialize(v, parse(v, text(v)))).toBe(text(v));
  });

  it.each(index.noncanonical.map((v) => [v.file, v] as const))("noncanonical %s: serialize writes serde's canonical form", (_, v) => {
    expect(serialize(v, parse(v, text(v)))).toBe(v.canonical);
  });

  it.each(index.invalid.map((v) => [v.file, v] as const))("invalid %s: rejected with a ProtoError", (_, v) => {
    let error: unknown;
    try {
      parse(v, text(v));
    } catch (e) {
      error = e;
    }
    expect(error, "accepted what serde rejects").toBeInstanceOf(Error);
    expect((error as { kind?: string }).kind).toBe(v.kind ?? "InvalidMessage");
  });
});
