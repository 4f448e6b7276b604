import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, SCHEMA, cli, tempDir, treeHash } from "./helpers/paths.js";

describe("claw-codegen CLI", () => {
  it("prints its version and help, exit 0; bare claw-codegen prints the help on stdout", () => {
    expect(cli(["--version"])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    expect(cli([])).toMatchObject({ status: 0, stderr: "", stdout: expect.stringMatching(/^Usage: claw-codegen/) });
    const help = cli(["check", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--schema <file>/);
  });

  it("check: exit 0 on the committed tree, 1 after a byte changes, naming the file and the fix", () => {
    expect(cli(["check"]).status).toBe(0);
    const out = tempDir();
    cpSync(GENERATED, out, { recursive: true });
    const file = join(out, "typescript/src/runtime.ts");
    writeFileSync(file, readFileSync(file, "utf8").replace("serde", "serdE"));
    writeFileSync(join(out, "typescript/stray.txt"), "x");
    const r = cli(["check", "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/run `claw-codegen generate`/);
    expect(r.stderr).toMatch(/changed: .*typescript\/src\/runtime\.ts/);
    expect(r.stderr).toMatch(/^-.*serdE/m);
    expect(r.stderr).toMatch(/extra: +.*stray\.txt/);
    // The recorded model matches the schema: the difference is the generator's (here, a hand edit).
    expect(r.stderr).toMatch(/the schema's model is unchanged since .* was generated: the generator made the difference/);
  });

  it("check: when the schema changed since generate, names the changes (via the diff engine), not only the files", () => {
    const dir = tempDir();
    const evolved = join(dir, "evolved.json");
    const field = '"uptime_secs": { "anyOf": [{ "type": "integer", "x-rust-type": "u64" }, { "type": "null" }] },\n';
    writeFileSync(evolved, readFileSync(SCHEMA, "utf8").replace('"log_level": {', `${field}"log_level": {`));
    const r = cli(["check", "--schema", evolved]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /the schema changed since the output was generated \(1 change\(s\)\):\n {2}NodeConfig\.uptime_secs: field uptime_secs added \(optional u64\) \[FIELD_OPTIONAL_ADDED\]/,
    );
  });

  it("check: output sized for a CI log — the schema's changes first, one line per file, capped patches, compiled files summarized; --stat only lists", () => {
    const dir = tempDir();
    const evolved = join(dir, "evolved.json");
    const field = '"uptime_secs": { "anyOf": [{ "type": "integer", "x-rust-type": "u64" }, { "type": "null" }] },\n';
    writeFileSync(evolved, readFileSync(SCHEMA, "utf8").replace('"log_level": {', `${field}"log_level": {`));
    const r = cli(["check", "--schema", evolved]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split("\n");
    // Four targets in this repository's config (typescript, rust, go, schema), each file's patch capped.
    expect(lines.length).toBeLessThanOrEqual(300);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(200);
    expect(lines[1]).toMatch(/^the schema changed since the output was generated/);
    // Compiled and minified files (the Ajv bundle is one long line) get sizes and hashes, not a diff.
    expect(r.stderr).toMatch(/^changed: generated\/typescript\/dist\/esm\/ajv\.js \(\+\d+ −\d+; \d+ → \d+ bytes, sha256 [0-9a-f]{12} → [0-9a-f]{12}\)$/m);
    expect(r.stderr).not.toMatch(/^--- generated\/typescript\/dist\//m);
    expect(r.stderr).toMatch(/^--- generated\/typescript\/src\/types\.ts$/m);
    const stat = cli(["check", "--stat", "--schema", evolved]);
    expect(stat.status).toBe(1);
    expect(stat.stderr).not.toMatch(/^(---|@@)/m);
    const files = stat.stderr.split("\n").filter((l) => /^(changed|missing|extra): /.test(l));
    expect(files.length).toBeGreaterThan(5);
    expect(stat.stderr.trimEnd().split("\n").length).toBe(files.length + 3);
  });

  it("check and generate: exit 2 on a broken schema, leaving the output untouched", () => {
    const dir = tempDir();
    const broken = join(dir, "broken.json");
    writeFileSync(broken, readFileSync(SCHEMA, "utf8").replace('"x-rust-type": "u32"', '"x-rust-type": "u33"'));
    const out = join(dir, "out");
    cpSync(GENERATED, out, { recursive: true });
    const before = treeHash(out);
    const gen = cli(["generate", "--schema", broken, "--out", out]);
    expect(gen.status).toBe(2);
    expect(gen.stderr.split("\n")[0]).toMatch(/broken\.json:\d+:\d+: error: .*\[int-without-rust-type\] at #\/\$defs\//);
    expect(cli(["check", "--schema", broken, "--out", out]).status).toBe(2);
    expect(treeHash(out)).toBe(before);
  });

  it("an error naming a key or a file that holds a line break or an escape sequence stays one line (no ::warning line for a CI log)", () => {
    const dir = tempDir();
    const schema = join(dir, "schema.json");
    const key = "a\n::warning file=x::INJECTED\u001b[2Jb";
    writeFileSync(schema, readFileSync(SCHEMA, "utf8").replace('"x-messages": {', `${JSON.stringify(key)}: 1,\n  "x-messages": {`));
    const r = cli(["check", "--schema", schema, "--out", tempDir()]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/unsupported keyword "a\\u\{000a\}::warning file=x::INJECTED\\u\{001b\}\[2Jb"/);
    expect(r.stderr).not.toContain("\u001b");
  });

  it("exit 2 for an output folder that cannot be one: empty, or in /proc or /sys", () => {
    for (const out of ["", "/proc/self", "/sys/kernel"]) {
      const r = cli(["generate", "--out", out]);
      expect(r.status, out).toBe(2);
      expect(r.stderr.trimEnd().split("\n"), out).toHaveLength(1);
    }
  });

  it("exit 2 on a missing schema or an unknown target", () => {
    expect(cli(["generate", "--schema", "/nonexistent.json"]).stderr).toMatch(/file not found/);
    expect(cli(["generate", "--schema", "/nonexistent.json"]).status).toBe(2);
    expect(cli(["generate", "--target", "cobol"]).status).toBe(2);
  });
});
