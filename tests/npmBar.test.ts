import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { beforeAll, describe, expect, it } from "vitest";
import { GENERATED, ROOT, tempDir } from "./helpers/paths.js";

const PKG_DIR = join(GENERATED, "typescript");

/** The tarball `npm publish` would upload. */
let tarball: string;
beforeAll(() => {
  const dir = tempDir("claw-pack-");
  execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: PKG_DIR, encoding: "utf8" });
  tarball = join(
    dir,
    readdirSync(dir).find((f) => f.endsWith(".tgz"))!,
  );
}, 60_000);

interface AttwReport {
  analysis: {
    problems: unknown[];
    entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string; isTypeScript: boolean } }> }>;
  };
}

describe("the generated package meets npm's bar", () => {
  it("publint (strict: warnings are errors) finds nothing in what npm packs", async () => {
    // Packing from the folder (not a tarball) lets publint tell "missing" from "exists but not published".
    const { messages, pkg } = await publint({ pkgDir: PKG_DIR, pack: "npm", strict: true });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`)).toEqual([]);
  });

  it("@arethetypeswrong/cli finds no problem for node10, node16 (CJS and ESM) and bundler resolution", () => {
    const attw = join(ROOT, "node_modules/.bin/attw");
    // --no-definitely-typed: the package ships its own types; do not ask the registry for @types.
    // The report goes to a file: attw exits before a pipe drains, which can cut it at 64 KiB.
    const reportFile = join(tempDir("claw-attw-"), "report.json");
    const fd = openSync(reportFile, "w");
    const r = spawnSync(attw, [tarball, "--format", "json", "--profile", "strict", "--no-definitely-typed"], { stdio: ["ignore", fd, "inherit"] });
    closeSync(fd);
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as AttwReport;
    expect(report.analysis.problems).toEqual([]);
    expect(r.status).toBe(0);
    const root = report.analysis.entrypoints["."]!.resolutions;
    expect(Object.keys(root).sort()).toEqual(["bundler", "node10", "node16-cjs", "node16-esm"]);
    const typesFile = (kind: string) => root[kind]!.resolution?.fileName;
    expect(typesFile("node10")).toMatch(/dist\/cjs\/index\.d\.ts$/);
    expect(typesFile("node16-cjs")).toMatch(/dist\/cjs\/index\.d\.ts$/);
    expect(typesFile("node16-esm")).toMatch(/dist\/esm\/index\.d\.ts$/);
    expect(typesFile("bundler")).toMatch(/dist\/esm\/index\.d\.ts$/);
  }, 60_000);
});
