import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findConfig, mergeSettings, parseConfig } from "../src/cli/config.js";
import { InputError } from "../src/diagnostics.js";
import { loadSchemaText } from "../src/load/loadSchema.js";
import { SCHEMA, cli, tempDir } from "./helpers/paths.js";
import { TARGETS } from "../src/targets/index.js";

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.pointer}`);
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("config: parsing and validation (pure)", () => {
  it("reads every setting; paths are relative to the config file, returned relative to the working directory", () => {
    const doc = loadSchemaText(
      "sub/claw-codegen.config.json",
      '{"schema": "s.json", "out": "../gen", "targets": ["typescript"], "packageName": "@acme/proto"}',
    );
    expect(parseConfig(doc, undefined, "/repo", TARGETS)).toEqual({
      schema: "sub/s.json",
      out: "gen",
      targets: ["typescript"],
      packageNames: { typescript: "@acme/proto" },
    });
  });

  it("reads package names by target, each checked by its target's own naming", () => {
    const doc = loadSchemaText("c.json", '{"packageName": {"rust": "claw_types", "schema": "wire"}}');
    expect(parseConfig(doc, undefined, "/", TARGETS)).toEqual({ packageNames: { rust: "claw_types", schema: "wire" } });
    const bad = '{"packageName": {"rust": "9lives", "typescript": "Bad Name", "cobol": "x", "schema": 3}}';
    expect(problems(() => parseConfig(loadSchemaText("c.json", bad), undefined, "/", TARGETS))).toEqual([
      "1:26 config-package-name /packageName/rust",
      "1:50 config-package-name /packageName/typescript",
      "1:71 config-unknown-target /packageName/cobol",
      "1:86 config-type /packageName/schema",
    ]);
  });

  it("reads the claw-codegen key of package.json", () => {
    const doc = loadSchemaText("package.json", '{"name": "app", "claw-codegen": {"out": "."}}');
    expect(parseConfig(doc, "claw-codegen", "/repo", TARGETS)).toEqual({ out: "." });
  });

  it("reports every bad setting at its line, column and JSON pointer", () => {
    const text = `{
  "schema": "",
  "targets": ["typescript", "cobol", 3],
  "packageName": "Not A Name",
  "outDir": "x"
}`;
    expect(problems(() => parseConfig(loadSchemaText("c.json", text), undefined, "/", TARGETS))).toEqual([
      "2:13 config-type /schema",
      "3:29 config-unknown-target /targets/1",
      "3:38 config-unknown-target /targets/2",
      "4:18 config-package-name /packageName",
      "5:13 config-unknown-key /outDir",
    ]);
    expect(problems(() => parseConfig(loadSchemaText("c.json", '{"targets": []}'), undefined, "/", TARGETS))).toEqual(["1:13 config-type /targets"]);
    expect(problems(() => parseConfig(loadSchemaText("package.json", '{"claw-codegen": "typescript"}'), "claw-codegen", "/", TARGETS))).toEqual([
      "1:18 config-type /claw-codegen",
    ]);
  });

  it("merges: flags over config over defaults", () => {
    const defaults = { schema: "d.json", out: "d", targets: ["typescript"] };
    expect(mergeSettings(defaults, undefined, {})).toEqual({ ...defaults, packageNames: {}, targetSettings: {} });
    expect(mergeSettings(defaults, { out: "c", packageNames: { typescript: "c", rust: "r" } }, { out: "f", packageNames: { rust: "flag" } })).toEqual({
      schema: "d.json",
      out: "f",
      targets: ["typescript"],
      packageNames: { typescript: "c", rust: "flag" },
      targetSettings: {},
    });
    // A target's own settings (--u64): the flag over the config, key by key.
    expect(mergeSettings(defaults, { targetSettings: { typescript: { u64: "bigint" } } }, {}).targetSettings).toEqual({ typescript: { u64: "bigint" } });
    expect(
      mergeSettings(defaults, { targetSettings: { typescript: { u64: "bigint" } } }, { targetSettings: { typescript: { u64: "number" } } }).targetSettings,
    ).toEqual({
      typescript: { u64: "number" },
    });
  });
});

describe("config: finding it", () => {
  it("prefers --config, then claw-codegen.config.json, then package.json; refuses both of the last two", () => {
    const dir = tempDir();
    expect(findConfig(dir, TARGETS)).toBeUndefined();
    writeFileSync(join(dir, "package.json"), '{"name": "app", "claw-codegen": {"out": "from-pkg"}}');
    expect(findConfig(dir, TARGETS)).toEqual({ out: "from-pkg" });
    writeFileSync(join(dir, "claw-codegen.config.json"), '{"out": "from-file"}');
    expect(problems(() => findConfig(dir, TARGETS))).toEqual(["1:33 config-ambiguous /claw-codegen"]);
    mkdirSync(join(dir, "ci"));
    writeFileSync(join(dir, "ci/codegen.json"), '{"out": "../from-flag"}');
    expect(findConfig(dir, TARGETS, "ci/codegen.json")).toEqual({ out: "from-flag" });
    expect(problems(() => findConfig(dir, TARGETS, "missing.json"))).toEqual(["0:0 read-failed "]);
  });
});

describe("config: the CLI", () => {
  it("exit 2 on a bad config, the first line naming file:line:column and pointer", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "claw-codegen.config.json"), '{\n  "targets": ["cobol"]\n}\n');
    const r = cli(["check"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(
      'claw-codegen.config.json:2:15: error: unknown target "cobol" (known: typescript, rust, go, python, schema) [config-unknown-target] at #/targets/0',
    );
  });

  it("uses the config's paths, and flags override them", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", "claw-codegen": { schema: "missing-from-config.json" } }));
    expect(cli(["check"], dir).stderr).toMatch(/^missing-from-config\.json:.*file not found/);
    expect(cli(["check", "--schema", "missing-from-flag.json"], dir).stderr).toMatch(/^missing-from-flag\.json:.*file not found/);
    expect(cli(["check", "--package-name", "Bad Name"], dir)).toMatchObject({ status: 2, stderr: expect.stringMatching(/not a valid npm package name/) });
    // Names npm itself refuses, though they look valid.
    for (const name of ["node_modules", "@acme/_private", ".hidden"])
      expect(cli(["check", "--package-name", name], dir), name).toMatchObject({ status: 2, stderr: expect.stringMatching(/not a valid npm package name/) });
  });

  it("--package-name target=name names that target's package, checked by its own naming; a bare name is the npm package's", () => {
    const dir = tempDir();
    const r = cli(["generate", "-s", SCHEMA, "-o", "gen", "-t", "rust", "--package-name", "rust=claw_wire"], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, "gen/rust/Cargo.toml"), "utf8")).toMatch(/^name = "claw_wire"$/m);
    expect(cli(["check", "-s", SCHEMA, "-o", "gen", "-t", "rust", "--package-name", "rust=claw_wire"], dir).status).toBe(0);
    expect(cli(["check", "-t", "rust", "--package-name", "rust=9lives"], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/"9lives" is not a crate name cargo accepts/),
    });
    expect(cli(["check", "--package-name", "cobol=x"], dir)).toMatchObject({ status: 2, stderr: expect.stringMatching(/unknown target "cobol"/) });
  }, 60_000);

  it("`generate` and `check` with no flags use every setting of the config", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "claw-codegen.config.json"), JSON.stringify({ schema: SCHEMA, out: "gen", targets: ["typescript"], packageName: "@acme/proto" }));
    const gen = cli(["generate"], dir);
    expect(gen.stdout).toMatch(/^typescript: \d+ files in gen\/typescript[ ,]/);
    expect(JSON.parse(readFileSync(join(dir, "gen/typescript/package.json"), "utf8"))).toMatchObject({ name: "@acme/proto" });
    expect(cli(["check"], dir)).toMatchObject({ status: 0, stderr: "" });
  }, 60_000);
});
