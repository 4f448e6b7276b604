import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/diagnostics.js";
import { RULES, verdictTable } from "../src/diff/catalogue.js";
import { diffModels } from "../src/diff/engine.js";
import { loadSide } from "../src/diff/loadSide.js";
import { ENUM_REPRESENTATION_CHANGED } from "../src/diff/rules/decls.js";
import type { Finding } from "../src/diff/types.js";
import { ROLE_PAIRS } from "../src/diff/types.js";
import type { Decl } from "../src/model/types.js";
import { ROOT } from "./helpers/paths.js";

/** tests/fixtures/diff/<RULE_ID>[.<case>]/{old.json, new.json, expected.json}: one runner, data per rule. */
const FIXTURES = join(ROOT, "tests/fixtures/diff");

interface ExpectedFinding {
  rule: string;
  old: string;
  new: string;
  /** `<direction> <oldReaderNewWriter|newReaderOldWriter>` for every breaking pair. */
  breaks: string[];
  reachedBy?: string[];
}
type Expected = { note?: string } & ({ findings: ExpectedFinding[] } | { error: string });

function readExpected(dir: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, dir, "expected.json"), "utf8")) as Expected;
}

function actual(f: Finding, withReach: boolean): ExpectedFinding {
  const breaks = f.directions.flatMap((d) => ROLE_PAIRS.filter((r) => d[r].verdict === "breaks").map((r) => `${d.direction} ${r}`));
  return { rule: f.rule, old: f.old.pointer, new: f.new.pointer, breaks, ...(withReach && { reachedBy: f.reachedBy }) };
}

const byKey = (a: ExpectedFinding, b: ExpectedFinding) => `${a.rule} ${a.old} ${a.new}`.localeCompare(`${b.rule} ${b.old} ${b.new}`);

describe("diff fixtures", () => {
  for (const dir of readdirSync(FIXTURES).sort()) {
    it(dir, () => {
      const expected = readExpected(dir);
      const run = () => diffModels(loadSide(join(FIXTURES, dir, "old.json"), ""), loadSide(join(FIXTURES, dir, "new.json"), ""));
      if ("error" in expected) {
        let error: unknown;
        try {
          run();
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).diagnostics.map((d) => d.code)).toContain(expected.error);
        return;
      }
      const report = run();
      const withReach = expected.findings.some((f) => f.reachedBy !== undefined);
      const got = report.findings.map((f) => actual(f, withReach)).sort(byKey);
      const want = expected.findings.map((f) => ({ ...f, ...(withReach && { reachedBy: f.reachedBy ?? [] }) })).sort(byKey);
      expect(got).toEqual(want);
      expect(report.summary.breaking).toBe(want.filter((f) => f.breaks.length > 0).length);
    });
  }
});

describe("diff rule catalogue", () => {
  it("gives every rule a unique stable-looking ID, a summary, a why and a verdict table", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id, rule.id).toMatch(/^[A-Z]+(_[A-Z]+)+$/);
      expect(rule.summary.trim(), `${rule.id} summary`).not.toBe("");
      expect(rule.why.trim(), `${rule.id} why`).not.toBe("");
      expect(["ok", "breaks"]).toContain(rule.verdicts.oldReaderNewWriter);
      expect(["ok", "breaks"]).toContain(rule.verdicts.newReaderOldWriter);
    }
  });

  it("gives every rule that can break a recipe for when no deploy order is safe", () => {
    const breaking = RULES.filter((r) => r.verdicts.oldReaderNewWriter === "breaks" || r.verdicts.newReaderOldWriter === "breaks");
    expect(breaking.filter((r) => !r.recipe).map((r) => r.id)).toEqual([]);
  });

  it("has a fixture for every rule, and every fixture is named after a rule and expects it", () => {
    const dirs = readdirSync(FIXTURES);
    const missing = RULES.filter((r) => !existsSync(join(FIXTURES, r.id, "expected.json"))).map((r) => r.id);
    expect(missing).toEqual([]);
    const ids = new Set(RULES.map((r) => r.id));
    for (const dir of dirs) {
      const rule = dir.split(".")[0]!;
      expect(ids.has(rule), `${dir} names no rule`).toBe(true);
      for (const file of ["old.json", "new.json", "expected.json"]) expect(existsSync(join(FIXTURES, dir, file)), `${dir}/${file}`).toBe(true);
    }
    for (const rule of RULES) {
      const expected = readExpected(rule.id);
      if ("error" in expected) expect(expected.note, `${rule.id}: an untriggerable rule says why`).toMatch(/\S/);
      else
        expect(
          expected.findings.map((f) => f.rule),
          rule.id,
        ).toContain(rule.id);
    }
  });

  it("is documented in the README by the table the catalogue generates", () => {
    const cells = (row: string) =>
      row
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim());
    const readme = readFileSync(join(ROOT, "README.md"), "utf8")
      .split("\n")
      .filter((l) => l.startsWith("| `") && RULES.some((r) => l.startsWith(`| \`${r.id}\``)))
      .map(cells);
    const table = verdictTable().split("\n").slice(2).map(cells);
    expect(readme).toEqual(table);
  });

  it("ENUM_REPRESENTATION_CHANGED fires on a representation change (unreachable from a schema today)", () => {
    const base = { kind: "enum", name: "State", pointer: "/$defs/State", representation: "externally-tagged", variants: [] } as const;
    const other = { ...base, representation: "internally-tagged" } as unknown as Decl;
    expect(ENUM_REPRESENTATION_CHANGED.check({ old: base, new: other }).map((h) => h.message)).toEqual([
      "representation externally-tagged → internally-tagged",
    ]);
    expect(ENUM_REPRESENTATION_CHANGED.check({ old: base, new: base })).toEqual([]);
  });
});
