import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { compile } from "json-schema-to-typescript";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { generate } from "../src/pipeline.js";
import { normalizeTimestamp, normalizeUuid } from "../generated/typescript/dist/esm/scalars.js";
import { loadTargets } from "../src/targets/index.js";
import { ROOT, SCHEMA, cli, tempDir } from "./helpers/paths.js";
import { VECTORS, vectorBytes, vectorIndex } from "./helpers/vectors.js";
import { beyond, cases, decoder, fuzzCorpus, parsed, report } from "./helpers/schemaVerdicts.js";

/**
 * The schema target's export, read by tools we do not control, with the shipped format functions:
 * each must accept every valid vector (and rules-invalid ones: valid on the wire) and every noncanonical
 * one marked `schema: true`, and reject every invalid one marked `schema: true`.
 */

type Reading = (type: string, value: unknown) => boolean;
const { valid } = vectorIndex;

/** The first Python that imports `module`: the one on PATH (pyenv, a venv) or Debian's, where apt installs python3-<module>. */
function pythonWith(module: string): string | undefined {
  return ["python3", "/usr/bin/python3"].find((py) => spawnSync(py, ["-c", `import ${module}`], { encoding: "utf8" }).status === 0);
}
const pythonJsonschema = pythonWith("jsonschema");
const havePython = pythonJsonschema !== undefined;
const pythonFast = pythonWith("fastjsonschema");

let dir = "";
let schema: { $id: string; $defs: object };
let draft07: { $id: string; definitions: object };
let formats: Record<string, (s: string) => boolean>;

beforeAll(async () => {
  const out = tempDir("claw-schema-target-");
  await generate({ schema: SCHEMA, out, targets: (await loadTargets(["schema"]))! });
  dir = join(out, "schema");
  schema = JSON.parse(readFileSync(join(dir, "claw-proto.schema.json"), "utf8")) as typeof schema;
  draft07 = JSON.parse(readFileSync(join(dir, "claw-proto.draft-07.schema.json"), "utf8")) as typeof draft07;
  formats = ((await import(join(dir, "formats.mjs"))) as { formats: typeof formats }).formats;
}, 60_000);

