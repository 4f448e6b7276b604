// A list of strings written as serde writes it is read by one JSON.parse (Reader.readStringList); written any other
// way, element by element. Both must give the same value or the same error: here each list is read both ways, as
// `"lines":[…]` (the fast path's shape) and `"lines": […]` (a space first, which only the element-by-element path reads).
import { describe, expect, it } from "vitest";
import * as pkg from "../generated/typescript/dist/esm/index.js";

const ID = "f08dfef5-c27a-4358-af08-5c94456bb390";
const message = (lines: string, space: boolean) => `{"WorkloadLogs":{"workload_id":"${ID}","lines":${space ? " " : ""}${lines},"is_stderr":false}}`;

function outcome(text: string, options?: pkg.ParseOptions): unknown {
  try {
    return { value: pkg.parseNodeMessage(text, options) };
  } catch (e) {
    if (!(e instanceof pkg.ProtoError)) throw e;
    return { kind: e.kind, message: e.message.replace(/ at (line|offset) .*$/, ""), pointer: e.pointer };
  }
}

const FRAGMENTS = ["a", "]", '\\"', '\\"]', "\\\\", '\\\\"]', "\\u0041", "\\ud83d\\ude00", "\\ud800", "\\udc00", "é", "😀", "\u0001", "\\x", '"', ",", "\t"];

describe("lists of strings, read whole by JSON.parse or element by element", () => {
  const cases = [
    '["a\\"]","b"]',
    '["a\\\\"]',
    '["\\ud83d\\ude00"]',
    '["\\ud800"]',
    '["a" ,"b"]',
    '["a",]',
    '["a","b"',
    '["a",1]',
    '["a",null]',
    '["a",["b"]]',
    '["]"]',
    '["a\u0001"]',
    '["a"]]',
    '[""]',
  ];
  it.each(cases)("%s", (lines) => {
    expect(outcome(message(lines, false))).toEqual(outcome(message(lines, true)));
  });

  it("agree on 3,000 lists built from escapes, quotes, brackets and surrogates", () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let i = 0; i < 3000; i++) {
      const items = Array.from({ length: 1 + next(4) }, () => Array.from({ length: next(5) }, () => FRAGMENTS[next(FRAGMENTS.length)]).join(""));
      const lines = `[${items.map((s) => `"${s}"`).join(next(10) === 0 ? ", " : ",")}]`;
      expect(outcome(message(lines, false)), lines).toEqual(outcome(message(lines, true)));
    }
  });

  it("agree at the list length limit, and on a lone surrogate in a string input", () => {
    const three = '["a","b","c"]';
    expect(outcome(message(three, false), { maxListLength: 3 })).toEqual(outcome(message(three, true), { maxListLength: 3 }));
    expect(outcome(message(three, false), { maxListLength: 2 })).toEqual(outcome(message(three, true), { maxListLength: 2 }));
    expect(outcome(message(three, false), { maxListLength: 2 })).toMatchObject({ message: expect.stringContaining("maxListLength") });
    const lone = '["a\ud800"]';
    expect(outcome(message(lone, false))).toEqual(outcome(message(lone, true)));
    expect(outcome(message(lone, false))).toMatchObject({ message: expect.stringContaining("lone surrogate") });
    // And as UTF-8 bytes.
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(pkg.parseNodeMessage(bytes(message('["a\\"]","b"]', false)))).toEqual(pkg.parseNodeMessage(message('["a\\"]","b"]', true)));
  });
});

describe("lists of strings, written whole by JSON.stringify or element by element", () => {
  const logs = (lines: unknown) => ({ WorkloadLogs: { workload_id: ID, lines, is_stderr: false } }) as unknown as pkg.NodeMessage;
  const serialize = (lines: unknown): unknown => {
    try {
      return { text: pkg.serializeNodeMessage(logs(lines)) };
    } catch (e) {
      if (!(e instanceof pkg.ProtoError)) throw e;
      return { kind: e.kind, message: e.message, pointer: e.pointer };
    }
  };

  it("write what serde writes, escapes included", () => {
    const lines = ["plain", 'a "quote"', "back\\slash", "tab\tnew\nline", "\u0001\u001f\u007f", "é✓😀", "\u2028", ""];
    const expected = `{"WorkloadLogs":{"workload_id":"${ID}","lines":[${lines.map((s) => JSON.stringify(s)).join(",")}],"is_stderr":false}}`;
    expect(serialize(lines)).toEqual({ text: expected });
    // And parse reads it back to the same strings.
    expect(pkg.parseNodeMessage(expected)).toEqual(logs(lines));
  });

  it("refuse what serde cannot hold, element by element, wherever it is in the list", () => {
    // A lone surrogate is found by the writer, not the validator that locates errors: at the root, as before.
    expect(serialize(["a", "\ud800", "b"])).toMatchObject({ kind: "SerializationError", message: expect.stringContaining("lone surrogate"), pointer: "" });
    for (const bad of [new String("s"), undefined, 5, null]) {
      const out = serialize(["a", bad, "b"]) as { kind: string; pointer: string };
      expect(out.kind, String(bad)).toBe("SerializationError");
      expect(out.pointer, String(bad)).toBe("/WorkloadLogs/lines/1");
    }
    // eslint-disable-next-line no-sparse-arrays -- a hole is not a string
    expect(serialize(["a", , "b"])).toMatchObject({ kind: "SerializationError", pointer: "/WorkloadLogs/lines/1" });
  });

  it("read each element once, and ignore a toJSON on the array", () => {
    let reads = 0;
    const lines = ["a", "b"];
    Object.defineProperty(lines, 1, { get: () => (reads++ === 0 ? "first" : "\ud800"), enumerable: true });
    expect(serialize(lines)).toEqual({ text: `{"WorkloadLogs":{"workload_id":"${ID}","lines":["a","first"],"is_stderr":false}}` });
    const withToJson = Object.assign(["x"], { toJSON: () => ["y"] });
    expect(serialize(withToJson)).toEqual({ text: `{"WorkloadLogs":{"workload_id":"${ID}","lines":["x"],"is_stderr":false}}` });
  });
});
