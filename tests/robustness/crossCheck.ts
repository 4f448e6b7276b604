// Cross-check a sample of fuzz cases with the Rust serde referee (tests/serde-referee): write each
// case as a conformance vector labelled with what the TypeScript parser did, and let serde judge.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FuzzCase, Seed } from "./fuzzCore.js";
import { fuzz, judge } from "./fuzzCore.js";
import { CODECS } from "./codec.js";

interface Entry {
  file: string;
  type: string;
  canonical?: string;
}

export interface CrossCheckReport {
  checked: number;
  /** How many the package accepted as written (valid), accepted and rewrote (noncanonical), rejected (invalid). */
  categories: Record<"valid" | "noncanonical" | "invalid", number>;
  agree: number;
  /** serde accepts, the package rejects, for a documented reason (u64 above 2^53−1, depth under unknown keys, invalid UTF-8 there). */
  documentedStricter: Record<string, number>;
  /** Disagreements with no documented reason: bugs (in the package, or in the generated spellings). */
  disagreements: string[];
}

// Where the package is knowingly stricter than serde (README "Guarantees").
const DOCUMENTED = [
  { reason: "u64/i64 above 2^53-1", pattern: /2\^53-1/ },
  { reason: "nesting deeper than maxDepth (128), also under unknown keys", pattern: /recursion limit exceeded/ },
  { reason: "invalid UTF-8, also inside unknown values", pattern: /not valid UTF-8/ },
];

/** Run `cases` fuzz cases, keep every `every`-th plus all `extra` seeds, and ask the referee about each. */
export function crossCheck(options: { seeds: Seed[]; cases: number; seed: number; every: number; dir: string; referee: string }): CrossCheckReport {
  const { dir } = options;
  mkdirSync(join(dir, "cases"), { recursive: true });
  const groups: Record<"valid" | "noncanonical" | "invalid", Entry[]> = { valid: [], noncanonical: [], invalid: [] };
  const errors = new Map<string, string>();
  let n = 0;
  const record = (c: FuzzCase) => {
    // A string input holding a lone surrogate has no UTF-8 form; its bytes would be U+FFFD, a different message.
    if (!c.outcome || (typeof c.input === "string" && !c.input.isWellFormed())) return;
    const file = `cases/${String(n++).padStart(7, "0")}.json`;
    const bytes = typeof c.input === "string" ? Buffer.from(c.input, "utf8") : Buffer.from(c.input);
    writeFileSync(join(dir, file), bytes);
    if (c.outcome.kind === "rejected") {
      groups.invalid.push({ file, type: c.type });
      errors.set(file, c.outcome.error.message);
    } else if (Buffer.from(c.outcome.canonical, "utf8").equals(bytes)) {
      groups.valid.push({ file, type: c.type });
    } else {
      groups.noncanonical.push({ file, type: c.type, canonical: c.outcome.canonical });
    }
  };
  let i = 0;
  fuzz({ seeds: options.seeds, cases: options.cases, seed: options.seed, onCase: (c) => i++ % options.every === 0 && record(c) });
  // The seeds themselves (vectors, and the generated noncanonical spellings) are checked as they are.
  for (const s of options.seeds) record({ type: s.type, input: s.text, mutators: [], outcome: outcomeOf(s) });
  writeFileSync(join(dir, "index.json"), JSON.stringify(groups));

  const r = spawnSync(options.referee, ["check", dir], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`referee failed (${r.status}): ${r.stderr}`);
  const fails = r.stdout.split("\n").filter((l) => l.startsWith("FAIL "));
  const categories = { valid: groups.valid.length, noncanonical: groups.noncanonical.length, invalid: groups.invalid.length };
  const report: CrossCheckReport = { checked: n, categories, agree: n - fails.length, documentedStricter: {}, disagreements: [] };
  for (const line of fails) {
    const file = /^FAIL (cases\/\d+\.json)/.exec(line)?.[1];
    const ours = file && errors.get(file);
    const documented = ours && line.includes("serde ACCEPTS") ? DOCUMENTED.find((d) => d.pattern.test(ours)) : undefined;
    if (documented) report.documentedStricter[documented.reason] = (report.documentedStricter[documented.reason] ?? 0) + 1;
    else report.disagreements.push(ours ? `${line}\n    ours: ${ours}` : line);
  }
  return report;
}

function outcomeOf(s: Seed): FuzzCase["outcome"] {
  return judge(CODECS.get(s.type)!, { input: s.text }).outcome;
}