describe("schema target", () => {
  it("`claw-codegen generate --target schema` writes <out>/schema/ and nothing else; `check --target schema` reads it back", () => {
    const out = tempDir("claw-schema-cli-");
    const gen = cli(["generate", "--target", "schema", "--schema", SCHEMA, "--out", out], out);
    expect(gen.status, gen.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(["schema"]);
    expect(readdirSync(join(out, "schema")).sort()).toEqual([
      "claw-codegen.model.json",
      "claw-proto.draft-07.schema.json",
      "claw-proto.schema.json",
      "claw-proto.x-claw.json",
      "formats.go",
      "formats.mjs",
      "formats.py",
    ]);
    const check = cli(["check", "--target", "schema", "--schema", SCHEMA, "--out", out], out);
    expect(check.stderr + check.stdout).toMatch(/up to date/);
    expect(check.status).toBe(0);
  });

  it("exports standard keywords only: no x- keyword, no default, $id and $defs kept", () => {
    const text = readFileSync(join(dir, "claw-proto.schema.json"), "utf8");
    expect(text).not.toMatch(/"x-[^"]*":|"default":/);
    expect(schema.$id).toBe("https://clawbernetes.dev/schemas/claw-proto.schema.json");
    expect(Object.keys(schema.$defs)).toContain("NodeMessage");
    expect(text.endsWith("}\n")).toBe(true);
    const d7 = readFileSync(join(dir, "claw-proto.draft-07.schema.json"), "utf8");
    expect(d7).not.toMatch(/"x-[^"]*":|"default":|"\$defs"|prefixItems|#\/\$defs/);
    // u64's maximum is written exactly, not as the nearest double.
    expect(text).toContain('"maximum": 18446744073709551615');
    // The sidecar keeps what the x- keywords said, by pointer into the export.
    const side = JSON.parse(readFileSync(join(dir, "claw-proto.x-claw.json"), "utf8")) as Record<string, Record<string, unknown>>;
    expect(side[""]).toEqual({ "x-protocol-version": 1, "x-messages": { NodeMessage: "node-to-gateway", GatewayMessage: "gateway-to-node" } });
    expect(side["/$defs/WorkloadStatus/properties/state"]).toEqual({ "x-rust-default": "Pending" });
    expect(side["/$defs/RestartPolicy"]).toEqual({ "x-serde": "externally-tagged", "x-rust-default": "Never" });
    expect(side["/$defs/WorkloadSpec/properties/ports/items"]).toEqual({ "x-rust-type": "u16", "x-rules": { minimum: 1, maximum: 65535 } });
    expect(side["/$defs/WorkloadSpec/properties/image"]).toEqual({
      "x-rules": { minLength: 1, format: "image-reference", description: "Non-empty, valid container image format" },
    });
  });

  it("formats.mjs: uuid and date-time mean what the uuid crate and chrono accept", () => {
    const yes = (f: string, s: string) => expect(formats[f]!(s), `${f} ${s}`).toBe(true);
    const no = (f: string, s: string) => expect(formats[f]!(s), `${f} ${s}`).toBe(false);
    yes("uuid", "67e55044-10b1-426f-9247-bb680e5fe0c8");
    yes("uuid", "67E5504410B1426F9247BB680E5FE0C8");
    yes("uuid", "{67e55044-10b1-426f-9247-bb680e5fe0c8}");
    yes("uuid", "urn:uuid:67e55044-10b1-426f-9247-bb680e5fe0c8");
    no("uuid", "67e55044-10b1-426f-9247-bb680e5fe0c8-");
    no("uuid", "67e55044-10b1-426f-9247-bb680e5fe0cg");
    yes("date-time", "2024-01-15T10:30:00Z");
    yes("date-time", "2016-12-31T23:59:60Z");
    yes("date-time", "-0001-01-01T00:00:00Z");
    yes("date-time", "+262143-12-31T23:59:59Z");
    yes("date-time", "2024-01-15 10:30:00 +05:30");
    yes("date-time", "2024-01-15T10:30:00.1234567891UTC");
    no("date-time", "+262143-12-31T23:59:59-01:00");
    no("date-time", "2023-02-29T00:00:00Z");
    no("date-time", "2024-01-15T10:30:00");
    no("date-time", "2024-01-15T24:00:00Z");
  });

  it("formats.mjs and formats.py agree with the TypeScript package's scalar parsers (tested against the crates) on 6,000 strings", () => {
    const refuses = (normalize: (s: string) => string) => (s: string) => {
      try {
        normalize(s);
        return true;
      } catch {
        return false;
      }
    };
    const corpus = fuzzCorpus();
    const reference = { uuid: refuses(normalizeUuid), "date-time": refuses(normalizeTimestamp) };
    const harness = join(tempDir("claw-schema-fmt-"), "formats_check.py");
    writeFileSync(harness, FORMATS_HARNESS);
    const py = havePython ? spawnSync(pythonJsonschema!, [harness, dir], { input: JSON.stringify(corpus), encoding: "utf8" }) : undefined;
    if (py) expect(py.status, py.stderr).toBe(0);
    const pyVerdicts = py ? (JSON.parse(py.stdout) as boolean[]) : [];
    const differ: string[] = [];
    corpus.forEach(([name, text], i) => {
      const want = reference[name](text);
      if (formats[name]!(text) !== want) differ.push(`formats.mjs ${name} ${JSON.stringify(text)}: expected ${want}`);
      if (py && pyVerdicts[i] !== want) differ.push(`formats.py ${name} ${JSON.stringify(text)}: expected ${want}`);
    });
    const accepted = corpus.filter(([name, text]) => reference[name](text)).length;
    console.log(`formats: ${corpus.length} strings (${accepted} accepted) judged alike by formats.mjs${py ? ", formats.py" : ""} and the package's parsers`);
    expect(differ).toEqual([]);
  });

  it("Ajv 2020 (strict) with formats.mjs gives serde's verdict on every vector a schema can express", () => {
    const ajv = new Ajv2020({ strict: true });
    for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
    ajv.addSchema(schema);
    report("Ajv 2020-12 (strict)", cases, (v) => {
      const p = parsed(v.file);
      return p.ok && ajv.validate({ $ref: `${schema.$id}#/$defs/${v.type}` }, p.value);
    });
  });

  it("Ajv draft-07 (strict) with formats.mjs reads the draft-07 export the same way", () => {
    const ajv = new Ajv({ strict: true });
    for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
    ajv.addSchema(draft07);
    report("Ajv draft-07 (strict)", cases, (v) => {
      const p = parsed(v.file);
      return p.ok && ajv.validate({ $ref: `${draft07.$id}#/definitions/${v.type}` }, p.value);
    });
  });

  it("the index's flags say what the export decides: `schema` with the shipped formats, `formats` without them", () => {
    // Three readings of `format` in Ajv 2020 (strict): the shipped functions, none (an annotation, the 2020-12
    // default) and a standard RFC 3339/4122 checker (ajv-formats). A vector's verdict is serde's (accept valid,
    // rules-invalid and noncanonical; reject invalid); `schema: true` iff the text is JSON and the export with the
    // shipped formats gives that verdict; `formats` is "checked" when it holds with a standard checker but not
    // without checking, "shipped" when a standard checker gives the other verdict, absent when every reading agrees.
    const readings = [
      (a: Ajv2020) => Object.entries(formats).forEach(([name, check]) => a.addFormat(name, check)),
      (a: Ajv2020) => a.opts.validateFormats,
      (a: Ajv2020) => addFormats(a, ["uuid", "date-time"]),
    ].map((setup, i) => {
      const a = new Ajv2020({ strict: true, validateFormats: i !== 1 });
      setup(a);
      a.addSchema(schema);
      return (type: string, value: unknown) => a.getSchema(`${schema.$id}#/$defs/${type}`)!(value) as boolean;
    });
    const [shipped, annotation, standard] = readings as [Reading, Reading, Reading];
    type Entry = { file: string; type: string; schema?: boolean; formats?: string };
    const wrong: string[] = [];
    const tally: Record<string, number> = {};
    for (const [category, entries] of Object.entries(vectorIndex) as [string, Entry[]][])
      for (const e of entries) {
        const want = category !== "invalid";
        const p = parsed(e.file);
        const decided = p.ok && shipped(e.type, p.value) === want;
        const fmt =
          !p.ok || !decided ? undefined : standard(e.type, p.value) !== want ? "shipped" : annotation(e.type, p.value) !== want ? "checked" : undefined;
        const flag = { schema: "schema" in e ? e.schema : true, formats: e.formats };
        if (flag.schema !== decided || flag.formats !== fmt)
          wrong.push(`${e.file}: index says ${JSON.stringify(flag)}, the export decides ${JSON.stringify({ schema: decided, formats: fmt })}`);
        const key = `${category} schema:${decided}${fmt ? ` formats:${fmt}` : ""}`;
        tally[key] = (tally[key] ?? 0) + 1;
      }
    console.log(`index flags: ${JSON.stringify(tally)}`);
    expect(wrong).toEqual([]);
  });

  it("python3-jsonschema and python3-fastjsonschema are present where CI runs (.ci/run installs them)", () => {
    if (process.env["CI"] === "true")
      expect({ jsonschema: havePython, fastjsonschema: pythonFast !== undefined }).toEqual({ jsonschema: true, fastjsonschema: true });
  });

  it.runIf(pythonFast !== undefined)("python3-fastjsonschema (draft-07 only) with formats.py's is_uuid/is_date_time gives the same verdicts", () => {
    const harness = join(tempDir("claw-schema-fast-"), "harness.py");
    writeFileSync(harness, FAST_HARNESS);
    const all = [...cases, ...beyond];
    const r = spawnSync(pythonFast!, [harness, dir, VECTORS], { input: JSON.stringify(all), encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const verdicts = JSON.parse(r.stdout) as boolean[];
    const byFile = new Map(all.map((v, i) => [v.file, verdicts[i]!]));
    report("python3-fastjsonschema draft-07", cases, (v) => byFile.get(v.file)!);
  });

  for (const draft of ["2020-12", "draft-07"] as const) {
    it.runIf(havePython)(`python3-jsonschema (${draft}) with formats.py's format_checker() gives the same verdicts`, () => {
      const harness = join(tempDir("claw-schema-py-"), "harness.py");
      writeFileSync(harness, PYTHON_HARNESS);
      const file = draft === "2020-12" ? "claw-proto.schema.json" : "claw-proto.draft-07.schema.json";
      const all = [...cases, ...beyond];
      const r = spawnSync(pythonJsonschema!, [harness, dir, file, draft, VECTORS], { input: JSON.stringify(all), encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      const verdicts = JSON.parse(r.stdout) as boolean[];
      const byFile = new Map(all.map((v, i) => [v.file, verdicts[i]!]));
      report(`python3-jsonschema ${draft}`, cases, (v) => byFile.get(v.file)!);
    });
  }
});

describe("schema target on the other fixtures: every valid vector (serde writes it) is accepted", () => {
  for (const fixture of ["representations", "telemetry"]) {
    it(`${fixture}: Ajv 2020 and draft-07 (strict), with the fixture's own export and formats`, async () => {
      const out = tempDir(`claw-schema-${fixture}-`);
      const fixtureDir = join(ROOT, "tests/fixtures", fixture);
      await generate({ schema: join(fixtureDir, "schema.json"), out, targets: (await loadTargets(["schema"]))! });
      const exported = join(out, "schema");
      const files = readdirSync(exported);
      const s2020 = JSON.parse(
        readFileSync(
          join(
            exported,
            files.find((f) => /(?<!draft-07)\.schema\.json$/.test(f))!,
          ),
          "utf8",
        ),
      ) as { $id: string };
      const s07 = JSON.parse(
        readFileSync(
          join(
            exported,
            files.find((f) => f.endsWith(".draft-07.schema.json"))!,
          ),
          "utf8",
        ),
      ) as { $id: string };
      const own = ((await import(join(exported, "formats.mjs"))) as { formats: typeof formats }).formats;
      const index = JSON.parse(readFileSync(join(fixtureDir, "vectors/index.json"), "utf8")) as { valid: { file: string; type: string }[] };
      const read = (file: string) => JSON.parse(decoder.decode(readFileSync(join(fixtureDir, "vectors", file)))) as unknown;
      for (const [ajv, s, defs] of [
        [new Ajv2020({ strict: true }), s2020, "$defs"],
        [new Ajv({ strict: true }), s07, "definitions"],
      ] as const) {
        for (const [name, check] of Object.entries(own)) ajv.addFormat(name, check);
        ajv.addSchema(s);
        const rejected = index.valid.filter((v) => !ajv.validate({ $ref: `${s.$id}#/${defs}/${v.type}` }, read(v.file))).map((v) => v.file);
        expect(rejected, defs).toEqual([]);
      }
      console.log(`${fixture}: ${index.valid.length} valid vectors accepted by Ajv 2020-12 and draft-07 (strict)`);
    }, 60_000);
  }
});

const FORMATS_HARNESS = String.raw`
import json, sys
sys.path.insert(0, sys.argv[1])
from formats import format_checker
checker = format_checker()
print(json.dumps([checker.conforms(text, name) for name, text in json.load(sys.stdin)]))
`;

describe("json-schema-to-typescript on the export (defaults, as a team without our generator would run it)", () => {
  /** The valid vectors whose literal does not type-check against the declarations written from `file`. */
  async function untyped(file: string): Promise<{ failing: string[]; types: string }> {
    const work = tempDir("claw-schema-jstt-");
    const types = await compile(JSON.parse(readFileSync(join(dir, file), "utf8")) as never, "ClawProto", { unreachableDefinitions: true, bannerComment: "" });
    writeFileSync(join(work, "types.ts"), types);
    const lines = valid.map((v, i) => `export const v${i}: T.${v.type} = ${decoder.decode(vectorBytes(v.file))};`);
    writeFileSync(join(work, "vectors.ts"), `import type * as T from "./types.js";\n${lines.join("\n")}\n`);
    const program = ts.createProgram([join(work, "vectors.ts")], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    });
    const failing = new Set<string>();
    for (const d of ts.getPreEmitDiagnostics(program)) {
      if (!d.file?.fileName.endsWith("vectors.ts") || d.start === undefined) throw new Error(ts.flattenDiagnosticMessageText(d.messageText, " "));
      const line = d.file.getLineAndCharacterOfPosition(d.start).line;
      failing.add(valid[line - 1]!.file);
    }
    return { failing: [...failing], types };
  }

  it("the draft-07 export's declarations type every valid vector; the 2020-12 export's do not (prefixItems: KeyValue becomes never[])", async () => {
    const { failing: draft07Failing, types } = await untyped("claw-proto.draft-07.schema.json");
    const { failing: draft2020Failing } = await untyped("claw-proto.schema.json");
    // Precise, not merely permissive: the pair is a tuple of two strings.
    expect(types).toContain("export type KeyValue = [string, string];");
    console.log(
      `json-schema-to-typescript: draft-07 export types ${valid.length - draft07Failing.length}/${valid.length} valid vectors; 2020-12 export ${valid.length - draft2020Failing.length}/${valid.length}`,
    );
    expect(draft07Failing).toEqual([]);
    expect(draft2020Failing.length).toBeGreaterThan(0);
  }, 120_000);
});

describe("schema target on hostile text", () => {
  it("every description, whatever it holds, reaches the export as the same string, with nothing invisible shown raw", async () => {
    const hostile = 'a */ -- <!-- \u2028 \u2029 \u202e \u200b \u0085 \ufeff \u007f "\\ </script> ${x} #[x] \t \u{1f600} end';
    const source = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/representations/schema.json"), "utf8")) as unknown;
    const swap = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(swap)
        : node !== null && typeof node === "object"
          ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === "description" && typeof v === "string" ? hostile : swap(v)]))
          : node;
    const work = tempDir("claw-schema-hostile-");
    writeFileSync(join(work, "hostile.schema.json"), JSON.stringify(swap(source)));
    await generate({ schema: join(work, "hostile.schema.json"), out: work, targets: (await loadTargets(["schema"]))! });
    const exported = join(work, "schema");
    let seen = 0;
    const count = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(count);
      else if (node !== null && typeof node === "object")
        for (const [k, v] of Object.entries(node)) {
          if (k === "description" && typeof v === "string") {
            expect(v).toBe(hostile);
            seen++;
          } else count(v);
        }
    };
    for (const file of readdirSync(exported).filter((f) => f.endsWith(".json") && f !== "claw-codegen.model.json")) {
      const text = readFileSync(join(exported, file), "utf8");
      // eslint-disable-next-line no-control-regex -- finding raw control characters is the point
      expect(text, file).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/);
      count(JSON.parse(text));
    }
    expect(seen).toBeGreaterThan(10);
    const s2020 = JSON.parse(readFileSync(join(exported, "representations-fixture.schema.json"), "utf8")) as object;
    expect(() => new Ajv2020({ strict: true, formats: { uuid: true, "date-time": true } }).compile(s2020)).not.toThrow();
  });
});

