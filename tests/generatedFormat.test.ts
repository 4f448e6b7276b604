// The generated types.ts and values.ts read like hand-written code: they are exactly what prettier prints
// (the repository's .prettierrc.json), for each committed schema's package.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { GENERATED, ROOT } from "./helpers/paths.js";

const PACKAGES = [join(GENERATED, "typescript"), ...["representations", "telemetry"].map((f) => join(ROOT, "tests/fixtures", f, "generated/typescript"))];
const OPTIONS = { ...(JSON.parse(readFileSync(join(ROOT, ".prettierrc.json"), "utf8")) as object), parser: "typescript" };

describe("generated TypeScript is formatted", () => {
  for (const pkg of PACKAGES)
    for (const file of ["types.ts", "values.ts"])
      it(`${pkg.slice(ROOT.length + 1)}/src/${file} is what prettier prints`, async () => {
        const text = readFileSync(join(pkg, "src", file), "utf8");
        expect(text.length).toBeGreaterThan(200);
        expect(await format(text, OPTIONS)).toBe(text);
      });
});
