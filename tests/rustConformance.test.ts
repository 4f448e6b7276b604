// Cross-language conformance, with serde as the referee: the Rust runner (tests/rust-conformance,
// built on the generated crate generated/rust) judges schema/vectors, writes fresh vectors the
// TypeScript package must read and write back byte for byte (JSON and bincode), and judges
// vectors the TypeScript package wrote.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { modelFromFile } from "../src/pipeline.js";
import type { Model } from "../src/model/types.js";
import * as pkg from "../generated/typescript/dist/esm/index.js";
import { cargoProgram } from "./helpers/cargo.js";
import { ROOT, SCHEMA, tempDir } from "./helpers/paths.js";
import { Rng, Sampler } from "./rust-conformance/tsSamples.js";

const RUNNER_DIR = join(ROOT, "tests/rust-conformance");
const VECTORS = join(ROOT, "schema/vectors");
// What Cargo.lock pins; .ci/run installs them when missing.
const CRATES = ["serde-1.0.152", "serde_derive-1.0.152", "serde_json-1.0.87", "chrono-0.4.23", "uuid-1.2.1", "bincode-1.3.3", "getrandom-0.2.8"];
const PACKAGES = "librust-serde-dev librust-serde-derive-dev librust-serde-json-dev librust-chrono-dev librust-uuid-dev librust-bincode-dev";
const SEED = 0x7a11_c0de;
const PER_TYPE = 32;

interface Case {
  type: string;
  json: string;
  bincode: string;
  rules?: { field: string; message: string }[];
}

const api = pkg as unknown as Record<string, unknown>;
function fn<A extends unknown[], R>(name: string): (...args: A) => R {
  const f = api[name];
  if (typeof f !== "function") throw new Error(`the TypeScript package exports no ${name}`);
  return f as (...args: A) => R;
}
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

const program = cargoProgram(RUNNER_DIR, "conformance", CRATES, PACKAGES);
const run = program.run;
const buildRunner = program.build;

let model: Model;

beforeAll(() => {
  buildRunner();
  model = modelFromFile(SCHEMA);
}, 600_000);

