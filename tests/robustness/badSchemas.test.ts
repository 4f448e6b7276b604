// Every schema in tests/fixtures/bad-schemas/<case>/ makes `generate` and `check` exit 2 with a one-line
// first error at the expected place, and leaves the output folder byte-identical.
import { cpSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { modelFromFile } from "../../src/pipeline.js";
import { GENERATED, ROOT, cli, tempDir, treeHash } from "../helpers/paths.js";

const DIR = join(ROOT, "tests/fixtures/bad-schemas");
const CASES = readdirSync(DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

interface Expected {
  why: string;
  code: string;
  pointer: string;
  line: number;
  column: number;
}

const expected = (name: string) => JSON.parse(readFileSync(join(DIR, name, "expected.json"), "utf8")) as Expected;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function firstLinePattern(file: string, e: Expected): RegExp {
  return new RegExp(`^${escape(file)}:${e.line}:${e.column}: error: [^\\n]+ \\[${escape(e.code)}\\] at ${escape(`#${e.pointer}`)}$`);
}

/** Run the CLI's main() in this process (as bin/claw-codegen.js does), capturing stderr. */
async function run(args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = "";
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: await main(args), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe("bad schemas", () => {
  let out: string;
  let before: string;
  beforeAll(() => {
    // A copy of the committed output, so "untouched" is checked on a real tree.
    out = join(tempDir("claw-bad-schemas-"), "generated");
    cpSync(GENERATED, out, { recursive: true });
    before = treeHash(out);
  });
  afterAll(() => expect(treeHash(out)).toBe(before));

  it("the corpus has at least 30 cases, each with its expectation, and the base they break is valid", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    for (const name of CASES) expect(existsSync(join(DIR, name, "expected.json")), name).toBe(true);
    expect(() => modelFromFile(join(DIR, "base.schema.json"))).not.toThrow();
    expect(new Set(CASES.map((c) => expected(c).code)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)("%s: exit 2, file:line:column and pointer on the first line, output untouched", async (name) => {
    const e = expected(name);
    const schema = join(DIR, name, "schema.json");
    for (const command of ["generate", "check"]) {
      const r = await run([command, "--schema", schema, "--out", out]);
      expect(r.status, `${command}: ${r.stderr}`).toBe(2);
      expect(r.stderr.split("\n")[0], `${command} (${e.why})`).toMatch(firstLinePattern(schema, e));
      expect(treeHash(out)).toBe(before);
    }
  });

  it("the real CLI process agrees (exit 2, same first line) on a sample", () => {
    for (const name of ["json-truncated", "unresolved-ref", "payload-name-collision"]) {
      const schema = join(DIR, name, "schema.json");
      const r = cli(["generate", "--schema", schema, "--out", out]);
      expect(r.status).toBe(2);
      expect(r.stderr.split("\n")[0]).toMatch(firstLinePattern(schema, expected(name)));
    }
  });
});
