import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffModels } from "../src/diff/engine.js";
import { formatReport } from "../src/diff/format/index.js";
import type { Format } from "../src/diff/format/index.js";
import { loadSide, parseSideSpec } from "../src/diff/loadSide.js";
import { ROOT, SCHEMA, cli, tempDir } from "./helpers/paths.js";

// JSON.parse would round u64's maximum; carry it through as a token.
const U64_MAX = "18446744073709551615";
type Schema = { [key: string]: Schema } & Schema[];
const parse = (text: string) => JSON.parse(text.replaceAll(U64_MAX, `"<u64-max>"`)) as Schema;
const print = (value: unknown, indent = 2) => `${JSON.stringify(value, null, indent).replaceAll(`"<u64-max>"`, U64_MAX)}\n`;

const bundled = readFileSync(SCHEMA, "utf8");

function variant(schema: Schema, union: string, name: string): Schema {
  return schema["$defs"][union]["oneOf"].find((v: Schema) => v["properties"]?.[name])["properties"][name];
}

/** Three evolutions of the bundled schema, written beside each other. */
function scenarios() {
  const dir = tempDir("claw-diff-");
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const compatible = parse(bundled);
  variant(compatible, "NodeMessage", "Heartbeat")["properties"]["uptime_secs"] = { anyOf: [{ type: "integer", "x-rust-type": "u64" }, { type: "null" }] };
  compatible["$defs"]["WorkloadSpec"]["description"] = "What to run, and with what.";
  const breaking = parse(bundled);
  const spec = breaking["$defs"]["WorkloadSpec"];
  spec["properties"]["priority"] = { type: "integer", "x-rust-type": "u32" };
  spec["required"].push("priority");
  spec["properties"]["gpu_count"]["x-rules"]["maximum"] = 32;
  breaking["$defs"]["WorkloadState"]["oneOf"].push({ const: "Evicted" });
  const bumped = parse(print(breaking));
  bumped["x-protocol-version"] = 2;
  const reverse = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(reverse)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reverse(x)]),
          )
        : v;
  return {
    old: write("old.json", bundled),
    compatible: write("compatible.json", print(compatible)),
    breaking: write("breaking.json", print(breaking)),
    bumped: write("bumped.json", print(bumped)),
    // Keys in reverse order (types, fields, keywords), indented by 4: a pure refactor.
    refactor: write("refactor.json", print(reverse(parse(bundled)), 4)),
  };
}

const files = scenarios();
const diff = (...args: string[]) => cli(["diff", ...args]);

interface JsonReport {
  summary: { findings: number; breaking: number; breakingWithoutVersionChange: boolean; versionChanged: boolean };
  findings: { rule: string; path: string; reachedBy: string[]; new: { line: number }; breaking: boolean }[];
}

/** The report and its four renderings, in process (the CLI itself is run once per exit path below). */
function render(oldFile: string, newFile: string) {
  const report = diffModels(loadSide(oldFile, ""), loadSide(newFile, ""));
  const as = (format: Format) => formatReport(report, format);
  return { report, text: as("text"), json: JSON.parse(as("json")) as JsonReport, markdown: as("markdown"), github: as("github") };
}

