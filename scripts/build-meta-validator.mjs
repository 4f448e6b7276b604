// Part of `npm run build`: compiles JSON Schema 2020-12's meta-schema once, with Ajv standalone, into
// dist/check/metaValidator2020.js, so that the CLI checks a schema without loading Ajv and compiling
// the meta-schema on every run (about a fifth of a cold `check`). Same Ajv, same verdicts and errors.
import { writeFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";

const ajv = new Ajv2020({ strict: false, allErrors: true, code: { source: true, esm: true } });
const validate = ajv.getSchema("https://json-schema.org/draft/2020-12/schema");
if (!validate) throw new Error("Ajv has no 2020-12 meta-schema");
const code = standaloneCode(ajv, validate);
// The one runtime helper the code requires (deep equality, for uniqueItems), from the same Ajv.
const header = `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n`;
writeFileSync(new URL("../dist/check/metaValidator2020.js", import.meta.url), header + code);
