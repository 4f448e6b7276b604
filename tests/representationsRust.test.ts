// The representations fixture (tests/fixtures/representations: serde's enum representations,
// rename_all, f32/f64, HashMap, open enums) with serde as the referee: the Rust runner
// (tests/fixture-conformance, built on the fixture's generated crate) judges the fixture's vectors,
// writes fresh JSON the fixture's TypeScript package must read and write back byte for byte, and
// judges the JSON the TypeScript package writes.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { modelFromFile } from "../src/pipeline.js";
import type { Decl, Model, TypeRef } from "../src/model/types.js";
import { mutateJson } from "./helpers/mutate.js";
import { fixtureRunner } from "./helpers/rustRunners.js";
import { ROOT, tempDir } from "./helpers/paths.js";
import { Rng, Sampler } from "./fixture-conformance/tsSamples.js";
import { Rng as MutationRng } from "./robustness/rng.js";

const FIXTURE = join(ROOT, "tests/fixtures/representations");
const VECTORS = join(FIXTURE, "vectors");
const PACKAGE = join(FIXTURE, "generated/typescript/dist/esm/index.js");
const SEED = 0x5e9d_f1a7;
const PER_TYPE = 32;

interface Case {
  type: string;
  json: string;
}

// The runner judges the representations fixture when no --fixture is given.
const run = fixtureRunner.run;
const buildRunner = fixtureRunner.build;

/** The fixture's TypeScript package: `parse<Type>(text)` and `serialize<Type>(value)` for every type. */
async function loadPackage(): Promise<{ parse: (type: string, text: string) => unknown; serialize: (type: string, value: unknown) => string }> {
  if (!existsSync(PACKAGE)) throw new Error(`no TypeScript package at ${PACKAGE}: generate it with --target typescript`);
  const api = (await import(pathToFileURL(PACKAGE).href)) as Record<string, unknown>;
  const fn = (name: string) => {
    const f = api[name];
    if (typeof f !== "function") throw new Error(`the fixture's TypeScript package exports no ${name}`);
    return f as (arg: unknown) => unknown;
  };
  return { parse: (type, text) => fn(`parse${type}`)(text), serialize: (type, value) => fn(`serialize${type}`)(value) as string };
}

/** The types bincode carries both ways: externally tagged all the way down (bincode has no deserialize_any). */
function bincodeCarries(model: Model): string[] {
  const byName = new Map(model.decls.map((d) => [d.name, d]));
  const memo = new Map<string, boolean>();
  const typeOk = (t: TypeRef): boolean => (t.kind === "ref" ? declOk(t.name) : "of" in t ? typeOk(t.of) : t.kind === "tuple" ? t.items.every(typeOk) : true);
  const declOk = (name: string): boolean => {
    if (!memo.has(name)) {
      memo.set(name, true); // a cycle is as good as the rest of the type
      const d = byName.get(name)!;
      memo.set(name, declTypesOk(d, typeOk));
    }
    return memo.get(name)!;
  };
  return model.decls.filter((d) => declOk(d.name)).map((d) => d.name);
}

function declTypesOk(d: Decl, typeOk: (t: TypeRef) => boolean): boolean {
  switch (d.kind) {
    case "struct":
      return d.fields.every((f) => typeOk(f.type));
    case "enum":
      return (
        d.representation === "externally-tagged" &&
        d.variants.every((v) =>
          v.payload.kind === "newtype" ? typeOk(v.payload.type) : v.payload.kind === "struct" ? v.payload.fields.every((f) => typeOk(f.type)) : true,
        )
      );
    case "newtype":
      return typeOk(d.inner);
    case "alias":
      return typeOk(d.target);
  }
}

/** Which variant a JSON value of a tagged enum holds; for an untagged one, which JSON kind it is. */
function tagOf(d: Decl & { kind: "enum" }, v: unknown): string {
  switch (d.representation) {
    case "externally-tagged":
      return typeof v === "string" ? v : Object.keys(v as object)[0]!;
    case "internally-tagged":
    case "adjacently-tagged":
      return String((v as Record<string, unknown>)[d.tag!]);
    case "untagged":
      return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
  }
}

/** Every key a struct, a struct variant or a tag puts on the wire. */
function wireKeys(d: Decl): string[] {
  const names = (fields: readonly { name: string }[]) => fields.map((f) => f.name);
  if (d.kind === "struct") return names(d.fields);
  if (d.kind !== "enum") return [];
  return [
    ...(d.tag ? [d.tag] : []),
    ...(d.content ? [d.content] : []),
    ...d.variants.flatMap((v) => (v.payload.kind === "struct" ? names(v.payload.fields) : [])),
  ];
}

/** Every JSON object inside a parsed value (JSON.parse keeps the text's key order). */
function objects(v: unknown): Record<string, unknown>[] {
  if (Array.isArray(v)) return v.flatMap(objects);
  if (v === null || typeof v !== "object") return [];
  return [v as Record<string, unknown>, ...Object.values(v).flatMap(objects)];
}

let model: Model;

