// The meta-schema validator `npm run build` precompiles (dist/check/metaValidator2020.js) judges schemas
// exactly as Ajv compiling the 2020-12 meta-schema at run time does: same verdicts, same errors.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ROOT, SCHEMA } from "./helpers/paths.js";

type Validator = ((schema: unknown) => boolean) & { errors?: unknown[] | null };
const precompiled = (createRequire(import.meta.url)(join(ROOT, "dist/check/metaValidator2020.js")) as { default: Validator }).default;
const ajv = new Ajv2020({ strict: false, allErrors: true });

const BAD = join(ROOT, "tests/fixtures/bad-schemas");
const documents = [
  SCHEMA,
  join(ROOT, "tests/fixtures/telemetry/schema.json"),
  join(ROOT, "tests/fixtures/representations/schema.json"),
  ...readdirSync(BAD, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(BAD, e.name, "schema.json")),
].flatMap((file) => {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as { $schema?: unknown } | null;
    // checkSchema meta-validates only a 2020-12 document (any other dialect is refused first), as here.
    return value?.$schema === "https://json-schema.org/draft/2020-12/schema" ? [{ file, value }] : [];
  } catch {
    return []; // the cases that are not JSON at all never reach meta-validation
  }
});

describe("the precompiled meta-schema validator", () => {
  it("gives Ajv's verdict and errors on every schema of the fixtures, the broken ones included", () => {
    let refused = 0;
    for (const { file, value } of documents) {
      const want = ajv.validateSchema(value as object) as boolean;
      expect(precompiled(value), file).toBe(want);
      expect(precompiled.errors ?? null, file).toEqual(ajv.errors ?? null);
      if (!want) refused++;
    }
    // Both verdicts occur, so a validator that accepts (or refuses) everything fails.
    expect(refused).toBeGreaterThanOrEqual(2);
    expect(documents.length - refused).toBeGreaterThan(50);
  });
});
