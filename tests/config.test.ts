import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findConfig, mergeSettings, parseConfig } from "../src/cli/config.js";
import { InputError } from "../src/diagnostics.js";
import { loadSchemaText } from "../src/load/loadSchema.js";
import { SCHEMA, cli, tempDir } from "./helpers/paths.js";

const TARGETS = ["typescript", "rust"];

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
    expect(parseConfig(doc, undefined, "/repo", TARGETS)).toEqual({ schema: "sub/s.json", out: "gen", targets: ["typescript"], packageName: "@acme/proto" });
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
    expect(mergeSettings(defaults, undefined, {})).toEqual({ ...defaults, packageName: undefined });
    expect(mergeSettings(defaults, { out: "c", packageName: "c" }, { out: "f" })).toEqual({
      schema: "d.json",
      out: "f",
      targets: ["typescript"],
      packageName: "c",
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
      'claw-codegen.config.json:2:15: error: unknown target "cobol" (known: typescript, rust, go, schema) [config-unknown-target] at #/targets/0',
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

  it("`generate` and `check` with no flags use every setting of the config", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "claw-codegen.config.json"), JSON.stringify({ schema: SCHEMA, out: "gen", targets: ["typescript"], packageName: "@acme/proto" }));
    const gen = cli(["generate"], dir);
    expect(gen.stdout).toMatch(/^typescript: \d+ files in gen\/typescript[ ,]/);
    expect(JSON.parse(readFileSync(join(dir, "gen/typescript/package.json"), "utf8"))).toMatchObject({ name: "@acme/proto" });
    expect(cli(["check"], dir)).toMatchObject({ status: 0, stderr: "" });
  }, 60_000);
});
