// A struct of five or more scalar fields written as serde writes it is read by one regex match (canonical.ts in the
// TypeScript target); written any other way, field by field. Both must give the same value or the same error: each
// text is read both ways, as `{"a":…}` (the shortcut's shape) and `{ "a":…}` (a space first, which only the general
// reader reads), over every scalar kind, Options of them, and values at and past every edge.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers/paths.js";

const INTS: Record<string, [string, bigint, bigint]> = {
  a: ["u8", 0n, 255n],
  b: ["i8", -128n, 127n],
  c: ["u16", 0n, 65535n],
  d: ["i16", -32768n, 32767n],
  e: ["u32", 0n, 4294967295n],
  f: ["i32", -2147483648n, 2147483647n],
  g: ["u64", 0n, 18446744073709551615n],
  h: ["i64", -9223372036854775808n, 9223372036854775807n],
};
const int = (rust: string) => ({ type: "integer", "x-rust-type": rust });
const nullable = (s: object) => ({ anyOf: [s, { type: "null" }] });
const SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "scalars-proto",
  "x-protocol-version": 1,
  "x-messages": { Msg: "node-to-gateway" },
  $defs: {
    Msg: {
      "x-serde": "externally-tagged",
      oneOf: [{ type: "object", properties: { Scalars: { $ref: "#/$defs/Scalars" } }, required: ["Scalars"], additionalProperties: false }],
    },
    Scalars: {
      type: "object",
      properties: {
        ...Object.fromEntries(Object.entries(INTS).map(([k, [rust]]) => [k, int(rust)])),
        flag: { type: "boolean" },
        text: { type: "string" },
        id: { $ref: "#/$defs/ItemId" },
        at: { $ref: "#/$defs/Timestamp" },
        m: nullable(int("i16")),
        maybe_text: nullable({ type: "string" }),
        maybe_at: nullable({ $ref: "#/$defs/Timestamp" }),
        maybe_flag: nullable({ type: "boolean" }),
      },
      required: [...Object.keys(INTS), "flag", "text", "id", "at"],
    },
    ItemId: { "x-newtype": true, $ref: "#/$defs/Uuid" },
    Uuid: { type: "string", format: "uuid", "x-rust-type": "Uuid" },
    Timestamp: { type: "string", format: "date-time", "x-rust-type": "DateTime<Utc>" },
  },
};

type Api = { parseScalars: (t: string) => unknown; ProtoError: new (...a: never[]) => Error };
type Runtime = { Reader: { prototype: { matchObject: (re: RegExp) => RegExpExecArray | null } } };
let api: Api;
let matched = 0;

beforeAll(() => {
  const dir = tempDir("claw-canonical-");
  writeFileSync(join(dir, "schema.json"), JSON.stringify(SCHEMA));
  const r = cli(["generate", "--no-cache", "-s", join(dir, "schema.json"), "-o", join(dir, "out"), "-t", "typescript"], dir);
  expect(r.status, r.stderr).toBe(0);
  return (async () => {
    const dist = join(dir, "out/typescript/dist/esm");
    api = (await import(pathToFileURL(join(dist, "index.js")).href)) as Api;
    // Count the shortcut's matches, so that a test that never reaches it cannot pass.
    const runtime = (await import(pathToFileURL(join(dist, "runtime.js")).href)) as Runtime;
    const original = runtime.Reader.prototype.matchObject;
    runtime.Reader.prototype.matchObject = function (re) {
      const m = original.call(this, re);
      if (m !== null) matched++;
      return m;
    };
  })();
}, 60_000);

function outcome(text: string): unknown {
  try {
    return { value: api.parseScalars(text) };
  } catch (e) {
    if (!(e instanceof api.ProtoError)) throw e;
    const { kind, pointer } = e as unknown as { kind: string; pointer: string };
    return { kind, message: e.message, pointer };
  }
}

function edges(min: bigint, max: bigint): string[] {
  return [min, max, min - 1n, max + 1n, 0n, 1n, -1n, 999999999999999n, 1000000000000000n, -999999999999999n, 9007199254740993n].map(String);
}
const VALUES: Record<string, string[]> = {
  ...Object.fromEntries(Object.entries(INTS).map(([k, [, min, max]]) => [k, [...edges(min, max), "01", "-0", "1.0", "1e2", '"1"', "null", "7"]])),
  flag: ["true", "false", "null", '"true"', "1"],
  text: ['"plain"', '""', '"a\\nb"', '"a\\"b"', '"\\\\"', '"é✓"', '"😀"', '"\ud800"', '"\\ud800"', '"a\u0001"', "null", "5"],
  id: ['"8d4d1e9d-9f88-4bb1-a3cd-fbaeb89fad06"', '"8D4D1E9D-9F88-4BB1-A3CD-FBAEB89FAD06"', '"8d4d1e9d9f884bb1a3cdfbaeb89fad06"', '"x"', "null"],
  at: [
    '"2024-06-14T10:16:15Z"',
    '"2024-06-14T10:16:15.999Z"',
    '"2024-06-14T10:16:15.999999Z"',
    '"2024-06-14T10:16:15.123456789Z"',
    '"2024-06-14T10:16:15.100Z"',
    '"2024-06-14T10:16:15.1000Z"',
    '"2023-02-29T00:00:00Z"',
    '"2024-02-29T00:00:00Z"',
    '"2016-12-31T23:59:60Z"',
    '"2024-13-01T00:00:00Z"',
    '"2024-06-14T24:00:00Z"',
    '"2024-06-14t10:16:15z"',
    '"2024-06-14T10:16:15+00:00"',
    "null",
  ],
};
VALUES["m"] = [...edges(-32768n, 32767n), "null", "-0"];
VALUES["maybe_text"] = VALUES["text"]!;
VALUES["maybe_at"] = VALUES["at"]!;
VALUES["maybe_flag"] = VALUES["flag"]!;
const TYPICAL: Record<string, string> = {
  ...Object.fromEntries(Object.keys(INTS).map((k) => [k, "7"])),
  flag: "true",
  text: '"plain"',
  id: '"8d4d1e9d-9f88-4bb1-a3cd-fbaeb89fad06"',
  at: '"2024-06-14T10:16:15.999Z"',
  m: "null",
  maybe_text: '"x"',
  maybe_at: "null",
  maybe_flag: "false",
};

const text = (fields: Record<string, string>, space: boolean) =>
  `${space ? "{ " : "{"}${Object.entries(fields)
    .map(([k, v]) => `"${k}":${v}`)
    .join(",")}}`;

describe("a struct of scalars, read by one match or field by field", () => {
  it("every edge value of every field, one at a time", () => {
    const before = matched;
    for (const [field, values] of Object.entries(VALUES)) {
      for (const v of values) {
        const fields = { ...TYPICAL, [field]: v };
        expect(outcome(text(fields, false)), `${field}: ${v}`).toEqual(outcome(text(fields, true)));
      }
    }
    expect(matched - before).toBeGreaterThan(50);
  });

  it("3,000 texts with a random value in every field", () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const fields = Object.fromEntries(Object.entries(VALUES).map(([k, vs]) => [k, next(3) === 0 ? vs[next(vs.length)]! : TYPICAL[k]!]));
      const fast = outcome(text(fields, false));
      expect(fast, text(fields, false)).toEqual(outcome(text(fields, true)));
      if ("value" in (fast as object)) accepted++;
    }
    expect(accepted).toBeGreaterThan(100);
  });
});
