// Hand-picked hostile messages: each must give a value or a ProtoError (never another exception or
// a stack overflow), and never a value serde would not give.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ProtoError, codec } from "./codec.js";
import type { Input, ParseOptions } from "./codec.js";

const config = codec("NodeConfig");
const MIB = 1024 * 1024;

/** The ProtoError a parse throws; fails the test on a value or any other exception. */
function rejection(type: string, input: Input, options?: ParseOptions): InstanceType<typeof ProtoError> {
  try {
    codec(type).parse(input, options);
  } catch (e) {
    if (e instanceof ProtoError) return e;
    throw new Error(`threw ${String(e)}, not a ProtoError`, { cause: e });
  }
  throw new Error("accepted");
}

const nested = (depth: number, open = "[", close = "]", inner = "") => open.repeat(depth) + inner + close.repeat(depth);

describe("deep nesting, to 100,000 levels", () => {
  const deep = nested(100_000);
  it.each([
    ["a top-level array", deep],
    ["under a known field", `{"log_level":${deep}}`],
    ["under an unknown key, unterminated", `{"x":${"[".repeat(100_000)}`],
  ])("%s: a ProtoError, no stack overflow", (_, text) => {
    expect(rejection("NodeConfig", text)).toBeInstanceOf(ProtoError);
  });

  it("every type rejects 100,000 levels of arrays, and of objects, with a ProtoError", () => {
    for (const type of ["NodeMessage", "GatewayMessage", "Workload", "WorkloadSpec", "KeyValue", "Timestamp", "NodeId", "WorkloadEventKind", "WorkloadState"]) {
      expect(rejection(type, deep)).toBeInstanceOf(ProtoError);
      expect(rejection(type, nested(100_000, '{"Register":', "}", "null"))).toBeInstanceOf(ProtoError);
    }
  });

  it.each([
    ["arrays", deep],
    ["objects", nested(100_000, '{"a":', "}", "1")],
    ["arrays of objects", nested(50_000, '[{"a":', "}]", "0")],
  ])("100,000 levels of %s under an unknown key are skipped without recursion, as serde skims them", (_, value) => {
    expect(config.parse(`{"x":${value},"log_level":"a"}`)).toMatchObject({ log_level: "a" });
  });

  it("with maxDepth set, an unknown value nested deeper is a ProtoError naming maxDepth", () => {
    expect(rejection("NodeConfig", `{"x":${deep}}`, { maxDepth: 64 }).detail).toMatch(/maxDepth/);
    expect(config.parse(`{"x":${nested(60)}}`, { maxDepth: 64 })).toMatchObject({ log_level: null });
  });
});

describe("64 MiB strings", () => {
  const huge = "a".repeat(64 * MIB);
  const text = `{"log_level":"${huge}"}`;

  it("over the default maxBytes (16 MiB): a ProtoError naming the limit, before any parsing", () => {
    expect(rejection("NodeConfig", text).detail).toMatch(/over the limit of 16777216 \(maxBytes\)/);
  });

  it("with maxBytes raised, read whole, as a string and as UTF-8 bytes", () => {
    expect((config.parse(text, { maxBytes: 128 * MIB }) as { log_level: string }).log_level.length).toBe(64 * MIB);
    const bytes = new TextEncoder().encode(`{"x":"${huge}","log_level":"a"}`);
    expect(config.parse(bytes, { maxBytes: 128 * MIB })).toMatchObject({ log_level: "a" });
  });
});

describe("numbers", () => {
  it.each(["1e400", "-1e400", "-0", "-0.0", "1.0", "1e2", "00", "01", "-1", "4294967296", "18446744073709551616", "1e0", "NaN", "+1", "0x10"])(
    "an integer field rejects %s",
    (n) => {
      expect(rejection("NodeConfig", `{"heartbeat_interval_secs":${n}}`).pointer).toMatch(/^(\/heartbeat_interval_secs)?$/);
    },
  );

  it.each([
    ["1e400", "1e400"],
    ["-0", "-0"],
    ["-0.0", "-0.0"],
    ["1.5e-400", "1.5e-400"],
    ["u64::MAX + 1", "18446744073709551616"],
    ["10,000 digits", "9".repeat(10_000)],
    ["10,000 digits, a fraction and an exponent", "-" + "9".repeat(10_000) + ".5e+99"],
  ])("an unknown key skips %s, as serde does", (_, n) => {
    expect(config.parse(`{"x":${n}}`)).toMatchObject({ heartbeat_interval_secs: null });
  });

  it.each(["00", "01", "-", "1.", ".5", "1e", "1e+", "--1"])("an unknown key still rejects the malformed number %s", (n) => {
    expect(rejection("NodeConfig", `{"x":${n}}`)).toBeInstanceOf(ProtoError);
  });

  describe("a huge digit run in an integer field", () => {
    afterEach(() => vi.unstubAllGlobals());
    it("is rejected without converting it to a BigInt (whose cost grows faster than the run)", () => {
      // BigInt("1…1") of 16 M digits takes ~10 s: the range check must not depend on the run's length.
      const lengths: number[] = [];
      const real = globalThis.BigInt;
      vi.stubGlobal("BigInt", (v: string | number | bigint | boolean) => (lengths.push(String(v).length), real(v)));
      for (const type of ["NodeConfig", "GpuCapability"]) {
        const field = type === "NodeConfig" ? "heartbeat_interval_secs" : "vram_mb";
        for (const run of ["1".repeat(10_000), "-" + "9".repeat(10_000)]) {
          expect(rejection(type, `{"${field}":${run}}`).detail).toMatch(/invalid value|expected/);
        }
      }
      expect(Math.max(0, ...lengths)).toBeLessThanOrEqual(21);
    });
  });
});