const FAST_HARNESS = String.raw`
import json, sys
sys.path.insert(0, sys.argv[1])
import fastjsonschema
from formats import is_uuid, is_date_time
directory, vectors = sys.argv[1:3]
with open(directory + "/claw-proto.draft-07.schema.json", encoding="utf-8") as f:
    schema = json.load(f)
compiled = {}
out = []
for v in json.load(sys.stdin):
    if v["type"] not in compiled:
        root = dict(schema)
        root["$ref"] = "#/definitions/" + v["type"]
        compiled[v["type"]] = fastjsonschema.compile(root, formats={"uuid": is_uuid, "date-time": is_date_time})
    with open(vectors + "/" + v["file"], "rb") as f:
        text = f.read().decode("utf-8", "replace")
    try:
        value = json.loads(text)
    except ValueError:
        out.append(False)
        continue
    try:
        compiled[v["type"]](value)
        out.append(True)
    except fastjsonschema.JsonSchemaException:
        out.append(False)
print(json.dumps(out))
`;

const PYTHON_HARNESS = String.raw`
import json, sys
sys.path.insert(0, sys.argv[1])
import jsonschema
from formats import format_checker
directory, file, draft, vectors = sys.argv[1:5]
with open(directory + "/" + file, encoding="utf-8") as f:
    schema = json.load(f)
cls = jsonschema.Draft202012Validator if draft == "2020-12" else jsonschema.Draft7Validator
defs = "$defs" if draft == "2020-12" else "definitions"
checker = format_checker()
out = []
for v in json.load(sys.stdin):
    with open(vectors + "/" + v["file"], "rb") as f:
        text = f.read().decode("utf-8", "replace")
    try:
        value = json.loads(text)
    except ValueError:
        out.append(False)
        continue
    root = dict(schema)
    root["$ref"] = "#/" + defs + "/" + v["type"]
    out.append(cls(root, format_checker=checker).is_valid(value))
print(json.dumps(out))
`;
