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

describe("TypeScript values of the new representations", () => {
  const call = (name: string, ...args: unknown[]) => api[name]!(...args);
  const ns = (name: string) => api[name] as unknown as { match: (v: unknown, cases: Record<string, (x?: unknown) => unknown>) => unknown };

  it("an untagged value is written as the first variant whose validator accepts it (a Point takes no extra key)", () => {
    expect(call("serializeValue", { x: 1, y: 2 })).toBe('{"x":1.0,"y":2.0}');
    expect(call("serializeValue", { y: 2, x: 1, z: 3 })).toBe('{"x":1.0,"y":2.0,"z":3.0}');
    expect(call("serializeValue", [null, true, 0.5, "é"])).toBe('[null,true,0.5,"é"]');
  });

  it("maps are written with keys in UTF-8 byte order, not UTF-16 order", () => {
    // U+FF61 sorts before U+1F600 in UTF-16 (0xFF61 < 0xD83D) but after it in UTF-8 bytes (EF BD A1 < F0 9F 98 80)... the other way:
    expect(call("serializeValue", { "\u{1F600}": 1, "\uFF61": 2, a: 3 })).toBe('{"a":3.0,"｡":2.0,"😀":1.0}');
  });

  it("an f32 field refuses a number f32 cannot hold; NaN and infinity are written as null, as serde_json does", () => {
    const reading = { sensorId: "s", value: Number.NaN, ratio: 0.1, labels: {}, lastSeen: null };
    expect(() => call("serializeReading", reading)).toThrow(/not an f32 value/);
    expect(call("serializeReading", { ...reading, ratio: Math.fround(0.1) })).toBe('{"sensorId":"s","value":null,"ratio":0.1,"labels":{},"lastSeen":null}');
  });

  it("match dispatches on the tag (internally, adjacently tagged) or on the first fitting variant (untagged)", () => {
    const shapes = {
      circle: (v?: unknown) => (v as { radius: number }).radius,
      rect: () => "rect",
      point: () => "point",
      labeled_reading: () => "r",
      unknown: () => "?",
    };
    expect(ns("Shape").match({ kind: "circle", radius: 2 }, shapes)).toBe(2);
    expect(ns("Shape").match({ kind: "unknown" }, shapes)).toBe("?");
    const commands = { PING: () => "ping", SET_SCALE: (c?: unknown) => c, MOVE_TO: () => 0, PAINT: (c?: unknown) => c, DRAW: () => 0, RETAG: () => 0 };
    expect(ns("Command").match({ t: "PAINT", c: "red" }, commands)).toBe("red");
    expect(ns("Command").match({ t: "PING" }, commands)).toBe("ping");
    const values = {
      Nothing: () => "nothing",
      Flag: () => "flag",
      Number: () => "number",
      Text: () => "text",
      List: () => "list",
      Point: () => "point",
      Dict: () => "dict",
    };
    expect([null, false, 1, "a", [], { x: 1, y: 2 }, { x: 1 }].map((v) => ns("Value").match(v, values))).toEqual([
      "nothing",
      "flag",
      "number",
      "text",
      "list",
      "point",
      "dict",
    ]);
  });
});
