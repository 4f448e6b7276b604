// 6. package size: what a bundler ships for each kind of user, bundled and tree-shaken by esbuild:
// the raw bundle, minified, and minified + gzip (level 9). References, for the same messages: an
// Ajv standalone validator compiled from the schema (validation only, the usual hand-rolled choice)
// and typia's generated assert + stringify.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import standaloneModule from "ajv/dist/standalone/index.js";
import { build } from "esbuild";
import { TYPIA_SOURCE } from "../typia/build.js";
import { X_KEYWORDS } from "../baselines/ajv.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PACKAGE = fileURLToPath(new URL("../../generated/typescript/dist/esm/index.js", import.meta.url));
const addFormats = /** @type {any} */ (addFormatsModule);
const standalone = /** @type {any} */ (standaloneModule).default;

/** Bundle `contents` (an ES module) and measure it. */
async function sizeOf(contents, loader = "js") {
  const bundle = async (minify) => {
    const r = await build({
      stdin: { contents, resolveDir: ROOT, loader },
      bundle: true,
      write: false,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      minify,
      treeShaking: true,
      logLevel: "silent",
    });
    return r.outputFiles[0].contents;
  };
  const minified = await bundle(true);
  return { bundle: (await bundle(false)).length, minified: minified.length, gzip: gzipSync(minified, { level: 9 }).length };
}

/** An Ajv standalone ES module exporting a validator for each named type. */
function ajvStandalone(schemaPath, names) {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  const ajv = new Ajv2020({ code: { source: true, esm: true } });
  addFormats(ajv);
  ajv.addVocabulary(X_KEYWORDS);
  ajv.addSchema(schema);
  return standalone(ajv, Object.fromEntries(names.map((n) => [`validate${n}`, `${schema.$id}#/$defs/${n}`])));
}

const ENTRIES = [
  {
    label: "node agent",
    ours: ["parseGatewayMessage", "serializeNodeMessage"],
    ajv: ["GatewayMessage"],
    typia: ["assertGatewayMessage", "stringifyNodeMessage"],
    goalGzip: 15 * 1024,
  },
  { label: "gateway", ours: ["parseNodeMessage", "serializeGatewayMessage"], ajv: ["NodeMessage"], typia: ["assertNodeMessage", "stringifyGatewayMessage"] },
  {
    label: "whole package",
    ours: null,
    ajv: ["NodeMessage", "GatewayMessage"],
    typia: ["assertNodeMessage", "assertGatewayMessage", "stringifyNodeMessage", "stringifyGatewayMessage"],
  },
];

export async function runSize(ctx) {
  const pkg = JSON.stringify(PACKAGE);
  const rows = [];
  for (const e of ENTRIES) {
    const ours = await sizeOf(e.ours ? `export { ${e.ours.join(", ")} } from ${pkg};` : `export * from ${pkg};`);
    const ajv = await sizeOf(ajvStandalone(ctx.schemaPath, e.ajv));
    const typia = ctx.typia ? await sizeOf(`export { ${e.typia.join(", ")} } from ${JSON.stringify(TYPIA_SOURCE)};`, "ts") : undefined;
    rows.push({
      label: e.label,
      ours: { exports: e.ours ?? ["*"], ...ours },
      ajv: { exports: e.ajv.map((n) => `validate${n}`), ...ajv },
      ...(typia ? { typia: { exports: e.typia, ...typia } } : {}),
      ...(e.goalGzip ? { goalGzip: e.goalGzip } : {}),
    });
  }
  return { rows };
}
