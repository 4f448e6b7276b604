import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/diagnostics.js";
import { RULES, verdictTable } from "../src/diff/catalogue.js";
import { diffModels } from "../src/diff/engine.js";
import { loadSide } from "../src/diff/loadSide.js";
import { ENUM_REPRESENTATION_CHANGED } from "../src/diff/rules/decls.js";
import { INT_TO_FLOAT, INT_TO_FLOAT_LOSSY } from "../src/diff/rules/values.js";
import { ENUM_OPENED, VARIANT_ADDED, VARIANT_ADDED_OPEN, readsAsCatchAll } from "../src/diff/rules/variants.js";
import type { Finding } from "../src/diff/types.js";
import { ROLE_PAIRS } from "../src/diff/types.js";
import type { EnumDecl, FloatKind, IntKind, Representation, Variant } from "../src/model/types.js";
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

  it("is documented in docs/diff-rules.md by the table the catalogue generates", () => {
    const cells = (row: string) =>
      row
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim());
    const readme = readFileSync(join(ROOT, "docs/diff-rules.md"), "utf8")
      .split("\n")
      .filter((l) => l.startsWith("| `") && RULES.some((r) => l.startsWith(`| \`${r.id}\``)))
      .map(cells);
    const table = verdictTable().split("\n").slice(2).map(cells);
    expect(readme).toEqual(table);
  });
});

describe("representation rules", () => {
  const unit = (name: string, other = false): Variant => ({
    name,
    payload: { kind: "unit" },
    pointer: `/$defs/E/${name}`,
    ...(other && { other: true as const }),
  });
  const data = (name: string): Variant => ({ name, payload: { kind: "newtype", type: { kind: "string" } }, pointer: `/$defs/E/${name}` });
  const enumOf = (representation: Representation, variants: Variant[], keys: Partial<EnumDecl> = {}): EnumDecl => ({
    kind: "enum",
    name: "E",
    pointer: "/$defs/E",
    representation,
    ...(representation === "internally-tagged" && { tag: "t" }),
    ...(representation === "adjacently-tagged" && { tag: "t", content: "c" }),
    variants,
    ...keys,
  });

  it("ENUM_REPRESENTATION_CHANGED fires on the representation, the tag key and the content key, and nothing else", () => {
    const fire = (a: EnumDecl, b: EnumDecl) => ENUM_REPRESENTATION_CHANGED.check({ old: a, new: b }).map((h) => h.message);
    const ext = enumOf("externally-tagged", [unit("A")]);
    const adj = enumOf("adjacently-tagged", [unit("A")]);
    expect(fire(ext, enumOf("internally-tagged", [unit("A")]))).toEqual(["representation externally tagged → internally tagged (tag `t`)"]);
    expect(fire(adj, { ...adj, tag: "type" })).toEqual([
      "representation adjacently tagged (tag `t`, content `c`) → adjacently tagged (tag `type`, content `c`)",
    ]);
    expect(fire(adj, { ...adj, content: "v" })).toHaveLength(1);
    expect(fire(adj, { ...adj, variants: [unit("A"), unit("B")] })).toEqual([]);
    expect(fire(ext, ext)).toEqual([]);
  });

  it("reads an unknown tag as the catch-all as serde does: any variant when internally tagged, only a unit variant when externally or adjacently tagged", () => {
    const open = (r: Representation) => enumOf(r, [unit("A"), unit("Unknown", true)]);
    const got = (["externally-tagged", "internally-tagged", "adjacently-tagged"] as const).map((r) => [
      r,
      readsAsCatchAll(open(r), unit("B")),
      readsAsCatchAll(open(r), data("B")),
    ]);
    expect(got).toEqual([
      ["externally-tagged", true, false],
      ["internally-tagged", true, true],
      ["adjacently-tagged", true, false],
    ]);
    expect(readsAsCatchAll(enumOf("internally-tagged", [unit("A")]), unit("B"))).toBe(false);
  });

  it("gives each added variant exactly one of VARIANT_ADDED, VARIANT_ADDED_OPEN and ENUM_OPENED", () => {
    const rules = [VARIANT_ADDED, VARIANT_ADDED_OPEN, ENUM_OPENED];
    const cases: [Representation, boolean, Variant, string][] = [
      ["externally-tagged", false, unit("B"), "VARIANT_ADDED"],
      ["externally-tagged", true, unit("B"), "VARIANT_ADDED_OPEN"],
      ["externally-tagged", true, data("B"), "VARIANT_ADDED"],
      ["adjacently-tagged", true, data("B"), "VARIANT_ADDED"],
      ["internally-tagged", true, data("B"), "VARIANT_ADDED_OPEN"],
      ["internally-tagged", false, unit("Unknown", true), "ENUM_OPENED"],
      ["internally-tagged", true, unit("Other", true), "VARIANT_ADDED_OPEN"],
    ];
    for (const [representation, open, added, want] of cases) {
      const old = enumOf(representation, open ? [unit("A"), unit("Unknown", true)] : [unit("A")]);
      const next = { ...old, variants: [...old.variants, added] };
      const fired = rules.filter((r) => r.check({ new: added, message: false, enums: { old, new: next } }).length > 0).map((r) => r.id);
      expect(fired, `${representation} ${open ? "open" : "closed"} + ${added.name}`).toEqual([want]);
    }
  });

  it("calls an integer → float change lossy exactly when the float's significand cannot hold the integer's range", () => {
    const lossy = (int: IntKind, float: FloatKind) => {
      const pair = { from: { kind: "int", int } as const, to: { kind: "float", float } as const, where: "field" as const };
      const fired = [INT_TO_FLOAT, INT_TO_FLOAT_LOSSY].filter((r) => r.check(pair).length > 0).map((r) => r.id);
      expect(fired).toHaveLength(1);
      return fired[0] === "INT_TO_FLOAT_LOSSY";
    };
    expect(["u16", "i16", "u32", "i32", "u64", "i64"].map((i) => [i, lossy(i as IntKind, "f32"), lossy(i as IntKind, "f64")])).toEqual([
      ["u16", false, false],
      ["i16", false, false],
      ["u32", true, false],
      ["i32", true, false],
      ["u64", true, true],
      ["i64", true, true],
    ]);
  });
});
