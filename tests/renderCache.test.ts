// The render cache: a second run on the same inputs reuses the output; anything the output depends on
// (the schema, the options, a template, the tool's version) makes it render afresh.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, SCHEMA, tempDir, treeHash } from "./helpers/paths.js";

function run(bin: string, args: string[], cache: string | undefined, cwd: string) {
  const env = { ...process.env, CLAW_CODEGEN_CACHE: cache ?? "off" };
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const stages = (stdout: string) => stdout.match(/\((load [^)]*)\)/)?.[1] ?? "";

describe("render cache", () => {
  it("a second run reuses each target's output, byte-identical to a fresh render; --no-cache and CLAW_CODEGEN_CACHE=off use none", () => {
    const cache = join(tempDir(), "cache");
    const dir = tempDir();
    const first = run(BIN, ["generate", "-s", SCHEMA, "-o", "a", "-t", "typescript", "rust"], cache, dir);
    expect(first.status, first.stderr).toBe(0);
    expect(stages(first.stdout)).toMatch(/lower typescript/);
    // One entry per target, and one remembering that the schema passed meta-validation.
    expect(readdirSync(cache).filter((n) => n.endsWith(".json"))).toHaveLength(3);
    const second = run(BIN, ["generate", "-s", SCHEMA, "-o", "b", "-t", "typescript", "rust"], cache, dir);
    expect(stages(second.stdout)).toMatch(/cache typescript/);
    expect(stages(second.stdout)).not.toMatch(/lower typescript|render typescript/);
    const fresh = run(BIN, ["generate", "-s", SCHEMA, "-o", "c", "-t", "typescript", "rust", "--no-cache"], cache, dir);
    expect(stages(fresh.stdout)).not.toMatch(/cache typescript/);
    expect(treeHash(join(dir, "b"))).toBe(treeHash(join(dir, "a")));
    expect(treeHash(join(dir, "c"))).toBe(treeHash(join(dir, "a")));
    const check = run(BIN, ["check", "-s", SCHEMA, "-o", "a", "-t", "typescript", "rust"], cache, dir);
    expect(check.status).toBe(0);
    expect(stages(check.stdout)).not.toMatch(/lower/);
    const off = tempDir();
    run(BIN, ["generate", "-s", SCHEMA, "-o", "d", "-t", "rust"], undefined, off);
    expect(readdirSync(off)).toEqual(["d"]);
  }, 120_000);

  it("a changed schema, option, template or tool version renders afresh; a corrupt entry is a miss", () => {
    const cache = join(tempDir(), "cache");
    const dir = tempDir();
    expect(run(BIN, ["generate", "-s", SCHEMA, "-o", "a", "-t", "rust"], cache, dir).status).toBe(0);
    // Another package version: another key.
    const versioned = run(BIN, ["generate", "-s", SCHEMA, "-o", "v", "-t", "rust", "--package-version", "9.9.9"], cache, dir);
    expect(stages(versioned.stdout)).toMatch(/lower rust/);
    expect(readFileSync(join(dir, "v/rust/Cargo.toml"), "utf8")).toMatch(/^version = "9\.9\.9"$/m);
    // Another schema: another key.
    writeFileSync(
      join(dir, "s.json"),
      readFileSync(SCHEMA, "utf8").replace('"description": "Protocol definitions', '"description": "Changed: protocol definitions'),
    );
    expect(stages(run(BIN, ["generate", "-s", "s.json", "-o", "s", "-t", "rust"], cache, dir).stdout)).toMatch(/lower rust/);
    // The same tool in another place with one template changed: its output shows the change.
    const tool = tempDir();
    for (const part of ["bin", "dist", "templates", "package.json"]) cpSync(join(ROOT, part), join(tool, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(tool, "node_modules"));
    const lib = join(tool, "templates/rust/src/lib.rs.hbs");
    writeFileSync(lib, `// a template edit\n${readFileSync(lib, "utf8")}`);
    const edited = run(join(tool, "bin/claw-codegen.js"), ["generate", "-s", SCHEMA, "-o", "t", "-t", "rust"], cache, dir);
    expect(stages(edited.stdout)).toMatch(/lower rust/);
    expect(readFileSync(join(dir, "t/rust/src/lib.rs"), "utf8")).toMatch(/^\/\/ a template edit$/m);
    // The copy with its template restored but another version in package.json: a miss too.
    cpSync(join(ROOT, "templates"), join(tool, "templates"), { recursive: true });
    const pkg = JSON.parse(readFileSync(join(tool, "package.json"), "utf8")) as { version: string };
    writeFileSync(join(tool, "package.json"), JSON.stringify({ ...pkg, version: "0.0.0-other" }));
    expect(stages(run(join(tool, "bin/claw-codegen.js"), ["generate", "-s", SCHEMA, "-o", "u", "-t", "rust"], cache, dir).stdout)).toMatch(/lower rust/);
    // Every entry corrupted: each run renders afresh and the output is still right.
    for (const name of readdirSync(cache)) writeFileSync(join(cache, name), "{ not json");
    const again = run(BIN, ["generate", "-s", SCHEMA, "-o", "w", "-t", "rust"], cache, dir);
    expect(stages(again.stdout)).toMatch(/lower rust/);
    expect(treeHash(join(dir, "w"))).toBe(treeHash(join(dir, "a")));
  }, 120_000);
});