beforeAll(() => {
  buildRunner();
  model = modelFromFile(join(FIXTURE, "schema.json"));
}, 600_000);

describe("representations fixture, Rust: the fixture's vectors judged by serde", () => {
  it("the runner knows exactly the schema's types", () => {
    const r = run(["types"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual(model.decls.map((d) => d.name));
  });

  it("serde agrees with every vector (valid, noncanonical, invalid)", () => {
    const r = run(["vectors", VECTORS]);
    expect(r.stderr).toBe("");
    expect(r.stdout, r.stdout).toMatch(/^(\d+) checked, 0 failed\n$/);
    expect(Number(/^(\d+)/.exec(r.stdout)![1])).toBeGreaterThan(0);
    expect(r.status).toBe(0);
  });

  it("a deliberately wrong byte in a vector fails it, naming the file", () => {
    const dir = join(tempDir(), "vectors");
    cpSync(VECTORS, dir, { recursive: true });
    const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as { valid: { file: string }[] };
    const file = index.valid.find((e) => readFileSync(join(dir, e.file), "utf8").endsWith("}"))!.file;
    const bytes = readFileSync(join(dir, file));
    bytes[bytes.length - 1] = 0x20; // the closing brace becomes a space: serde rejects it
    writeFileSync(join(dir, file), bytes);
    const r = run(["vectors", dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`FAIL valid ${file}`);
    expect(r.stdout).toMatch(/checked, 1 failed\n$/);
  });

  it("bincode carries exactly the externally tagged types there and back (it has no deserialize_any)", () => {
    const r = run(["bincode", "16"]);
    expect(r.status, r.stdout).toBe(0);
    const lines = r.stdout.trim().split("\n").slice(0, -1);
    const ok = lines.filter((l) => l.endsWith(" ok")).map((l) => l.split(" ")[0]);
    expect(ok).toEqual(bincodeCarries(model));
    expect(lines.length).toBe(model.decls.length);
    // The others serialize, but do not deserialize: serde buffers them through deserialize_any or deserialize_identifier.
    for (const l of lines.filter((l) => !l.endsWith(" ok"))) expect(l).toMatch(/bincode::deserialize fails: Bincode does not support/);
  });
});

describe("representations fixture, Rust → TypeScript: fresh JSON written by serde", () => {
  let cases: Case[];
  beforeAll(() => {
    const file = join(tempDir(), "rust.json");
    const r = run(["write", file, String(PER_TYPE)]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    cases = (JSON.parse(readFileSync(file, "utf8")) as { cases: Case[] }).cases;
  });

  it("cover every type, every variant, floats ryu spells specially, and map keys in UTF-8 byte order", () => {
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(model.decls.map((d) => d.name)));
    for (const d of model.decls) {
      if (d.kind !== "enum") continue;
      const seen = new Set(cases.filter((c) => c.type === d.name).map((c) => tagOf(d, JSON.parse(c.json))));
      const expected = d.representation === "untagged" ? ["array", "boolean", "null", "number", "object", "string"] : d.variants.map((v) => v.name);
      expect([...seen].sort(), d.name).toEqual([...expected].sort());
    }
    const all = cases.map((c) => c.json).join("\n");
    // -0.0, whole floats with ".0", ryu's exponents (no "+"), subnormals, escapes and non-ASCII keys, empty maps.
    for (const needle of ["-0.0", '.0,"', "e16", "e-", "e-324", "e38", '\\"', "\\u0000", "😀", "{}", '{"x":']) expect(all, needle).toContain(needle);
    // Every map (an object with a key no struct or tag has) lists its keys in UTF-8 byte order, and
    // many hold both "\ufffd" and "😀", which UTF-8 (EF BF BD < F0 9F 98 80) and UTF-16 order oppositely.
    const structKeys = new Set(model.decls.flatMap(wireKeys));
    const maps = cases
      .flatMap((c) => objects(JSON.parse(c.json)))
      .filter((o) => Object.keys(o).some((k) => !structKeys.has(k)))
      // JavaScript lists integer-like keys first, whatever the text's order: such maps say nothing here.
      .filter((o) => !Object.keys(o).some((k) => /^(0|[1-9]\d*)$/.test(k)));
    for (const m of maps) expect(Object.keys(m)).toEqual(Object.keys(m).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(maps.filter((m) => "\ufffd" in m && "😀" in m).length).toBeGreaterThan(10);
  });

  it("the TypeScript package parses each and writes it back byte for byte", async () => {
    const pkg = await loadPackage();
    const failures: string[] = [];
    for (const c of cases) {
      try {
        const back = pkg.serialize(c.type, pkg.parse(c.type, c.json));
        if (back !== c.json) failures.push(`${c.type} ${c.json}: TypeScript writes ${back}`);
      } catch (e) {
        failures.push(`${c.type} ${c.json}: ${String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe("representations fixture, TypeScript → Rust: JSON the package writes, judged by serde", () => {
  let cases: Case[];
  let file: string;
  beforeAll(async () => {
    const pkg = await loadPackage();
    const sampler = new Sampler(model, new Rng(SEED));
    cases = model.decls.flatMap((d) =>
      Array.from({ length: PER_TYPE }, (_, i): Case => ({ type: d.name, json: pkg.serialize(d.name, sampler.sample(d.name, i)) })),
    );
    file = join(tempDir(), "ts.json");
    writeFileSync(file, JSON.stringify({ writer: `tests/representationsRust.test.ts, seed ${SEED}`, cases }, null, 2));
  });

  it("serde accepts every one and writes the same bytes back", () => {
    const r = run(["judge", file]);
    expect(r.stderr).toBe("");
    expect(r.stdout, r.stdout).toBe(`${cases.length} checked, 0 failed\n`);
    expect(r.status).toBe(0);
  });

  it("a deliberately wrong byte fails it, naming the case", () => {
    const broken = cases.map((c) => ({ ...c }));
    const whole = /(":-?\d+)\.0([,}])/;
    const victim = broken.findIndex((c) => c.type === "Frame" && whole.test(c.json));
    broken[victim]!.json = broken[victim]!.json.replace(whole, "$1$2"); // 1.0 becomes 1: serde reads it, and writes 1.0
    expect(broken[victim]!.json).not.toBe(cases[victim]!.json);
    const brokenFile = join(tempDir(), "ts-broken.json");
    writeFileSync(brokenFile, JSON.stringify({ writer: "broken on purpose", cases: broken }));
    const r = run(["judge", brokenFile]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`FAIL case ${victim} (Frame)`);
    expect(r.stdout).toMatch(/checked, 1 failed\n$/);
  });
});

/** Spellings where serde's readers are particular: float rounding and range, integers past u64, escapes, tags. */
const NUMBERS = [
  "1",
  "-0",
  "0.1",
  "1E5",
  "1e39",
  "-1e39",
  "1e400",
  "1e-400",
  "3.4028235677973366e38",
  "3.4028235677973367e38",
  "1.0000000596046448",
  "16777217",
  "3101168.75",
  "18446744073709551616",
  "2e-45",
  "5e-324",
];
const STRINGS = [
  '"circle"',
  '"point"',
  '"rect"',
  '"labeled_reading"',
  '"unknown"',
  '"hexagon"',
  '"PING"',
  '"SET_SCALE"',
  '"MOVE_TO"',
  '"DRAW"',
  '"RETAG"',
  '"red"',
  '"kind"',
  '"t"',
  '"c"',
  '"x"',
  '"y"',
  '"radius"',
  '"sensorId"',
  '"k\\u0069nd"',
  '"\\ud800"',
  '"é"',
];
describe("representations fixture, differential fuzzing: TypeScript and serde on mutated vectors", () => {
  const CASES_PER_VECTOR = 30;
  it("give the same verdict on every input, and the same bytes for each they accept", async () => {
    const pkg = await loadPackage();
    const index = JSON.parse(readFileSync(join(VECTORS, "index.json"), "utf8")) as Record<string, { file: string; type: string }[]>;
    const seeds = [...index["valid"]!, ...index["noncanonical"]!, ...index["invalid"]!];
    const rng = new MutationRng(SEED);
    const mutated: Case[] = seeds.flatMap((v) => {
      let text = readFileSync(join(VECTORS, v.file), "utf8");
      return Array.from({ length: CASES_PER_VECTOR }, (): Case => {
        text = rng.chance(0.5) ? readFileSync(join(VECTORS, v.file), "utf8") : text;
        text = mutateJson(rng, text, { numbers: NUMBERS, strings: STRINGS });
        return { type: v.type, json: text };
      });
    });
    // A cut surrogate pair is no Rust string, so serde could not be asked; both sides reject it (tests/robustness).
    const cases = mutated.filter((c) => c.json.isWellFormed());
    const input = join(tempDir(), "fuzz.json");
    const output = join(tempDir(), "fuzz-verdicts.json");
    writeFileSync(input, JSON.stringify({ writer: `differential fuzzing, seed ${SEED}`, cases }));
    const r = run(["verdicts", input, output]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const verdicts = JSON.parse(readFileSync(output, "utf8")) as { ok: boolean; json?: string }[];
    const disagreements: string[] = [];
    cases.forEach((c, i) => {
      let ts: { ok: boolean; json?: string };
      try {
        ts = { ok: true, json: pkg.serialize(c.type, pkg.parse(c.type, c.json)) };
      } catch {
        ts = { ok: false };
      }
      const serde = verdicts[i]!;
      if (ts.ok !== serde.ok || ts.json !== serde.json)
        disagreements.push(`${c.type} ${c.json}: serde ${JSON.stringify(serde)}, TypeScript ${JSON.stringify(ts)}`);
    });
    expect(disagreements.slice(0, 20)).toEqual([]);
    // The mutations must reach both sides of the line, or this proves nothing.
    expect(verdicts.filter((v) => v.ok).length).toBeGreaterThan(cases.length / 10);
    expect(verdicts.filter((v) => !v.ok).length).toBeGreaterThan(cases.length / 10);
  });
});