describe("claw-codegen diff on the bundled schema", () => {
  it("a compatible evolution: every change listed, nothing breaking, in every format", () => {
    const r = render(files.old, files.compatible);
    expect(r.text.split("\n")[0]).toMatch(/^claw-codegen diff: .*old\.json \(protocol 1\) → .*compatible\.json \(protocol 1\)$/);
    expect(r.text).toMatch(/FIELD_OPTIONAL_ADDED NodeMessage::Heartbeat\.uptime_secs: field uptime_secs added \(optional u64\)/);
    expect(r.text).toMatch(/DESCRIPTION_CHANGED WorkloadSpec: description changed/);
    expect(r.json.summary).toMatchObject({ findings: 2, breaking: 0, breakingWithoutVersionChange: false });
    expect(r.json.findings.find((f) => f.rule === "FIELD_OPTIONAL_ADDED")?.reachedBy).toEqual(["NodeMessage::Heartbeat"]);
    expect(r.markdown).toMatch(/^## claw-codegen diff: ✅ compatible\n/);
    expect(r.markdown).not.toMatch(/CAUTION/);
    expect(r.markdown).toMatch(/<summary>✅ <code>NodeMessage::Heartbeat<\/code>: 1 change<\/summary>/);
    expect(r.github.trim().split("\n")).toHaveLength(2);
    expect(r.github).toMatch(/^::notice file=.*compatible\.json,line=\d+,title=FIELD_OPTIONAL_ADDED NodeMessage%3A%3AHeartbeat\.uptime_secs::/m);
    expect(diff(files.old, files.compatible)).toMatchObject({ status: 0, stdout: r.text });
  });

  it("a breaking evolution without a version bump: said first, in every format; exit 1", () => {
    const r = render(files.old, files.breaking);
    expect(r.text.split("\n")[0]).toMatch(/^BREAKING CHANGE WITHOUT A PROTOCOL VERSION CHANGE: 3 changes \(2 wire, 1 rules\)/);
    expect(r.text).toMatch(/^ {2}FIELD_REQUIRED_ADDED {2}WorkloadSpec\.priority {2}.*breaking\.json:\d+ {2}gateway → node: new node reading an old gateway$/m);
    expect(r.text).toMatch(/BREAKS: an old writer sends a value above 32, which the new rules reject/);
    expect(r.json.summary).toMatchObject({ breaking: 3, breakingWithoutVersionChange: true });
    expect(r.json.findings.map((f) => f.rule).sort()).toEqual(["FIELD_REQUIRED_ADDED", "RULE_BOUND_TIGHTENED", "VARIANT_ADDED"]);
    const evicted = r.json.findings.find((f) => f.rule === "VARIANT_ADDED")!;
    expect(evicted.reachedBy).toEqual(["GatewayMessage::DeployWorkload", "NodeMessage::WorkloadUpdate"]);
    expect(readFileSync(files.breaking, "utf8").split("\n")[evicted.new.line]).toMatch(/"const": "Evicted"/);
    expect(r.markdown.split("\n").slice(0, 4).join("\n")).toMatch(/^## claw-codegen diff: ❌ breaking\n\n> \[!CAUTION\]\n> \*\*BREAKING CHANGE WITHOUT/);
    expect(r.markdown).toMatch(/<summary>❌ <code>GatewayMessage::DeployWorkload<\/code>: 3 changes, 3 breaking<\/summary>/);
    expect(r.github.split("\n")[0]).toMatch(/^::error file=.*breaking\.json,line=6,title=protocol version unchanged::/);
    expect(r.github.match(/^::error /gm)).toHaveLength(4);
    const json = diff(files.old, files.breaking, "--format", "json");
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual(r.json);
    expect(json.stderr.split("\n")[0]).toMatch(/^BREAKING CHANGE WITHOUT A PROTOCOL VERSION CHANGE/);
  });

  it("the same change with the major version bumped: no warning, the bump said first", () => {
    const r = render(files.old, files.bumped);
    expect(r.text.split("\n")[0]).toBe("protocol version 1 → 2: old and new peers refuse each other at Register.");
    expect(r.text).not.toMatch(/WITHOUT A PROTOCOL VERSION CHANGE/);
    expect(r.text).toMatch(/PROTOCOL_VERSION_CHANGED \(schema\): protocol version 1 → 2/);
    expect(r.json.summary).toMatchObject({ versionChanged: true, breakingWithoutVersionChange: false, breaking: 4 });
    expect(diff(files.old, files.bumped, "--fail-on", "none").status).toBe(0);
  });

  it("a pure refactor (keys reordered, types moved, reindented) reports nothing in any format", () => {
    expect(readFileSync(files.refactor, "utf8")).not.toBe(bundled);
    const r = render(files.old, files.refactor);
    expect(r.text).toMatch(/no changes: the two schemas read and write the same messages/);
    expect(r.json.findings).toEqual([]);
    expect(r.markdown).toMatch(/✅ no changes/);
    expect(r.github).toBe("");
    expect(diff(files.old, files.refactor, "--fail-on", "any")).toMatchObject({ status: 0, stderr: "" });
  });

  it("exit 2 on bad input, with the place on the first line", () => {
    const broken = join(tempDir(), "broken.json");
    writeFileSync(broken, bundled.replace('"x-rust-type": "u32"', '"x-rust-type": "u33"'));
    const r = diff(files.old, broken);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toMatch(/broken\.json:\d+:\d+: error: .*\[int-without-rust-type\] at #\/\$defs\//);
    expect(() => loadSide("/nonexistent.json", "")).toThrow(/file not found/);
  });
});

describe("claw-codegen diff on the representations fixture (tagged, untagged and open enums, rename_all, floats, maps)", () => {
  const original = readFileSync(join(ROOT, "tests/fixtures/representations/schema.json"), "utf8");
  const dir = tempDir("claw-diff-repr-");
  const evolved = parse(original);
  const defs = evolved["$defs"];
  defs["Color"]["oneOf"].splice(3, 0, { const: "purple" });
  defs["Shape"]["oneOf"].splice(4, 0, {
    type: "object",
    properties: { kind: { const: "triangle" }, side: { type: "number", "x-rust-type": "f64" } },
    required: ["kind", "side"],
  });
  defs["Command"]["oneOf"].push({ type: "object", properties: { t: { const: "ROTATE" }, c: { type: "number", "x-rust-type": "f64" } }, required: ["t", "c"] });
  defs["Reading"]["properties"]["ratio"]["x-rust-type"] = "f64";
  defs["Reading"]["properties"]["value"]["x-rust-name"] = "reading";
  const oldFile = join(dir, "old.json");
  const newFile = join(dir, "new.json");
  writeFileSync(oldFile, original);
  writeFileSync(newFile, print(evolved));

  it("reads a new variant of an open enum as the catch-all, and still breaks on a closed one, a wider float and nothing for a Rust-only rename", () => {
    const r = render(oldFile, newFile);
    const got = r.report.findings.map((f) => {
      const breaks = f.directions.flatMap((d) =>
        (["oldReaderNewWriter", "newReaderOldWriter"] as const).filter((k) => d[k].verdict === "breaks").map((k) => `${d.direction} ${k}`),
      );
      return `${f.rule} ${f.path} [${breaks.join(", ")}]`;
    });
    expect(got.sort()).toEqual([
      "FIELD_RUST_NAME_CHANGED Reading.value []",
      "FLOAT_WIDENED Reading.ratio [node-to-gateway oldReaderNewWriter, gateway-to-node oldReaderNewWriter]",
      "MESSAGE_ADDED Command::ROTATE [gateway-to-node oldReaderNewWriter]",
      "VARIANT_ADDED_OPEN Color::purple []",
      "VARIANT_ADDED_OPEN Shape::triangle []",
    ]);
    expect(r.text).toMatch(
      /VARIANT_ADDED_OPEN Shape::triangle: variant triangle added to an open enum: an old reader reads it as `unknown` \(the catch-all\); serde writes that back as `unknown`/,
    );
    expect(r.json.summary).toMatchObject({ findings: 5, breaking: 2, breakingWithoutVersionChange: true });
    const cli = diff(oldFile, newFile, "--format", "json");
    expect(cli.status).toBe(1);
    expect(JSON.parse(cli.stdout)).toEqual(r.json);
  });

  it("a pure refactor of it (keys reversed, reindented) reports nothing", () => {
    const reversed = join(dir, "reversed.json");
    const reverse = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverse)
        : v && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverse(x)]),
            )
          : v;
    writeFileSync(reversed, print(reverse(parse(original)), 4));
    expect(render(oldFile, reversed).report.findings).toEqual([]);
  });
});

