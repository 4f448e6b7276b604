// The Python target's own checks and escapers: names Python cannot hold are refused (exit 2, located), and
// hostile schema text (descriptions, the title) reaches the generated modules only as string values: the
// modules parse to the same program as with plain text, and each docstring holds the text as written.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT, tempDir } from "./helpers/paths.js";
import { PYTHON } from "./helpers/python.js";
import { POSITIONS, holeySchema } from "./robustness/hostileSchema.js";

const HOSTILE = [
  '"""; import os; os.system("x") #',
  "a\\\nb\\",
  "'''\n\"\"\"\n\tx\r\ny",
  "\u202eevil\u2066 \u200b\ufeff",
  "\u2028line\u2029sep\u0085 \x0b\x0c",
  "\x00\x01\x1b[31m\x7f",
  "{x} %s \\N{BULLET} \\u0041",
  'emoji 😀 and "quotes" \\',
];

function pyFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? pyFiles(join(dir, n)) : n.endsWith(".py") ? [join(dir, n)] : []));
}

function generate(text: (i: number) => string): string {
  const dir = tempDir("claw-pytarget-");
  writeFileSync(join(dir, "schema.json"), JSON.stringify(holeySchema(text)));
  const r = cli(["generate", "--target", "python", "-s", join(dir, "schema.json"), "-o", join(dir, "out")], dir);
  expect(r.status, r.stderr).toBe(0);
  return join(dir, "out/python");
}

function structure(dir: string): { structure: Record<string, string>; docs: string[] } {
  const r = spawnSync(PYTHON, [join(ROOT, "tests/python/ast_structure.py"), ...pyFiles(dir)], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { structure: Record<string, string>; docs: string[] };
}

describe("the Python target", () => {
  it("hostile descriptions give the same program as plain ones, and each docstring holds its text", () => {
    const plain = structure(generate((i) => (i === 0 ? "Plain" : "plain text")));
    for (const hostile of HOSTILE) {
      const got = structure(generate((i) => (i === 0 ? "Plain" : `${POSITIONS[i]} ${hostile}`)));
      expect(got.structure).toEqual(plain.structure);
      // Every description is some docstring's text (docstrings are cut into lines at line breaks, trailing blanks dropped).
      const norm = (s: string) =>
        s
          // eslint-disable-next-line no-control-regex -- the line breaks the docstring escaper splits at
          .split(/\r\n|[\n\r\u0085\u2028\u2029\v\f\x1c-\x1e]/)
          .map((l) => l.trimEnd())
          .join("\n")
          .trim();
      const docs = got.docs.map(norm);
      for (const [i, position] of POSITIONS.entries()) {
        if (i === 0 || !/description$/.test(position) || /x-rules|\.items\./.test(position)) continue;
        expect(
          docs.some((d) => d.includes(norm(`${position} ${hostile}`))),
          `${position}: ${JSON.stringify(hostile)}`,
        ).toBe(true);
      }
    }
  }, 120_000);

  it("refuses names Python cannot hold: keywords, names its modules import, Enum members it cannot have (exit 2, located)", () => {
    const schema = holeySchema(() => "x") as { $defs: Record<string, Record<string, unknown>> };
    const item = schema.$defs.Item!;
    const props = item.properties as Record<string, unknown>;
    props.from = props.count;
    delete props.count;
    item.required = (item.required as string[]).map((r) => (r === "count" ? "from" : r));
    schema.$defs.Optional = { type: "object", properties: { a: { type: "string" } }, required: ["a"] };
    schema.$defs.Color!.oneOf = [{ const: "Red" }, { const: "None" }];
    const dir = tempDir("claw-pytarget-");
    writeFileSync(join(dir, "schema.json"), JSON.stringify(schema, null, 2));
    const r = cli(["generate", "--target", "python", "-s", join(dir, "schema.json"), "-o", join(dir, "out")], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/field name "from" of Item is a Python keyword \[python-name\] at #\/\$defs\/Item\/properties\/from/);
    expect(r.stderr).toMatch(/type name "Optional" would shadow a builtin or an import of the generated modules \[python-name\] at #\/\$defs\/Optional/);
    expect(r.stderr).toMatch(/variant name "None" cannot be an Enum member .*\[python-name\]/);
  });
});
