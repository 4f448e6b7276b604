// Part of `npm run build`: the declarations (.d.ts) of the TypeScript package's static runtime files
// (templates/typescript/src/*.ts, shipped as they are), computed once here by tsc's transpileDeclaration,
// into dist/targets/typescript/runtimeDeclarations.js, a module whose default export is
// { "runtime.ts": { sha256, declarations }, ... }.
// `generate` copies them (checking each source's hash) and renders the generated files' declarations
// from templates, so the TypeScript compiler never loads at generation time.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import ts from "typescript";

const SOURCES = new URL("../templates/typescript/src/", import.meta.url);
const OUT = new URL("../dist/targets/typescript/runtimeDeclarations.js", import.meta.url);

const OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  strict: true,
  declaration: true,
  // Every exported declaration is explicitly typed, so each file compiles alone: no program, no checker.
  isolatedDeclarations: true,
  isolatedModules: true,
  newLine: ts.NewLineKind.LineFeed,
  noLib: true,
  types: [],
};

const out = {};
for (const name of readdirSync(SOURCES).sort()) {
  if (!name.endsWith(".ts") || name.endsWith(".d.ts")) continue;
  const text = readFileSync(new URL(name, SOURCES), "utf8");
  const result = ts.transpileDeclaration(text, { fileName: name, compilerOptions: OPTIONS, reportDiagnostics: true });
  if (result.diagnostics?.length) {
    const messages = result.diagnostics.map((d) => `${name}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    throw new Error(`templates/typescript/src/${name} cannot be compiled file by file:\n${messages.join("\n")}`);
  }
  out[name] = { sha256: createHash("sha256").update(text).digest("hex"), declarations: result.outputText };
}
mkdirSync(new URL(".", OUT), { recursive: true });
writeFileSync(OUT, `// Written by scripts/build-declarations.mjs.\nexport default ${JSON.stringify(out, null, 2)};\n`);
