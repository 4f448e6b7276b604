// x-rules minLength counts Unicode scalar values in every target (Rust's chars().count()), and says its bound.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generate } from "../src/pipeline.js";
import { loadTargets } from "../src/targets/index.js";
import { ROOT, tempDir } from "./helpers/paths.js";

type Check = (item: unknown) => { field: string; message: string }[];

async function packageWith(minLength: number): Promise<{ check: Check; rust: string }> {
  const dir = tempDir("claw-minlength-");
  const schema = join(dir, "schema.json");
  const base = readFileSync(join(ROOT, "tests/fixtures/bad-schemas/base.schema.json"), "utf8");
  writeFileSync(schema, base.replace('"minLength": 1', `"minLength": ${minLength}`));
  await generate({ schema, out: join(dir, "out"), targets: (await loadTargets(["typescript", "rust"]))! });
  const api = (await import(pathToFileURL(join(dir, "out/typescript/dist/esm/index.js")).href)) as { checkItemRules: Check };
  return { check: api.checkItemRules, rust: readFileSync(join(dir, "out/rust/src/validation.rs"), "utf8") };
}

const item = (label: string) => ({ label, at: "2024-01-01T00:00:00Z", size: 1, tags: [], color: "Red" });

describe("x-rules minLength", () => {
  it("counts a character outside the BMP once, as Rust's chars() does, and states its bound", async () => {
    const { check, rust } = await packageWith(2);
    expect(check(item("😀"))).toEqual([{ field: "label", message: "label must be at least 2 characters long" }]);
    expect(check(item("😀😀"))).toEqual([]);
    expect(check(item("ab"))).toEqual([]);
    expect(rust).toMatch(/x\.chars\(\)\.count\(\) < 2/);
    expect(rust).toMatch(/"label must be at least 2 characters long"/);
  });

  it("minLength 1 reads 'must not be empty' in both targets", async () => {
    const { check, rust } = await packageWith(1);
    expect(check(item(""))).toEqual([{ field: "label", message: "label must not be empty" }]);
    expect(check(item("😀"))).toEqual([]);
    expect(rust).toMatch(/"label must not be empty"/);
  });
});
