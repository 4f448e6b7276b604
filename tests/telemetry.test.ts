// The telemetry fixture (tests/fixtures/telemetry): a second protocol, independent of claw-proto and of the
// representations fixture. A sensor and a collector exchange SensorMessage / CollectorMessage; it has newtypes
// over a UUID, a u64, a string and a timestamp, an Option<u32> inside a message variant, HashMaps, an f64, a
// list, default enums and a rule layer. Through every target:
// - its committed output (generated/) is what the schema produces, the TypeScript package type-checks under
//   strict (and so does a consumer), and the crate builds (offline, Debian's crates) inside the runner;
// - its vectors are judged three times, and all must agree with the index: by serde over types and rules written
//   by hand (tests/serde-referee, independent of the generator), by the generated crate
//   (tests/fixture-conformance --fixture telemetry) and by the generated TypeScript package; a wrong byte, a wrong
//   canonical form, an invalid text that serde accepts or a wrong rule field fails all three;
// - fresh values cross both ways (serde → TypeScript, TypeScript → serde), and mutated vectors get the same
//   verdict and bytes from TypeScript and serde.
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { EnumDecl, Model } from "../src/model/types.js";
import { modelFromFile } from "../src/pipeline.js";
import { mutateJson } from "./helpers/mutate.js";
import { ROOT, cli, tempDir } from "./helpers/paths.js";
import { fixtureRunner, serdeReferee } from "./helpers/rustRunners.js";
import { consumerTypeErrors, typeErrors } from "./helpers/typecheck.js";
import { Rng, Sampler } from "./fixture-conformance/tsSamples.js";
import type { TimestampParts } from "./rust-conformance/tsSamples.js";
import { Rng as MutationRng } from "./robustness/rng.js";

const FIXTURE = join(ROOT, "tests/fixtures/telemetry");
const SCHEMA = join(FIXTURE, "schema.json");
const GENERATED = join(FIXTURE, "generated");
const VECTORS = join(FIXTURE, "vectors");
const PACKAGE = join(GENERATED, "typescript/dist/esm/index.js");
const SEED = 0x7e1e_3e7e;
const PER_TYPE = 32;
/** The largest integer a JavaScript number holds; the package refuses larger u64 values (README, "The wire format"). */
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

interface Entry {
  file: string;
  type: string;
  canonical?: string;
  kind?: string;
  pointer?: string;
  field?: string;
  typescriptGap?: string;
}
type Section = "valid" | "noncanonical" | "invalid" | "rules-invalid";
type Index = Record<Section, Entry[]>;
interface Case {
  type: string;
  json: string;
}
type Api = Record<string, (...args: unknown[]) => unknown>;

const readIndex = (dir: string) => JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as Index;
const run = (args: string[]) => fixtureRunner.run(["--fixture", "telemetry", ...args]);

/** Every file under `dir`: relative path → bytes. */
function files(dir: string, rel = ""): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const path = rel === "" ? name : `${rel}/${name}`;
    if (statSync(join(dir, path)).isDirectory()) for (const [p, b] of files(dir, path)) out.set(p, b);
    else out.set(path, readFileSync(join(dir, path)));
  }
  return out;
}

/**
 * The TypeScript package's verdict on every vector of `dir`, one line per disagreement with the index:
 * valid → the same bytes back; noncanonical → `canonical`; invalid → a ProtoError of the recorded kind and
 * pointer; rules-invalid → accepted, and both `check<Type>Rules` and `validate<Type>` name `field` first.
 * A `typescriptGap` vector (a u64 above 2^53−1, which serde accepts) must be refused with an InvalidMessage.
 */
