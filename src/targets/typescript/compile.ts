import { createRequire } from "node:module";
import { transform } from "esbuild";
import type TS from "typescript";

// require(), not import: the ESM loader would first scan all 9 MB of typescript.js for its named exports.
const ts = createRequire(import.meta.url)("typescript") as typeof TS;
import type { RenderedFile } from "../../render/renderTemplates.js";

const OPTIONS: TS.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  strict: true,
  declaration: true,
  // Every exported declaration is explicitly typed, so each file compiles alone: no program, no checker.
  isolatedDeclarations: true,
  isolatedModules: true,
  newLine: ts.NewLineKind.LineFeed,
  // Nothing is type-checked here, so the default library need not be loaded.
  noLib: true,
  types: [],
};

function templateBug(file: string, diagnostics: readonly TS.Diagnostic[]): Error {
  const text = diagnostics.map((d) => `${file}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`).join("\n");
  return new Error(`the generated TypeScript cannot be compiled file by file (a template bug):\n${text}`);
}

/**
 * Compile the package's TypeScript sources, file by file, into `dist/esm/` and `dist/cjs/`: JavaScript by
 * esbuild, declarations by tsc's transpileDeclaration; cjs carries its own package.json. Type-checking the whole package is a test's job
 * (tests/generatedTypecheck.test.ts), which keeps `generate` fast.
 */
export async function compilePackage(sources: readonly RenderedFile[]): Promise<RenderedFile[]> {
  const out: RenderedFile[] = [];
  const pending: Promise<void>[] = [];
  for (const f of sources) {
    if (!f.path.startsWith("src/") || !f.path.endsWith(".ts")) continue;
    const rel = f.path.slice("src/".length);
    if (rel.endsWith(".d.ts")) {
      // Hand-written declarations (e.g. of the Ajv module, whose JavaScript Ajv writes itself) ship as they are.
      for (const dir of ["esm", "cjs"]) out.push({ path: `dist/${dir}/${rel}`, contents: f.contents });
      continue;
    }
    const declarations = ts.transpileDeclaration(f.contents, { fileName: rel, compilerOptions: OPTIONS, reportDiagnostics: true });
    if (declarations.diagnostics?.length) throw templateBug(f.path, declarations.diagnostics);
    const base = rel.replace(/\.ts$/, "");
    for (const format of ["esm", "cjs"] as const) {
      out.push({ path: `dist/${format}/${base}.d.ts`, contents: declarations.outputText });
      // esbuild strips types ~50x faster than tsc's transpileModule, in parallel; its output is as deterministic.
      // Each file's source map points at the TypeScript the package ships in src/ (no copy of it inside the map), so a
      // stack trace read with source maps (node --enable-source-maps, a bundler, a debugger) names src/*.ts lines.
      pending.push(
        transform(f.contents, {
          loader: "ts",
          format,
          target: "es2022",
          sourcefile: `${"../".repeat(2 + rel.split("/").length - 1)}src/${rel}`,
          legalComments: "inline",
          sourcemap: "external",
          sourcesContent: false,
        }).then((js) => {
          // A module of types only compiles to nothing: nothing to map.
          if (js.code === "") return void out.push({ path: `dist/${format}/${base}.js`, contents: "" });
          const name = base.slice(base.lastIndexOf("/") + 1);
          out.push({ path: `dist/${format}/${base}.js`, contents: `${js.code}//# sourceMappingURL=${name}.js.map\n` });
          out.push({ path: `dist/${format}/${base}.js.map`, contents: `${js.map.trimEnd()}\n` });
        }),
      );
    }
  }
  await Promise.all(pending);
  out.push({ path: "dist/cjs/package.json", contents: `{\n  "type": "commonjs"\n}\n` });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
