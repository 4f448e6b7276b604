import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticSchema } from "../bench/synthetic-schema.js";
import { generate } from "../src/pipeline.js";
import { loadTargets } from "../src/targets/index.js";
import { GENERATED, tempDir } from "./helpers/paths.js";
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
});
