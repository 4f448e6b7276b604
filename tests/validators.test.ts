// validateX reports what the parser reports, for values built in memory.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generate } from "../src/pipeline.js";
import { loadTargets } from "../src/targets/index.js";
import { ROOT, tempDir } from "./helpers/paths.js";

type Validate = (value: unknown) => { pointer: string; message: string }[];

describe("validators of an externally tagged enum with unit and data variants", () => {
  it("a unit variant given a payload is named as such (as the parser does), not as an unknown variant", async () => {
    const out = tempDir("claw-validators-");
    await generate({ schema: join(ROOT, "tests/fixtures/bad-schemas/base.schema.json"), out, targets: (await loadTargets(["typescript"]))! });
    const api = (await import(pathToFileURL(join(out, "typescript/dist/esm/index.js")).href)) as { validateMsg: Validate; parseMsg: (t: string) => unknown };
    expect(() => api.parseMsg('{"Ping":1}')).toThrow(/expected unit variant Msg::Ping/);
    expect(api.validateMsg({ Ping: 1 })).toEqual([
      { pointer: "/Ping", message: 'invalid type: 1, expected unit variant "Ping", written as the string "Ping"' },
    ]);
    expect(api.validateMsg({ Nope: {} })).toEqual([{ pointer: "", message: 'unknown variant "Nope", expected one of "Ping", "Hello", "Items"' }]);
    expect(api.validateMsg("Ping")).toEqual([]);
    // A string: every variant listed, as serde's message does; a data variant named without its data said so.
    expect(api.validateMsg("Nope")).toEqual([{ pointer: "", message: 'unknown variant "Nope", expected one of "Ping", "Hello", "Items"' }]);
    expect(api.validateMsg("Hello")).toEqual([
      { pointer: "", message: 'invalid type: unit variant, expected variant "Hello" with its data, written as {"Hello": …}' },
    ]);
  });
});

describe("validators of variant names (unit-only enums, internal tags)", () => {
  it("list every variant, as serde's message does, for a wrong name of any kind", async () => {
    const dir = join(ROOT, "tests/fixtures/representations/generated/typescript/dist/esm/index.js");
    const api = (await import(pathToFileURL(dir).href)) as Record<string, Validate>;
    const commands = '"PING", "SET_SCALE", "MOVE_TO", "PAINT", "DRAW", "RETAG"';
    expect(api["validateColor"]!("purple")).toEqual([{ pointer: "", message: 'unknown variant "purple", expected one of "red", "green", "blue", "unknown"' }]);
    expect(api["validateColor"]!("red")).toEqual([]);
    expect(api["validateCommand"]!({ t: "NOPE" })).toEqual([{ pointer: "/t", message: `unknown variant "NOPE", expected one of ${commands}` }]);
    expect(api["validateCommand"]!({ t: 7 })).toEqual([{ pointer: "/t", message: `unknown variant 7, expected one of ${commands}` }]);
    expect(api["validateCommand"]!({ t: "PING" })).toEqual([]);
  });
});

describe("validators of integers (a Rust integer type held as a number)", () => {
  it("say whether the type or the range failed, as Ajv's type, minimum and maximum did", async () => {
    const api = (await import(pathToFileURL(join(ROOT, "generated/typescript/dist/esm/index.js")).href)) as Record<string, Validate>;
    const gpu = { index: 0, utilization_percent: 5, memory_used_mb: 1, memory_total_mb: 2, temperature_celsius: 3, power_watts: 4 };
    const check = (index: unknown) => api["validateGpuMetricsProto"]!({ ...gpu, index });
    expect(check(4294967295)).toEqual([]);
    expect(check(-0)).toEqual([]);
    expect(check(1.5)).toEqual([{ pointer: "/index", message: "invalid type: expected integer, got 1.5" }]);
    expect(check(NaN)).toEqual([{ pointer: "/index", message: "invalid type: expected integer, got NaN" }]);
    expect(check("1")).toEqual([{ pointer: "/index", message: 'invalid type: expected integer, got "1"' }]);
    expect(check(-1)).toEqual([{ pointer: "/index", message: "invalid value: -1 is out of range (must be >= 0)" }]);
    expect(check(2 ** 32)).toEqual([{ pointer: "/index", message: "invalid value: 4294967296 is out of range (must be <= 4294967295)" }]);
    expect(check(Infinity)).toEqual([{ pointer: "/index", message: "invalid value: Infinity is out of range (must be <= 4294967295)" }]);
  });
});
