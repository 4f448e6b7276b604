import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { GENERATED } from "./helpers/paths.js";

// generate compiles file by file without a checker (fast); the whole-package type-check lives here.
describe("the generated TypeScript package's sources", () => {
  it("type-check under strict, with no DOM or Node types", () => {
    const src = join(GENERATED, "typescript/src");
    const files = readdirSync(src).map((f) => join(src, f));
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts", "lib.es2024.string.d.ts"],
      types: [],
      isolatedModules: true,
      isolatedDeclarations: true,
      declaration: true,
      noUnusedLocals: true,
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    expect(errors).toEqual([]);
  }, 60_000);
});