describe("Rust port: schema/vectors judged by serde", () => {
  it("the runner knows exactly the schema's types", () => {
    const r = run(["types"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual(model.decls.map((d) => d.name));
  });

  it("serde agrees with every vector (valid, noncanonical, invalid, rules-invalid)", () => {
    const r = run(["vectors", VECTORS]);
    expect(r.stderr).toBe("");
    expect(r.stdout, r.stdout).toMatch(/^(\d+) checked, 0 failed\n$/);
    expect(r.status).toBe(0);
  });

  it("a deliberately wrong byte in a vector fails it, naming the file", () => {
    const dir = join(tempDir(), "vectors");
    cpSync(VECTORS, dir, { recursive: true });
    const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as { valid: { file: string }[] };
    const file = index.valid[0]!.file;
    const bytes = readFileSync(join(dir, file));
    bytes[bytes.length - 1] = 0x20; // a closing bracket becomes a space: serde rejects it, or writes it back without
    writeFileSync(join(dir, file), bytes);
    const r = run(["vectors", dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`FAIL valid ${file}`);
    expect(r.stdout).toMatch(/checked, 1 failed\n$/);
  });
});

describe("Rust → TypeScript: fresh vectors written by serde", () => {
  let cases: Case[];
  beforeAll(() => {
    const file = join(tempDir(), "rust.json");
    const r = run(["write", file, String(PER_TYPE)]);
    expect(r.status, r.stderr).toBe(0);
    cases = (JSON.parse(readFileSync(file, "utf8")) as { cases: Case[] }).cases;
  });

  it("cover every type, every enum variant, every timestamp precision, escapes, non-ASCII and boundary integers", () => {
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(model.decls.map((d) => d.name)));
    for (const d of model.decls) {
      if (d.kind !== "enum") continue;
      const tags = new Set(
        cases
          .filter((c) => c.type === d.name)
          .map((c) => JSON.parse(c.json) as unknown)
          .map((v) => (typeof v === "string" ? v : Object.keys(v as object)[0])),
      );
      expect([...tags].sort(), d.name).toEqual(d.variants.map((v) => v.name).sort());
    }
    const stamps = cases.filter((c) => c.type === "Timestamp").map((c) => JSON.parse(c.json) as string);
    const fractions = new Set(stamps.map((t) => /(?:\.(\d+))?Z$/.exec(t)?.[1]?.length ?? 0));
    expect([...fractions].sort()).toEqual([0, 3, 6, 9]);
    expect(stamps.some((t) => /:60(\.\d+)?Z$/.test(t))).toBe(true);
    expect(stamps.some((t) => t.startsWith("+") || t.startsWith("-"))).toBe(true);
    const all = cases.map((c) => c.json).join("\n");
    for (const needle of ['\\"', "\\\\", "\\n", "\\u0000", "\\u001f", "\u007f", "é", "\u2028", "😀", "9007199254740991", "4294967295", "-2147483648"]) {
      expect(all, needle).toContain(needle);
    }
  });

  it("the TypeScript package parses each and writes it back byte for byte", () => {
    const failures: string[] = [];
    for (const c of cases) {
      try {
        const value = fn<[string], unknown>(`parse${c.type}`)(c.json);
        const back = fn<[unknown], string>(`serialize${c.type}`)(value);
        if (back !== c.json) failures.push(`${c.type} ${c.json}: TypeScript writes ${back}`);
      } catch (e) {
        failures.push(`${c.type} ${c.json}: ${String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("bincode: decodeBincodeX reads serde's bytes as the same value, encodeBincodeX writes the same bytes", () => {
    const failures: string[] = [];
    for (const c of cases) {
      try {
        const value = fn<[string], unknown>(`parse${c.type}`)(c.json);
        const decoded = fn<[Uint8Array], unknown>(`decodeBincode${c.type}`)(Buffer.from(c.bincode, "hex"));
        if (JSON.stringify(decoded) !== JSON.stringify(value)) failures.push(`${c.type} ${c.bincode}: decodes to ${JSON.stringify(decoded)}`);
        const bytes = hex(fn<[unknown], Uint8Array>(`encodeBincode${c.type}`)(value));
        if (bytes !== c.bincode) failures.push(`${c.type} ${c.json}: TypeScript encodes ${bytes}, bincode wrote ${c.bincode}`);
      } catch (e) {
        failures.push(`${c.type} ${c.json}: ${String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("the rule layers agree: same fields, same messages, in the same order", () => {
    const ruled = cases.filter((c) => c.rules !== undefined);
    expect(ruled.length).toBeGreaterThan(0);
    expect(ruled.some((c) => c.rules!.length === 0) && ruled.some((c) => c.rules!.some((r) => r.message.includes("image reference")))).toBe(true);
    for (const c of ruled) {
      const value = fn<[string], unknown>(`parse${c.type}`)(c.json);
      expect(fn<[unknown], unknown>(`check${c.type}Rules`)(value), c.json).toEqual(c.rules);
    }
  });
});

describe("TypeScript → Rust: values the package writes, judged by serde and bincode", () => {
  let file: string;
  let cases: Case[];
  beforeAll(() => {
    const timestamp = (api["Timestamp"] as { fromParts: (p: object) => string }).fromParts;
    const sampler = new Sampler(model, new Rng(SEED), timestamp);
    cases = model.decls.flatMap((d) =>
      Array.from({ length: PER_TYPE }, (_, i): Case => {
        const value = sampler.sample(d.name, i);
        const rules = `check${d.name}Rules` in api ? { rules: fn<[unknown], Case["rules"]>(`check${d.name}Rules`)(value) } : {};
        return {
          type: d.name,
          json: fn<[unknown], string>(`serialize${d.name}`)(value),
          bincode: hex(fn<[unknown], Uint8Array>(`encodeBincode${d.name}`)(value)),
          ...rules,
        };
      }),
    );
    file = join(tempDir(), "ts.json");
    writeFileSync(file, JSON.stringify({ writer: `tests/rustConformance.test.ts, seed ${SEED}`, cases }, null, 2));
  });

  it("serde accepts every one and writes the same bytes; bincode writes the same bytes and reads the same value; the rules agree", () => {
    const r = run(["check", file]);
    expect(r.stderr).toBe("");
    expect(r.stdout, r.stdout).toBe(`${cases.length} checked, 0 failed\n`);
    expect(r.status).toBe(0);
  });

  it("a deliberately wrong bincode byte fails it, naming the case", () => {
    const broken = cases.map((c) => ({ ...c }));
    const victim = broken.findIndex((c) => c.type === "WorkloadSpec");
    const b = broken[victim]!.bincode;
    broken[victim]!.bincode = b.slice(0, -2) + (b.endsWith("00") ? "01" : "00");
    const brokenFile = join(tempDir(), "ts-broken.json");
    writeFileSync(brokenFile, JSON.stringify({ writer: "broken on purpose", cases: broken }));
    const r = run(["check", brokenFile]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`FAIL case ${victim} (WorkloadSpec)`);
  });
});

describe("bincode decoding rejects what bincode rejects", () => {
  const decode = (type: string, hexBytes: string) => () => fn<[Uint8Array], unknown>(`decodeBincode${type}`)(Buffer.from(hexBytes, "hex"));
  it.each([
    ["WorkloadState", "08000000", /variant index 0 <= i < 8/],
    ["VolumeMount", "01000000000000006101000000000000006202", /expected 0 or 1, found 2 .* at \/read_only/],
    ["NodeConfig", "02", /tag for enum is not valid, found 2/],
    ["NodeId", "0f0000000000000067e5504410b1426f9247bb680e5fe0", /expected 16 bytes, found 15/],
    ["VolumeMount", "0100000000000000ff", /not valid UTF-8 .* at \/host_path/],
    ["WorkloadState", "010000", /unexpected end of input/],
  ])("%s %s", (type, bytes, message) => {
    expect(decode(type, bytes)).toThrow(message);
  });

  it("ignores bytes after the value, as bincode::deserialize does, and normalises a relaxed timestamp", () => {
    expect(decode("WorkloadState", "07000000ff")()).toBe("Completed");
    expect(decode("Timestamp", "1a0000000000000020323032342d30312d30322030333a30343a30352b30313a3030")()).toBe("2024-01-02T02:04:05Z");
  });
});
