// The generator pointed at a protocol that is not claw-proto: nothing in the output speaks of
// Clawbernetes, the package is named and versioned as configured, and rule helpers ship only when used.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTree } from "../src/write/readTree.js";
import { ROOT, cli, tempDir } from "./helpers/paths.js";

// The representations fixture between a sensor and a collector, its own mention of claw-proto (in its description) taken out.
const FOREIGN = join(tempDir("claw-any-schema-"), "representations.schema.json");
writeFileSync(
  FOREIGN,
  readFileSync(join(ROOT, "tests/fixtures/representations/schema.json"), "utf8").replace(/what claw-proto does not/g, "what others do not"),
);
const CLAW_WORDS = /clawbernetes|claw[-_]proto|NodeId|WorkloadSpec|NodeCapabilities|GatewayMessage|gpu|gateway|\bRegister\b/i; // ("node" also names Node.js)

function generated(args: string[] = []): Map<string, string> {
  const out = tempDir("claw-any-");
  // Outside the repository, so its claw-codegen.config.json does not apply.
  const r = cli(["generate", "--schema", FOREIGN, "--out", out, ...args], out);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return new Map(
    [...readTree(join(out, "typescript"))].map(([p, t]) => [`typescript/${p}`, t]).concat([...readTree(join(out, "rust"))].map(([p, t]) => [`rust/${p}`, t])),
  );
}

describe("a protocol that is not claw-proto", () => {
  const files = generated();

  it("gets no word of claw-proto's in any generated file", () => {
    const offending = [...files]
      .filter(([path, text]) => !path.endsWith("claw-codegen.model.json") && CLAW_WORDS.test(text))
      .map(([p, t]) => `${p}: ${CLAW_WORDS.exec(t)![0]}`);
    expect(offending).toEqual([]);
  });

  it("is named after its title with no scope by default, and its README example uses its own types", () => {
    const pkg = JSON.parse(files.get("typescript/package.json")!) as { name: string; version: string };
    const title = (JSON.parse(readFileSync(FOREIGN, "utf8")) as { title: string }).title;
    expect(pkg.name).toBe(title);
    expect(pkg.version).toBe("1.0.0");
    expect(files.get("typescript/README.md")).toMatch(/import \{ Shape, parseShape, serializeShape \}/);
    expect(files.get("rust/README.md")).toMatch(/use representations_fixture::Shape;/);
  });

  it("ships no image-reference helper when no rule uses it", () => {
    expect([...files.keys()].filter((p) => /image_?reference/i.test(p))).toEqual([]);
    expect(files.get("typescript/src/index.ts")).not.toMatch(/isImageReference/);
  });

  it("takes its scope and version from flags (or the config)", () => {
    const scoped = generated(["--npm-scope", "@acme", "--package-version", "1.4.0-rc.1"]);
    expect(JSON.parse(scoped.get("typescript/package.json")!)).toMatchObject({ name: "@acme/representations-fixture", version: "1.4.0-rc.1" });
    expect(scoped.get("rust/Cargo.toml")).toMatch(/^version = "1\.4\.0-rc\.1"$/m);
    const bad = cli(["generate", "--schema", FOREIGN, "--out", tempDir(), "--package-version", "1.4"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--package-version "1\.4" is not a semantic version/);
  });
});
