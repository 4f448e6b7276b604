import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticSchema } from "../bench/synthetic-schema.js";
import { generate } from "../src/pipeline.js";
import { loadTargets } from "../src/targets/index.js";
import { GENERATED, SCHEMA, tempDir } from "./helpers/paths.js";
import { typeErrors } from "./helpers/typecheck.js";

// generate compiles file by file without a checker (fast); the whole-package type-check lives here.
describe("the generated TypeScript package's sources type-check under strict", () => {
  it("for the bundled schema", () => {
    expect(typeErrors(join(GENERATED, "typescript/src"))).toEqual([]);
  }, 60_000);

  it("for a seeded synthetic schema of 60 types (shapes the bundled schema lacks)", async () => {
    const dir = tempDir();
    const schema = join(dir, "synthetic.json");
    writeFileSync(schema, JSON.stringify(syntheticSchema({ types: 60 }), null, 2));
    await generate({ schema, out: join(dir, "out"), targets: (await loadTargets(["typescript"]))! });
    expect(typeErrors(join(dir, "out/typescript/src"))).toEqual([]);
  }, 120_000);

  it("with --u64 bigint, for the bundled schema and the synthetic one (u64/i64 as bigint in every shape)", async () => {
    const dir = tempDir();
    const synthetic = join(dir, "synthetic.json");
    writeFileSync(synthetic, JSON.stringify(syntheticSchema({ types: 60 }), null, 2));
    const targets = (await loadTargets(["typescript"]))!;
    const targetSettings = { typescript: { u64: "bigint" } };
    await generate({ schema: SCHEMA, out: join(dir, "bundled"), targets, targetSettings });
    await generate({ schema: synthetic, out: join(dir, "synthetic"), targets, targetSettings });
    expect(readFileSync(join(dir, "synthetic/typescript/src/types.ts"), "utf8")).toMatch(/: bigint/);
    expect(typeErrors(join(dir, "bundled/typescript/src"))).toEqual([]);
    expect(typeErrors(join(dir, "synthetic/typescript/src"))).toEqual([]);
  }, 180_000);
});
