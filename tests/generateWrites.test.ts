// generate writes only what changed (an unchanged file keeps its inode and mtime) and never deletes a file
// it did not write, unless --force.
import { cpSync, statSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, SCHEMA, cli, tempDir } from "./helpers/paths.js";

const identity = (file: string) => {
  const s = statSync(file);
  return `${s.ino}:${s.mtimeMs}`;
};

describe("generate's writes", () => {
  it("an unchanged file keeps its inode and mtime; a changed one is new", () => {
    const out = join(tempDir(), "out");
    expect(cli(["generate", "--out", out]).status).toBe(0);
    const runtime = join(out, "typescript/src/runtime.ts");
    const lib = join(out, "rust/src/lib.rs");
    const before = { runtime: identity(runtime), lib: identity(lib) };
    const dir = tempDir();
    const evolved = join(dir, "evolved.json");
    writeFileSync(
      evolved,
      readFileSync(SCHEMA, "utf8").replace('"description": "Node registration on connect"', '"description": "Node registration, on connect"'),
    );
    const r = cli(["generate", "--schema", evolved, "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^typescript: \d+ files in .* \(\d+ unchanged, kept as they were\)/m);
    expect(identity(runtime)).toBe(before.runtime);
    expect(identity(lib)).not.toBe(before.lib);
    expect(readFileSync(lib, "utf8")).toMatch(/Node registration, on connect/);
  });

  it("refuses (exit 2, naming them) to delete files it did not write; --force deletes them", () => {
    const out = join(tempDir(), "out");
    cpSync(GENERATED, out, { recursive: true });
    writeFileSync(join(out, "typescript/NOTES.md"), "mine");
    writeFileSync(join(out, "rust/build.rs"), "fn main() {}");
    const refused = cli(["generate", "--out", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.split("\n")[0]).toMatch(/typescript: error: holds 1 file\(s\) claw-codegen did not write \(NOTES\.md\).*--force/);
    expect(existsSync(join(out, "typescript/NOTES.md"))).toBe(true);
    expect(existsSync(join(out, "rust/build.rs"))).toBe(true);
    const forced = cli(["generate", "--out", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(existsSync(join(out, "typescript/NOTES.md"))).toBe(false);
    expect(existsSync(join(out, "rust/build.rs"))).toBe(false);
  });

  it("a file the previous generate wrote and this one does not is removed without --force (its manifest lists it)", () => {
    const out = join(tempDir(), "out");
    expect(cli(["generate", "--out", out, "--target", "rust"]).status).toBe(0);
    expect(existsSync(join(out, "rust/src/image_reference.rs"))).toBe(true);
    // The same schema without the rule that needs the image-reference helper.
    const dir = tempDir();
    const schema = join(dir, "schema.json");
    writeFileSync(schema, readFileSync(SCHEMA, "utf8").replace(/"format": "image-reference",\n/g, ""));
    const r = cli(["generate", "--schema", schema, "--out", out, "--target", "rust"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(existsSync(join(out, "rust/src/image_reference.rs"))).toBe(false);
  });
});
