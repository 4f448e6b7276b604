import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { GENERATED, ROOT } from "./helpers/paths.js";

function typeErrors(file: string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    paths: {
      "@clawbernetes/claw-proto": [join(GENERATED, "typescript/dist/esm/index.d.ts")],
      "@clawbernetes/representations-fixture": [join(ROOT, "tests/fixtures/representations/generated/typescript/dist/esm/index.d.ts")],
    },
  };
  const program = ts.createProgram([join(ROOT, "tests/fixtures/consumers", file)], options);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the package's types (tsc on consumer files)", () => {
  it.each(["good.ts", "repr-good.ts"])(
    "accept correct use: %s",
    (file) => {
      expect(typeErrors(file)).toEqual([]);
    },
    30_000,
  );

  it.each([
    ["bad-id.ts", /NodeId.*not assignable to.*WorkloadId|"NodeId".*"WorkloadId"/s],
    ["bad-field.ts", /is_stderr/],
    ["bad-match.ts", /missing the following properties|is missing/],
    ["repr-bad-narrow.ts", /radius/],
    ["repr-bad-content.ts", /string.*not assignable to.*number/s],
  ])(
    "reject %s",
    (file, message) => {
      const errors = typeErrors(file);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join("\n")).toMatch(message);
    },
    30_000,
  );
});