describe("claw-codegen diff with git revisions", () => {
  const repo = tempDir("claw-diff-git-");
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" });
  git("init", "-q");
  git("config", "user.email", "test@example.com");
  git("config", "user.name", "test");
  mkdirSync(join(repo, "schema"));
  const path = join(repo, "schema/claw-proto.schema.json");
  writeFileSync(path, bundled);
  git("add", ".");
  git("commit", "-q", "-m", "v1");
  writeFileSync(path, readFileSync(files.breaking, "utf8"));
  git("commit", "-q", "-am", "breaking");
  const inRepo = (...args: string[]) => cli(["diff", ...args], repo);

  it("reads git:<rev> at the other side's path, and git:<rev>:<path>", () => {
    const bare = inRepo("git:HEAD~1", "schema/claw-proto.schema.json", "--format", "json");
    expect(bare.status).toBe(1);
    expect((JSON.parse(bare.stdout) as JsonReport).summary.breaking).toBe(3);
    const both = inRepo("git:HEAD~1:schema/claw-proto.schema.json", "git:HEAD:schema/claw-proto.schema.json");
    expect(both.status).toBe(1);
    expect(both.stdout).toMatch(/FIELD_REQUIRED_ADDED WorkloadSpec\.priority/);
  });

  it("exit 2 on a bad revision or a path absent at the revision", () => {
    const rev = inRepo("git:no-such-branch", "schema/claw-proto.schema.json");
    expect(rev.status).toBe(2);
    expect(rev.stderr.split("\n")[0]).toMatch(/^git:no-such-branch: error: cannot read git:no-such-branch: .*\[bad-revision\]/);
    const missing = inRepo("git:HEAD:schema/nope.json", "schema/claw-proto.schema.json");
    expect(missing.status).toBe(2);
    expect(missing.stderr.split("\n")[0]).toMatch(/\[read-failed\]/);
    expect(() => parseSideSpec("git:")).toThrow(/names no revision/);
  });

  it("--config (or ./claw-codegen.config.json) names the schema a bare git:<rev> reads on both sides", () => {
    writeFileSync(join(repo, "settings.json"), JSON.stringify({ schema: "schema/claw-proto.schema.json" }));
    const r = inRepo("git:HEAD~1", "git:HEAD", "--config", "settings.json", "--format", "json");
    expect(r.stderr.split("\n")[0]).not.toMatch(/error/);
    expect((JSON.parse(r.stdout) as JsonReport).summary.breaking).toBe(3);
    // Without it, the default path is read, and here it exists too; a config naming another file changes what is read.
    writeFileSync(join(repo, "elsewhere.json"), JSON.stringify({ schema: "schema/absent.json" }));
    expect(inRepo("git:HEAD~1", "git:HEAD", "--config", "elsewhere.json").stderr).toMatch(/schema\/absent\.json/);
  });
});

describe("claw-codegen diff: bad input in the format asked for", () => {
  it("--format json prints a JSON error object on stdout; --format github an ::error annotation; both exit 2", () => {
    const bad = join(ROOT, "tests/fixtures/bad-schemas/proto-key/schema.json");
    const json = diff(bad, SCHEMA, "--format", "json");
    expect(json.status).toBe(2);
    const parsed = JSON.parse(json.stdout) as { error: { exitCode: number; problems: { code: string; line: number; pointer: string }[] } };
    expect(parsed.error).toMatchObject({ exitCode: 2, problems: [{ code: "proto-key", line: 12, pointer: "/$defs/Msg/__proto__" }] });
    const github = diff(bad, SCHEMA, "--format=github");
    expect(github.status).toBe(2);
    expect(github.stdout).toMatch(/^::error file=.*proto-key\/schema\.json,line=12,col=7,title=proto-key::the key "__proto__" is refused/);
    const missing = diff("/nonexistent.json", SCHEMA, "-f", "json");
    expect((JSON.parse(missing.stdout) as { error: { problems: { code: string }[] } }).error.problems[0]!.code).toBe("read-failed");
  });
});
