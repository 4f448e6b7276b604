import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** Strict type errors in a generated package's sources, with no DOM or Node types, unused locals included. */
export function typeErrors(src: string): string[] {
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
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}
