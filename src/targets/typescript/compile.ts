import ts from "typescript";
import type { RenderedFile } from "../../render/renderTemplates.js";

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  // No lib.dom: src/globals.d.ts declares the two Web APIs used, and parsing lib.dom would double the time.
  lib: ["lib.es2022.d.ts", "lib.es2024.string.d.ts"],
  strict: true,
  declaration: true,
  skipLibCheck: true,
  types: [],
  newLine: ts.NewLineKind.LineFeed,
  isolatedModules: true,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  outDir: "/pkg/dist/esm",
  rootDir: "/pkg/src",
};

/**
 * Type-check the package's TypeScript sources in memory and compile them: `dist/esm/` (JavaScript and
 * declarations, from the checked program) and `dist/cjs/` (the same declarations; JavaScript from
 * per-file transpilation, which isolatedModules makes equivalent), with its own package.json.
 */
export function compilePackage(sources: readonly RenderedFile[]): RenderedFile[] {
  const inputs = new Map(sources.filter((f) => f.path.startsWith("src/") && f.path.endsWith(".ts")).map((f) => [`/pkg/${f.path}`, f.contents]));
  const out: RenderedFile[] = [];
  const host = ts.createCompilerHost(OPTIONS);
  const { readFile, fileExists, getSourceFile } = host;
  const directoryExists = host.directoryExists;
  host.readFile = (name) => inputs.get(name) ?? readFile.call(host, name);
  host.fileExists = (name) => inputs.has(name) || fileExists.call(host, name);
  host.directoryExists = (name) => name === "/pkg" || name.startsWith("/pkg/") || (directoryExists ? directoryExists.call(host, name) : true);
  host.getSourceFile = (name, lang) => {
    const text = inputs.get(name);
    return text !== undefined ? ts.createSourceFile(name, text, lang) : getSourceFile.call(host, name, lang);
  };
  host.writeFile = (name, text) => {
    const path = name.slice("/pkg/".length);
    out.push({ path, contents: text });
    if (path.endsWith(".d.ts")) out.push({ path: path.replace("dist/esm/", "dist/cjs/"), contents: text });
  };
  const program = ts.createProgram([...inputs.keys()], OPTIONS, host);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    const text = ts.formatDiagnostics(diagnostics.slice(0, 10), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => "/pkg", getNewLine: () => "\n" });
    throw new Error(`the generated TypeScript does not compile (a template bug):\n${text}`);
  }
  program.emit();
  for (const [name, text] of inputs) {
    if (name.endsWith(".d.ts")) {
      // Hand-written declarations (e.g. of the Ajv module, whose JavaScript Ajv writes itself) ship as they are.
      for (const dir of ["esm", "cjs"]) out.push({ path: name.replace("/pkg/src/", `dist/${dir}/`), contents: text });
      continue;
    }
    const js = ts.transpileModule(text, { fileName: name, compilerOptions: { ...OPTIONS, module: ts.ModuleKind.CommonJS, declaration: false } }).outputText;
    out.push({ path: name.replace("/pkg/src/", "dist/cjs/").replace(/\.ts$/, ".js"), contents: js });
  }
  out.push({ path: "dist/cjs/package.json", contents: `{\n  "type": "commonjs"\n}\n` });
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
