import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** What a strict consumer compiles with: ES2022, no DOM or Node types. */
const STRICT: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.es2024.string.d.ts"],
  types: [],
};

function errors(files: string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}

/** Strict type errors in a generated package's sources, unused locals included. */
export function typeErrors(src: string): string[] {
  const files = readdirSync(src).map((f) => join(src, f));
  return errors(files, { ...STRICT, isolatedModules: true, isolatedDeclarations: true, declaration: true, noUnusedLocals: true });
}

/** Strict type errors in a consumer's file that imports a generated package from its sources (`src`). */
export function consumerTypeErrors(consumer: string, src: string): string[] {
  return errors([consumer, join(src, "globals.d.ts")], STRICT);
}