describe("text encoding", () => {
  const valid = new TextEncoder().encode('{"log_level":"é"}');
  it.each([
    ["a stray continuation byte", [0x80]],
    ["0xff", [0xff]],
    ["an overlong '/'", [0xc0, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["a truncated sequence", [0xe2, 0x82]],
  ])("invalid UTF-8 (%s) is rejected, wherever it is", (_, bad) => {
    for (const at of [0, 1, 14, valid.length]) {
      const input = new Uint8Array([...valid.subarray(0, at), ...bad, ...valid.subarray(at)]);
      expect(rejection("NodeConfig", input).detail).toMatch(/not valid UTF-8/);
    }
  });

  it("a lone surrogate in a string input is rejected, wherever it is", () => {
    for (const text of ['{"log_level":"\ud800"}', '{"x":"\udc00"}', '{"log_level":"a"}\ud800', '\udfff{"log_level":"a"}']) {
      expect(rejection("NodeConfig", text).detail).toMatch(/lone surrogate/);
    }
  });

  // The text is not checked as a whole first: each string scan pairs the surrogates it meets, and any error then
  // reports the text as not Unicode. Every place a surrogate can be read must therefore refuse a lone one.
  it.each([
    ["a plain typed string", '{"log_level":"ab\ud800c"}'],
    ["a typed string after an escape", '{"log_level":"a\\n\ud800"}'],
    ["a typed string, a pair then a lone low", '{"log_level":"\ud83d\ude00\udc00"}'],
    ["a typed string, high then high", '{"log_level":"\ud83d\ud83d\ude00"}'],
    ["a typed string's end", '{"log_level":"\ud83d"}'],
    ["an unknown key", '{"x\ud800":1}'],
    ["a known key's spelling", '{"log_level\udc00":null}'],
    ["an unknown field's string", '{"x":{"y":["a","b\udc00"]}}'],
    ["an unknown field's string after an escape", '{"x":"\\t\ud800"}'],
    ["a tuple's string", '{"source":"s","labels":[["k","\ud800"]]}', "EventMetadata"],
    ["the end of the text", '{"log_level":null}\ud800'],
  ])("a raw lone surrogate in %s: the whole text is refused as not Unicode", (_, text, type = "NodeConfig") => {
    const e = rejection(type, text);
    expect([e.detail, e.pointer]).toEqual(["message is not valid Unicode (lone surrogate)", ""]);
  });

  it("raw surrogate pairs are read wherever strings are", () => {
    expect(config.parse('{"x\ud83d\ude00":"\ud83d\ude00","y":["\\n\ud83d\ude00"],"log_level":"a\\t\ud83d\ude00b\ud83d\ude00"}')).toMatchObject({
      log_level: "a\t\ud83d\ude00b\ud83d\ude00",
    });
  });

  it.each(['"\\ud800"', '"\\udc00"', '"\\ud800\\u0041"', '"\\ud800\\ud800"', '"\\ude00\\ud83d"', '"\\ud800'])(
    "an escaped lone surrogate %s in a typed string is rejected",
    (s) => {
      expect(rejection("NodeConfig", `{"log_level":${s}}`).pointer).toBe("/log_level");
    },
  );

  it("an escaped lone surrogate under an unknown key is skipped, as serde does; in a key it is rejected", () => {
    expect(config.parse('{"x":"\\ud800","y":["\\udc00"]}')).toMatchObject({ log_level: null });
    expect(rejection("NodeConfig", '{"\\ud800":1}')).toBeInstanceOf(ProtoError);
  });

  it("a valid escaped surrogate pair reads as the character", () => {
    expect(config.parse('{"log_level":"\\ud83d\\uDE00"}')).toMatchObject({ log_level: "😀" });
  });
});

describe("framing", () => {
  it.each([
    ["a BOM (string)", '\ufeff{"log_level":null}'],
    ["a BOM (bytes)", new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])],
    ["U+00A0 before", '\u00a0{"log_level":null}'],
    ["a form feed before", '\f{"log_level":null}'],
    ["a second value", '{"log_level":null}{}'],
    ["trailing garbage", '{"log_level":null} x'],
    ["a trailing NUL", '{"log_level":null}\u0000'],
    ["a trailing comma", '{"log_level":null},'],
    ["a comment", '/**/{"log_level":null}'],
    ["nothing", ""],
    ["only whitespace", " \t\r\n"],
  ])("%s is rejected", (_, input) => {
    expect(rejection("NodeConfig", input)).toBeInstanceOf(ProtoError);
  });

  it("JSON whitespace around the value is accepted", () => {
    expect(config.parse(' \t\r\n{"log_level":null} \t\r\n')).toMatchObject({ log_level: null });
  });
});
