// Part of `npm run build`: every Handlebars template of every target (templates/**/*.hbs, partials too),
// precompiled once here into dist/render/precompiledTemplates.cjs, a module that maps each template's
// sha256 to its compiled form. Rendering looks a template up by the hash of the text it reads, so an
// edited template (or one built by another version) is compiled afresh, never served stale. Compiling
// the templates took a sixth of a cold `generate` of the bundled schema.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import Handlebars from "handlebars";

const TEMPLATES = fileURLToPath(new URL("../templates/", import.meta.url));
const OUT = new URL("../dist/render/precompiledTemplates.cjs", import.meta.url);

function listFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]));
}

const specs = new Map();
for (const file of listFiles(TEMPLATES)) {
  if (!file.endsWith(".hbs")) continue;
  const text = readFileSync(file, "utf8");
  // The options renderTemplates.ts compiles with.
  specs.set(createHash("sha256").update(text).digest("hex"), Handlebars.precompile(text, { noEscape: true }));
}
const entries = [...specs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([hash, spec]) => `  "${hash}": ${spec},`);
mkdirSync(new URL(".", OUT), { recursive: true });
// Minified: Handlebars repeats the same helpers in every block's function (a megabyte for the five targets).
const { code } = transformSync(`module.exports = {\n${entries.join("\n")}\n};\n`, { minify: true, format: "cjs", target: "es2022" });
writeFileSync(OUT, `// Written by scripts/build-templates.mjs.\n${code}`);
