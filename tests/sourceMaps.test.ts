// The generated package ships source maps: a stack trace from dist/ read with source maps names the lines of
// the TypeScript in src/ (which the package ships), for the ESM and the CommonJS build alike.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED } from "./helpers/paths.js";

const PKG = join(GENERATED, "typescript");

/** A misuse of the API (a match on a value that is no variant) in a given module format, printing the error's stack. */
function stackOf(format: "esm" | "cjs", sourceMaps: boolean): string {
  const entry = JSON.stringify(join(PKG, `dist/${format}/index.js`));
  const load = format === "esm" ? `const m = await import(${entry});` : `const m = (await import("node:module")).createRequire(import.meta.url)(${entry});`;
  const script = [load, `try { m.NodeMessage.match({ Bogus: 1 }, {}); } catch (e) { console.log(e.stack); }`].join("\n");
  const child = spawnSync(process.execPath, [...(sourceMaps ? ["--enable-source-maps"] : []), "--input-type=module", "-e", script], { encoding: "utf8" });
  expect(child.stderr).toBe("");
  return child.stdout;
}

/** The frames of a stack that point into the package, as [path relative to the package, line]. */
function frames(stack: string): [string, number][] {
  return [...stack.matchAll(/\(?((?:file:\/\/)?\/[^\s()]+?):(\d+):\d+\)?$/gm)]
    .map((m) => [relative(PKG, m[1]!.replace(/^file:\/\//, "")), Number(m[2])] as [string, number])
    .filter(([path]) => !path.startsWith(".."));
}

describe("source maps in the generated package", () => {
  it("every compiled file links a map whose sources are shipped TypeScript files", () => {
    const files = (JSON.parse(readFileSync(join(PKG, "package.json"), "utf8")) as { files: string[] }).files;
    let maps = 0;
    for (const format of ["esm", "cjs"]) {
      const dir = join(PKG, "dist", format);
      for (const name of readdirSync(dir).filter((n) => n.endsWith(".js") && n !== "ajv.js")) {
        const js = readFileSync(join(dir, name), "utf8");
        // A module of types only (types.js) compiles to nothing and has no map.
        if (js === "") continue;
        expect(js.endsWith(`\n//# sourceMappingURL=${name}.map\n`), `${format}/${name}`).toBe(true);
        const map = JSON.parse(readFileSync(join(dir, `${name}.map`), "utf8")) as { version: number; sources: string[]; mappings: string };
        expect(map.version).toBe(3);
        expect(map.mappings.length).toBeGreaterThan(0);
        for (const source of map.sources) {
          const path = resolve(dirname(join(dir, name)), source);
          expect(existsSync(path), `${format}/${name}.map names ${source}`).toBe(true);
          const inPackage = relative(PKG, path);
          expect(inPackage).toBe(`src/${name.replace(/\.js$/, ".ts")}`);
          expect(files.some((f) => inPackage === f || inPackage.startsWith(`${f}/`))).toBe(true);
        }
        maps++;
      }
    }
    expect(maps).toBeGreaterThanOrEqual(20);
  });

  for (const format of ["esm", "cjs"] as const) {
    it(`${format}: a misuse's stack, read with source maps, points at the lines in src/ that threw and called`, () => {
      const src = (file: string) => readFileSync(join(PKG, "src", file), "utf8").split("\n");
      const mapped = frames(stackOf(format, true));
      // The throw is in the runtime's matchHandler, called from NodeMessage.match in values.ts.
      const runtime = mapped.find(([p]) => p === "src/runtime.ts");
      const values = mapped.find(([p]) => p === "src/values.ts");
      expect(runtime, JSON.stringify(mapped)).toBeDefined();
      expect(values, JSON.stringify(mapped)).toBeDefined();
      expect(src("runtime.ts")[runtime![1] - 1]).toMatch(/throw/);
      expect(src("values.ts")[values![1] - 1]).toMatch(/matchHandler<.*"NodeMessage"/);
      // Without source maps the same frames name dist/: the mapping is what the test sees.
      const plain = frames(stackOf(format, false));
      expect(plain.some(([p]) => p === `dist/${format}/values.js`)).toBe(true);
      expect(plain.some(([p]) => p.startsWith("src/"))).toBe(false);
    });
  }
});
