import { createHash } from "node:crypto";
import { transform } from "esbuild";
import type { RenderedFile } from "../../render/renderTemplates.js";

/** Where the rendered declarations of the generated files land before they are placed in dist/esm and dist/cjs. */
export const DECLARATIONS_DIR = "declarations/";

/** Sources that declare types and re-export only: each is its own declaration file. */
const DECLARATION_ONLY = new Set(["index.ts", "types.ts"]);

/** The static runtime files' declarations, computed by `npm run build` (scripts/build-declarations.mjs). */
const RUNTIME_DECLARATIONS = new URL("../../../dist/targets/typescript/runtimeDeclarations.js", import.meta.url);

type RuntimeDeclarations = Record<string, { sha256: string; declarations: string }>;

async function loadRuntimeDeclarations(): Promise<RuntimeDeclarations> {
  try {
    return ((await import(RUNTIME_DECLARATIONS.href)) as { default: RuntimeDeclarations }).default;
  } catch (e) {
    throw new Error(`the runtime files' declarations cannot be loaded (${(e as Error).message}): run \`npm run build\``);
  }
}

/** The declarations of a source file: rendered from its template, the source itself, or the runtime file's, built with the tool. */
function declarationsOf(rel: string, contents: string, rendered: ReadonlyMap<string, string>, runtime: RuntimeDeclarations): string {
  const fromTemplate = rendered.get(rel.replace(/\.ts$/, ".d.ts"));
  if (fromTemplate !== undefined) return fromTemplate;
  if (DECLARATION_ONLY.has(rel)) return contents;
  const built = runtime[rel];
  if (built === undefined)
    throw new Error(`src/${rel} has no declarations: add templates/typescript/declarations/${rel.replace(/\.ts$/, ".d.ts.hbs")} (a template bug)`);
  if (createHash("sha256").update(contents).digest("hex") !== built.sha256) {
    throw new Error(`templates/typescript/src/${rel} changed after the tool was built: run \`npm run build\` to compute its declarations again`);
  }
  return built.declarations;
}

/**
 * Compile the package's TypeScript sources, file by file, into `dist/esm/` and `dist/cjs/`: JavaScript by esbuild;
 * declarations rendered from templates (`declarations/*.d.ts`, in `files`), or computed by `npm run build` for the
 * static runtime files; cjs carries its own package.json. tests/declarations.test.ts proves the declarations are what
 * tsc's transpileDeclaration gives for the same sources; type-checking the whole package is
 * tests/generatedTypecheck.test.ts's job. Neither loads the TypeScript compiler here, which keeps `generate` fast.
 */
export async function compilePackage(files: readonly RenderedFile[]): Promise<RenderedFile[]> {
  const rendered = new Map(files.filter((f) => f.path.startsWith(DECLARATIONS_DIR)).map((f) => [f.path.slice(DECLARATIONS_DIR.length), f.contents]));
  const runtime = await loadRuntimeDeclarations();
  const out: RenderedFile[] = [];
  const pending: Promise<void>[] = [];
  for (const f of files) {
    if (!f.path.startsWith("src/") || !f.path.endsWith(".ts")) continue;
    const rel = f.path.slice("src/".length);
    if (rel.endsWith(".d.ts")) {
      // Hand-written declarations (e.g. of the Ajv module, whose JavaScript Ajv writes itself) ship as they are.
      for (const dir of ["esm", "cjs"]) out.push({ path: `dist/${dir}/${rel}`, contents: f.contents });
      continue;
    }
    const declarations = declarationsOf(rel, f.contents, rendered, runtime);
    const base = rel.replace(/\.ts$/, "");
    for (const format of ["esm", "cjs"] as const) {
      out.push({ path: `dist/${format}/${base}.d.ts`, contents: declarations });
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
