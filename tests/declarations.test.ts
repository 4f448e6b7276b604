// The TypeScript package's declarations (dist/*/X.d.ts) are rendered from templates (or, for the static runtime
// files, computed by `npm run build`), not by tsc at generation time. Here they must declare exactly what tsc's
// transpileDeclaration gives for the same generated sources, for every schema we have: both are printed through
// tsc's printer (which keeps the doc comments) and compared. The files' header comments are not declarations.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { renderAll } from "../src/pipeline.js";
import type { RenderedFile } from "../src/render/renderTemplates.js";
import { loadTargets } from "../src/targets/index.js";
import { compilePackage } from "../src/targets/typescript/compile.js";
import { syntheticSchema } from "../bench/synthetic-schema.js";
import { ROOT, SCHEMA, tempDir } from "./helpers/paths.js";

/** What compile.ts did before declarations were rendered: each file alone, no program, no checker. */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  strict: true,
  declaration: true,
  isolatedDeclarations: true,
  isolatedModules: true,
  newLine: ts.NewLineKind.LineFeed,
  noLib: true,
  types: [],
};

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });

/** A declaration file as tsc's printer prints it, without the file's leading `//` comment lines. */
export function printed(name: string, text: string): string {
  const body = text.replace(/^(\/\/[^\n]*\n)+\n?/, "");
  return printer.printFile(ts.createSourceFile(name, body, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
}

/** Each generated source whose declarations differ from tsc's: the file, tsc's (printed), the package's (printed). */
export function declarationDrift(files: readonly RenderedFile[]): { file: string; tsc: string; rendered: string | undefined }[] {
  const byPath = new Map(files.map((f) => [f.path, f.contents]));
  const drift = [];
  for (const f of files) {
    if (!f.path.startsWith("src/") || !f.path.endsWith(".ts") || f.path.endsWith(".d.ts")) continue;
    const rel = f.path.slice("src/".length);
    const tsc = ts.transpileDeclaration(f.contents, { fileName: rel, compilerOptions: OPTIONS, reportDiagnostics: true });
    expect(tsc.diagnostics ?? [], rel).toEqual([]);
    const name = rel.replace(/\.ts$/, ".d.ts");
    const esm = byPath.get(`dist/esm/${name}`);
    expect(byPath.get(`dist/cjs/${name}`), name).toBe(esm);
    const want = printed(name, tsc.outputText);
    const got = esm === undefined ? undefined : printed(name, esm);
    if (got !== want) drift.push({ file: rel, tsc: want, rendered: got });
  }
  return drift;
}

async function render(schema: string, settings?: Record<string, string>): Promise<RenderedFile[]> {
  const targets = (await loadTargets(["typescript"]))!;
  const request = { schema, out: tempDir(), targets, ...(settings ? { targetSettings: { typescript: settings } } : {}) };
  const { outputs } = await renderAll(request, []);
  return outputs[0]!.files;
}

function synthetic(): string {
  const path = join(tempDir("claw-dts-"), "synthetic.schema.json");
  writeFileSync(path, JSON.stringify(syntheticSchema({ types: 60 })));
  return path;
}

const SCHEMAS: { name: string; schema: () => string; settings?: Record<string, string> }[] = [
  { name: "claw-proto (bundled)", schema: () => SCHEMA },
  { name: "claw-proto, --u64 bigint", schema: () => SCHEMA, settings: { u64: "bigint" } },
  { name: "representations fixture", schema: () => join(ROOT, "tests/fixtures/representations/schema.json") },
  { name: "telemetry fixture", schema: () => join(ROOT, "tests/fixtures/telemetry/schema.json") },
  { name: "synthetic (60 types)", schema: synthetic },
];

describe("declarations: rendered, and what tsc would write", () => {
  it.each(SCHEMAS)(
    "$name: every src/*.ts's dist/*/X.d.ts declares what transpileDeclaration gives",
    async ({ schema, settings }) => {
      const files = await render(schema(), settings);
      expect(files.filter((f) => f.path.startsWith("declarations/"))).toEqual([]);
      const sources = files.filter((f) => /^src\/[^/]+(?<!\.d)\.ts$/.test(f.path));
      expect(sources.length).toBeGreaterThan(10);
      const drift = declarationDrift(files);
      for (const d of drift) expect(d.rendered, `dist/esm/${d.file.replace(/\.ts$/, ".d.ts")}`).toBe(d.tsc);
      expect(drift).toEqual([]);
    },
    60_000,
  );
});

describe("declarations: the static runtime files'", () => {
  it("are the ones `npm run build` computed, for the very source shipped; an edited runtime file or a source without declarations is refused", async () => {
    const floats = readFileSync(join(ROOT, "templates/typescript/src/floats.ts"), "utf8");
    const files = await compilePackage([{ path: "src/floats.ts", contents: floats }]);
    const tsc = ts.transpileDeclaration(floats, { fileName: "floats.ts", compilerOptions: OPTIONS });
    expect(files.find((f) => f.path === "dist/esm/floats.d.ts")?.contents).toBe(tsc.outputText);
    await expect(compilePackage([{ path: "src/floats.ts", contents: `${floats}// edited\n` }])).rejects.toThrow(
      /floats\.ts changed after the tool was built: run `npm run build`/,
    );
    await expect(compilePackage([{ path: "src/extra.ts", contents: "export const x = 1;\n" }])).rejects.toThrow(/src\/extra\.ts has no declarations/);
  });
});
