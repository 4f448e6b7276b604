import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../src/pipeline.js";
import { TARGET_NAMES, loadTargets } from "../src/targets/index.js";
import { GENERATED, SCHEMA, tempDir, treeHash } from "./helpers/paths.js";
import { readTree } from "../src/write/readTree.js";

describe("generated output", () => {
  it("is reproduced byte for byte by generate, and twice gives the same bytes", async () => {
    const a = tempDir();
    const b = tempDir();
    const targets = (await loadTargets(TARGET_NAMES))!;
    // As the repository's claw-codegen.config.json says.
    await generate({ schema: SCHEMA, out: a, targets, npmScope: "@clawbernetes" });
    await generate({ schema: SCHEMA, out: b, targets, npmScope: "@clawbernetes" });
    for (const t of targets) {
      expect(treeHash(join(a, t.name))).toBe(treeHash(join(b, t.name)));
      const fresh = readTree(join(a, t.name));
      const committed = readTree(join(GENERATED, t.name));
      expect([...fresh.keys()]).toEqual([...committed.keys()]);
      for (const [path, text] of fresh) expect(committed.get(path), path).toBe(text);
    }
  }, 60_000);
});
