import ts from "typescript";
import type { RenderedFile } from "../../render/renderTemplates.js";

const COMMON: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.es2024.string.d.ts", "lib.dom.d.ts"],
  strict: true,
  declaration: true,
  skipLibCheck: true,
  types: [],
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
  isolatedModules: true,
};

/**
 * Compile the package's TypeScript sources in memory, type-checking them, into ESM and CommonJS
 * JavaScript with declarations: `dist/esm/` and `dist/cjs/` (which carries its own package.json).
 */
export function compilePackage(sources: readonly RenderedFile[]): RenderedFile[] {
  const inputs = new Map(sources.filter((f) => f.path.startsWith("src/") && f.path.endsWith(".ts")).map((f) => [`/pkg/${f.path}`, f.contents]));
  const out: RenderedFile[] = [];
  for (const [dir, module] of [
    ["esm", ts.ModuleKind.ES2022],
    ["cjs", ts.ModuleKind.CommonJS],
  ] as const) {
    const options: ts.CompilerOptions = {
      ...COMMON,
      module,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      outDir: `/pkg/dist/${dir}`,
      rootDir: "/pkg/src",
    };
    if (module === ts.ModuleKind.CommonJS) options.moduleResolution = ts.ModuleResolutionKind.Node10;
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.readFile = (name) => inputs.get(name) ?? readFile(name);
    host.fileExists = (name) => inputs.has(name) || fileExists(name);
    const directoryExists = host.directoryExists?.bind(host);
    host.directoryExists = (name) => name === "/pkg" || name.startsWith("/pkg/") || (directoryExists ? directoryExists(name) : true);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang) => {
      const text = inputs.get(name);
      return text !== undefined ? ts.createSourceFile(name, text, lang) : getSourceFile(name, lang);
    };
    host.writeFile = (name, text) => out.push({ path: name.slice("/pkg/".length), contents: text });
    const program = ts.createProgram([...inputs.keys()], options, host);
    const diagnostics = ts.getPreEmitDiagnostics(program);
    if (diagnostics.length > 0) {
      const text = ts.formatDiagnostics(diagnostics.slice(0, 10), {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => "/pkg",
        getNewLine: () => "\n",
      });
      throw new Error(`the generated TypeScript does not compile (a template bug):\n${text}`);
    }
    program.emit();
  }
  out.push({ path: "dist/cjs/package.json", contents: `{\n  "type": "commonjs"\n}\n` });
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}