function typescriptVerdicts(api: Api, dir: string): { checked: number; failures: string[] } {
  const index = readIndex(dir);
  const failures: string[] = [];
  let checked = 0;
  const attempt = (e: Entry): { value: unknown } | { error: { kind?: string; pointer?: string; message?: string } } => {
    try {
      return { value: api[`parse${e.type}`]!(new Uint8Array(readFileSync(join(dir, e.file)))) };
    } catch (error) {
      return { error: error as { kind?: string; pointer?: string } };
    }
  };
  const serialize = (e: Entry, value: unknown) => api[`serialize${e.type}`]!(value) as string;
  for (const section of ["valid", "noncanonical", "invalid", "rules-invalid"] as const) {
    for (const e of index[section]) {
      checked++;
      const fail = (why: string) => failures.push(`${section} ${e.file} (${e.type}): ${why}`);
      const r = attempt(e);
      if (section === "invalid") {
        if ("value" in r) fail(`accepted, writes ${serialize(e, r.value)}`);
        else if (r.error.kind !== e.kind || r.error.pointer !== e.pointer)
          fail(`${r.error.kind} at ${JSON.stringify(r.error.pointer)}, the index says ${e.kind} at ${JSON.stringify(e.pointer)}`);
      } else if (e.typescriptGap) {
        if ("value" in r) fail(`accepted a typescriptGap vector (${e.typescriptGap})`);
        else if (r.error.kind !== "InvalidMessage") fail(`refused with ${r.error.kind}, not InvalidMessage`);
      } else if ("error" in r) {
        fail(`refused: ${r.error.kind} at ${JSON.stringify(r.error.pointer)}: ${r.error.message}`);
      } else {
        const written = serialize(e, r.value);
        const expected = section === "noncanonical" ? e.canonical : readFileSync(join(dir, e.file), "utf8");
        if (written !== expected) fail(`writes ${written}, expected ${expected}`);
        if (section === "rules-invalid") {
          const checkedRules = (api[`check${e.type}Rules`]!(r.value) as { field: string }[]).map((v) => v.field);
          const validated = (api[`validate${e.type}`]!(r.value) as { field?: string }[]).map((v) => v.field);
          if (checkedRules[0] !== e.field || validated[0] !== e.field)
            fail(`check${e.type}Rules names ${JSON.stringify(checkedRules)}, validate${e.type} ${JSON.stringify(validated)}, the index says ${e.field}`);
        }
      }
    }
  }
  return { checked, failures };
}

let api: Api;
let model: Model;
let total: number;

beforeAll(async () => {
  serdeReferee.build();
  fixtureRunner.build();
  api = (await import(pathToFileURL(PACKAGE).href)) as Api;
  model = modelFromFile(SCHEMA);
  total = Object.values(readIndex(VECTORS)).reduce((n, entries) => n + entries.length, 0);
}, 600_000);

describe("telemetry fixture: the generated output", () => {
  it("claw-codegen check passes for tests/fixtures/telemetry/generated (run outside the repository, so no config applies)", () => {
    const r = cli(["check", "--schema", SCHEMA, "--out", GENERATED], tempDir("claw-telemetry-"));
    expect(r.stderr + r.stdout).toMatch(/up to date/);
    expect(r.status).toBe(0);
    // Named after the schema's title, unscoped: this repository's @clawbernetes scope does not reach it.
    expect(JSON.parse(readFileSync(join(GENERATED, "typescript/package.json"), "utf8"))).toMatchObject({ name: "sensor-telemetry", version: "3.0.0" });
    expect(readFileSync(join(GENERATED, "rust/Cargo.toml"), "utf8")).toMatch(/^name = "sensor-telemetry"$/m);
  });

  it("the TypeScript package type-checks under strict, and so does a consumer of its messages, newtypes and rules", () => {
    expect(typeErrors(join(GENERATED, "typescript/src"))).toEqual([]);
    const dir = tempDir("claw-telemetry-consumer-");
    const src = join(GENERATED, "typescript/src");
    writeFileSync(
      join(dir, "consumer.ts"),
      `import { ChannelName, CollectorMessage, Mode, ObservedAt, PROTOCOL_VERSION, SensorConfig, SensorId, SensorMessage, SequenceNumber,
  checkSensorConfigRules, parseCollectorMessage, serializeSensorMessage } from ${JSON.stringify(join(src, "index.js"))};

const id: SensorId = SensorId.new();
const at: ObservedAt = ObservedAt.fromStr("2024-01-02T04:04:05+01:00");
const hello: SensorMessage = {
  Hello: { sensor_id: id, protocol_version: PROTOCOL_VERSION,
    info: { model: "TH-200", firmware: "1", channels: ["temp" as ChannelName], labels: { room: "lab" }, max_rate_hz: 50 } },
};
const batch = { sensor_id: id, sequence: 42 as SequenceNumber, observed_at: at, samples: [], battery_percent: null };
const readings: SensorMessage = { Readings: batch };
const battery = (m: SensorMessage): number | null =>
  SensorMessage.match(m, { Hello: () => null, Readings: (r) => r.battery_percent, Fault: (f) => f.code, Goodbye: () => null });
const config: SensorConfig = SensorConfig.create({ interval_ms: 5 });
const mode: Mode = config.mode;
const problems: string[] = checkSensorConfigRules(config).map((v) => v.field);
const next: number = (42 as SequenceNumber) + 1; // a u64 newtype is a number
const reply = CollectorMessage.match(parseCollectorMessage('"Pause"'), {
  Welcome: (w) => w.accepted_version, Configure: (c) => c.interval_ms, Ack: (a) => a.sequence, Reject: (why) => why.length, Pause: () => 0, Resume: () => 1,
});
// @ts-expect-error a plain string is not a ChannelName
const channel: ChannelName = "temp";
// @ts-expect-error every variant needs a handler
SensorMessage.match(hello, { Hello: () => 0, Readings: () => 0, Fault: () => 0 });
// @ts-expect-error battery_percent is an Option<u32>: a number or null, not a string
const bad: SensorMessage = { Readings: { ...batch, battery_percent: "87" } };
export const all = [serializeSensorMessage(hello), battery(readings), mode, problems, next, reply, channel, bad];
`,
    );
    expect(consumerTypeErrors(join(dir, "consumer.ts"), src)).toEqual([]);
  }, 60_000);

  it("the crate built (inside tests/fixture-conformance) and the runner knows exactly the schema's types", () => {
    const r = run(["types"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual(model.decls.map((d) => d.name));
  });
});

describe("telemetry fixture: every vector, judged three times", () => {
  it("make-vectors.mjs writes exactly the committed files", () => {
    const dir = join(tempDir(), "vectors");
    cpSync(VECTORS, dir, { recursive: true });
    execFileSync(process.execPath, [join(dir, "make-vectors.mjs")], { encoding: "utf8" });
    const committed = files(VECTORS);
    const written = files(dir);
    const same = (p: string) => committed.has(p) && written.has(p) && committed.get(p)!.equals(written.get(p)!);
    expect([...new Set([...committed.keys(), ...written.keys()])].filter((p) => !same(p))).toEqual([]);
  });

  it("cover every type, every variant of every enum, and each case the promise names", () => {
    const index = readIndex(VECTORS);
    const all = Object.values(index).flat();
    expect(new Set(all.map((e) => e.type))).toEqual(new Set(model.decls.map((d) => d.name)));
    const validTexts = (type: string) =>
      [...index.valid, ...index.noncanonical].filter((e) => e.type === type).map((e) => JSON.parse(readFileSync(join(VECTORS, e.file), "utf8")) as unknown);
    for (const d of model.decls.filter((d): d is EnumDecl => d.kind === "enum")) {
      const tags = new Set(validTexts(d.name).map((v) => (typeof v === "string" ? v : Object.keys(v as object)[0])));
      expect([...tags].sort(), d.name).toEqual(d.variants.map((v) => v.name).sort());
    }
    const names = new Set(all.map((e) => e.file.replace(/^[a-z-]+\/|\.json$/g, "")));
    for (const name of [
      "sensor-unknown-variant",
      "collector-unknown-variant",
      "sensor-two-tags",
      "hello-missing-field",
      "hello-duplicate-field",
      "hello-protocol-version-above-u32",
      "hello-protocol-version-float",
      "readings-battery-above-u32",
      "readings-battery-float",
      "readings-battery-none",
      "readings-battery-absent",
      "hello-sensor-id-malformed",
      "readings-observed-at-feb-30",
      "hello-lone-surrogate",
      "hello-as-array",
      "sensor-config-label-astral",
    ])
      expect(names, name).toContain(name);
    expect(index["rules-invalid"].map((e) => e.field).sort()).toEqual(
      expect.arrayContaining(["model", "firmware", "max_rate_hz", "interval_ms", "channels", "calibration_offset", "label"]),
    );
  });

  it("serde, with the fixture's types and rules written by hand (tests/serde-referee), agrees with every vector", () => {
    const r = serdeReferee.run(["telemetry-vectors", VECTORS]);
    expect(r.stderr).toBe("");
    expect(r.stdout, r.stdout).toBe(`${total} checked, 0 failed\n`);
    expect(r.status).toBe(0);
  });

  it("the generated crate agrees with every vector (serde_json through its types, its validate_* for rules-invalid)", () => {
    const r = run(["vectors", VECTORS]);
    expect(r.stderr).toBe("");
    expect(r.stdout, r.stdout).toBe(`${total} checked, 0 failed\n`);
    expect(r.status).toBe(0);
  });

  it("the generated TypeScript package agrees with every vector", () => {
    const r = typescriptVerdicts(api, VECTORS);
    expect(r.failures).toEqual([]);
    expect(r.checked).toBe(total);
  });

  it("a wrong byte, a wrong canonical form, an invalid vector serde accepts and a wrong rule field each fail all three judges, naming the file", () => {
    const dir = join(tempDir(), "vectors");
    cpSync(VECTORS, dir, { recursive: true });
    const index = readIndex(dir);
    const valid = index.valid.find((e) => e.file === "valid/readings.json")!;
    const bytes = readFileSync(join(dir, valid.file));
    bytes[bytes.length - 1] = 0x20; // the closing brace becomes a space: the object is unterminated
    writeFileSync(join(dir, valid.file), bytes);
    const nonc = index.noncanonical.find((e) => e.file === "noncanonical/readings-battery-absent.json")!;
    nonc.canonical = nonc.canonical!.replace('"battery_percent":null', '"battery_percent":0');
    const invalid = index.invalid.find((e) => e.file === "invalid/readings-battery-float.json")!;
    writeFileSync(join(dir, invalid.file), readFileSync(join(dir, invalid.file), "utf8").replace("87.0", "87")); // now serde accepts it
    const rules = index["rules-invalid"].find((e) => e.file === "rules-invalid/sensor-info-first-of-two.json")!;
    rules.field = "max_rate_hz"; // broken too, but not first
    writeFileSync(join(dir, "index.json"), JSON.stringify(index));
    const broken = [valid.file, nonc.file, invalid.file, rules.file];

    const referee = serdeReferee.run(["telemetry-vectors", dir]);
    expect(referee.status).toBe(1);
    for (const file of broken) expect(referee.stdout).toContain(`FAIL ${file}`);
    expect(referee.stdout).toMatch(/checked, 4 failed\n$/);

    const crate = run(["vectors", dir]);
    expect(crate.status).toBe(1);
    for (const file of broken) expect(crate.stdout).toMatch(new RegExp(`FAIL [a-z-]+ ${file}`));
    expect(crate.stdout).toMatch(/checked, 4 failed\n$/);

    const typescript = typescriptVerdicts(api, dir).failures;
    expect(typescript.map((f) => f.split(" ")[1])).toEqual(broken);
  });
});

describe("telemetry fixture: fresh values, both ways", () => {
  it("serde → TypeScript: the package parses every value the crate writes (every variant) and writes it back byte for byte", () => {
    const file = join(tempDir(), "rust.json");
    const r = run(["write", file, String(PER_TYPE)]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const cases = (JSON.parse(readFileSync(file, "utf8")) as { cases: Case[] }).cases;
    expect(cases.length).toBe(model.decls.length * PER_TYPE);
    const all = cases.map((c) => c.json).join("\n");
    // Timestamps in every precision and past year 9999, escapes, astral characters, both peers' unit variants.
    for (const pattern of [
      /\.\d{3}Z"/,
      /\.\d{6}Z"/,
      /\.\d{9}Z"/,
      /:60(\.\d+)?Z"/,
      /"\+\d{5}-/,
      /"-\d{4}-/,
      /\\"/,
      /\\u0000/,
      /😀/,
      /"Goodbye"/,
      /"Pause"/,
      /"battery_percent":null/,
    ])
      expect(all).toMatch(pattern);
    const failures: string[] = [];
    for (const c of cases) {
      try {
        const back = api[`serialize${c.type}`]!(api[`parse${c.type}`]!(c.json));
        if (back !== c.json) failures.push(`${c.type} ${c.json}: TypeScript writes ${String(back)}`);
      } catch (e) {
        failures.push(`${c.type} ${c.json}: ${String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("TypeScript → serde: the crate reads every value the package writes and writes the same bytes; one wrong byte fails", () => {
    const timestamp = (api["Timestamp"] as unknown as { fromParts: (p: TimestampParts) => string }).fromParts;
    const sampler = new Sampler(model, new Rng(SEED), timestamp);
    const cases = model.decls.flatMap((d) =>
      Array.from({ length: PER_TYPE }, (_, i): Case => ({ type: d.name, json: api[`serialize${d.name}`]!(sampler.sample(d.name, i)) as string })),
    );
    const file = join(tempDir(), "ts.json");
    writeFileSync(file, JSON.stringify({ writer: `tests/telemetry.test.ts, seed ${SEED}`, cases }));
    const r = run(["judge", file]);
    expect(r.stderr).toBe("");
    expect(r.stdout, r.stdout).toBe(`${cases.length} checked, 0 failed\n`);

    const victim = cases.findIndex((c) => c.type === "Measurement" && /"value":-?\d+\.0,/.test(c.json));
    const broken = cases.map((c, i) => (i === victim ? { ...c, json: c.json.replace(/("value":-?\d+)\.0,/, "$1,") } : c)); // serde reads 7, writes 7.0
    writeFileSync(file, JSON.stringify({ writer: "broken on purpose", cases: broken }));
    const b = run(["judge", file]);
    expect(b.status).toBe(1);
    expect(b.stdout).toContain(`FAIL case ${victim} (Measurement)`);
    expect(b.stdout).toMatch(/checked, 1 failed\n$/);
  });

  it("bincode carries every type there and back (all externally tagged)", () => {
    const r = run(["bincode", "16"]);
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout.trim().split("\n").slice(0, -1)).toEqual(model.decls.map((d) => `${d.name} ok`));
  });
});

/** Tokens a mutated number or string becomes: integer and float edges, malformed UUIDs and timestamps, tags of both peers, escapes. */
const NUMBERS = [
  "0",
  "1",
  "-1",
  "-0",
  "1.0",
  "1e2",
  "255",
  "256",
  "-32769",
  "65535",
  "65536",
  "4294967295",
  "4294967296",
  "9007199254740991",
  "18446744073709551616",
  "1e400",
  "0.1",
];
const STRINGS = [
  '"Hello"',
  '"Readings"',
  '"Fault"',
  '"Goodbye"',
  '"Welcome"',
  '"Configure"',
  '"Ack"',
  '"Reject"',
  '"Pause"',
  '"Celsius"',
  '"LowPower"',
  '"Critical"',
  '"sensor_id"',
  '"battery_percent"',
  '"protocol_version"',
  '"label"',
  '"67E55044-10B1-426F-9247-BB680E5FE0C8"',
  '"{67e55044-10b1-426f-9247-bb680e5fe0c8}"',
  '"67e55044-10b1-426f-9247-bb680e5fe0c"',
  '"2024-01-02T03:04:05+01:00"',
  '"2024-02-30T03:04:05Z"',
  '"2024-01-02 03:04:05.5z"',
  '"H\\u0065llo"',
  '"\\ud800"',
  '"😀"',
];

describe("telemetry fixture, differential fuzzing: TypeScript and serde on mutated vectors", () => {
  it("give the same verdict on every input and the same bytes for each they accept (but u64 above 2^53−1)", () => {
    const index = readIndex(VECTORS);
    const seeds = [...index.valid, ...index.noncanonical, ...index.invalid, ...index["rules-invalid"]].filter((e) => !e.typescriptGap);
    const rng = new MutationRng(SEED);
    const mutated = seeds.flatMap((e) => {
      const original = readFileSync(join(VECTORS, e.file), "utf8");
      let text = original;
      return Array.from({ length: 20 }, (): Case => {
        text = mutateJson(rng, rng.chance(0.5) ? original : text, { numbers: NUMBERS, strings: STRINGS });
        return { type: e.type, json: text };
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
    // An integer token (not a float, not inside a string) that a JavaScript number cannot hold.
    const beyondSafe = (json: string) => [...json.matchAll(/(?:^|[:[,])(-?\d+)(?=[,\]}]|$)/g)].some((m) => BigInt(m[1]!) > MAX_SAFE);
    let gaps = 0;
    const disagreements: string[] = [];
    cases.forEach((c, i) => {
      let typescript: { ok: boolean; json?: string };
      try {
        typescript = { ok: true, json: api[`serialize${c.type}`]!(api[`parse${c.type}`]!(c.json)) as string };
      } catch {
        typescript = { ok: false };
      }
      const serde = verdicts[i]!;
      if (serde.ok && !typescript.ok && beyondSafe(serde.json!))
        gaps++; // the documented gap: serde reads it, a JavaScript number cannot
      else if (typescript.ok !== serde.ok || typescript.json !== serde.json)
        disagreements.push(`${c.type} ${c.json}: serde ${JSON.stringify(serde)}, TypeScript ${JSON.stringify(typescript)}`);
    });
    expect(disagreements.slice(0, 20)).toEqual([]);
    // The mutations must reach both sides of the line, or this proves nothing (most break these long messages:
    // about one in eleven is still accepted).
    expect(verdicts.filter((v) => v.ok).length).toBeGreaterThan(cases.length / 20);
    expect(verdicts.filter((v) => !v.ok).length).toBeGreaterThan(cases.length / 10);
    expect(gaps).toBeLessThan(cases.length / 100);
  });
});
