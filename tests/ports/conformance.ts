// What the harness asks of a driver: the vectors (each category's promise) and a differential fuzz
// against serde. Pure functions over answers, so a test can show they fail on a lying driver.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mutateJson } from "../helpers/mutate.js";
import { MUTATORS, type Mutant, type Mutator } from "../robustness/mutate.js";
import { Rng } from "../robustness/rng.js";
import { request, requestBytes, type Answer, type Request } from "./client.js";
import { DRIVER_KINDS, type DocumentedGap, type VectorEntry } from "./registry.js";

export type Category = "valid" | "noncanonical" | "invalid" | "rules-invalid";
const CATEGORIES: readonly Category[] = ["valid", "noncanonical", "invalid", "rules-invalid"];

export interface Vector {
  category: Category;
  entry: VectorEntry;
  bytes: Buffer;
  request: Request;
}

/** Every entry of `<dir>/index.json`, with its file's bytes. */
export function loadVectors(dir: string): Vector[] {
  const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as Record<string, VectorEntry[]>;
  const unknown = Object.keys(index).filter((c) => !CATEGORIES.includes(c as Category));
  if (unknown.length > 0) throw new Error(`${dir}/index.json: unknown categories ${unknown.join(", ")}`);
  return CATEGORIES.flatMap((category) =>
    (index[category] ?? []).map((entry) => {
      const bytes = readFileSync(join(dir, entry.file));
      return { category, entry, bytes, request: request(entry.type, bytes)! };
    }),
  );
}

/** A port as the checks see it: whether its kinds are the spec's, and what it documents as gaps. */
export interface Judged {
  name: string;
  specKinds: boolean;
  vectorGap(entry: VectorEntry): string | undefined;
  fuzzGaps: readonly DocumentedGap[];
}

export interface VectorReport {
  failures: string[];
  /** Vectors the port refuses by documented choice (and does refuse). */
  gaps: string[];
}

const show = (s: string) => JSON.stringify(s.length > 200 ? `${s.slice(0, 200)}…` : s);
const said = (a: Answer) => (a.ok ? `canonical ${show(a.canonical)}` : `${a.kind}: ${show(a.error)}`);

/**
 * Each vector's promise: valid → canonical is the file's bytes; noncanonical → canonical is the entry's
 * `canonical`; invalid → rejected (with the entry's `kind` when the port reports spec kinds); rules-invalid →
 * accepted on the wire, written as serde writes it. A documented gap must be refused, so closing one shows.
 */
export function checkVectors(port: Judged, vectors: readonly Vector[], answers: readonly Answer[], referee: readonly Answer[]): VectorReport {
  const report: VectorReport = { failures: [], gaps: [] };
  vectors.forEach((v, i) => {
    const a = answers[i]!;
    const where = `${v.entry.file} (${v.entry.type}, ${v.category})`;
    const fail = (why: string) => report.failures.push(`${where}: ${why}; ${port.name} said ${said(a)}`);
    if (!a.ok && DRIVER_KINDS.has(a.kind)) return fail("the driver could not judge it");
    const gap = port.vectorGap(v.entry);
    if (gap !== undefined && v.category !== "invalid") {
      if (a.ok) return fail(`accepted a documented gap (${gap}): update the vector's entry`);
      report.gaps.push(`${where}: ${gap}`);
      return;
    }
    switch (v.category) {
      case "valid":
        if (!a.ok) return fail("rejected");
        if (!Buffer.from(a.canonical, "utf8").equals(v.bytes)) return fail("canonical is not the file's bytes");
        return;
      case "noncanonical":
        if (!a.ok) return fail("rejected");
        if (a.canonical !== v.entry.canonical) return fail(`canonical is not the entry's ${show(v.entry.canonical ?? "")}`);
        return;
      case "invalid":
        if (a.ok) return fail("accepted");
        if (port.specKinds && a.kind !== v.entry.kind) return fail(`kind ${a.kind}, the entry says ${v.entry.kind}`);
        return;
      case "rules-invalid": {
        const r = referee[i]!;
        if (!a.ok) return fail("rejected (it is valid on the wire)");
        if (!r.ok || a.canonical !== r.canonical) return fail(`serde says ${said(r)}`);
        return;
      }
    }
  });
  return report;
}

export interface FuzzCase {
  request: Request;
  mutators: string[];
  origin: string;
}

/**
 * `count` mutated messages from the vectors' texts, replayable from `seed`: as tests/robustness/fuzzCore.ts does,
 * usually one mutation of a seed, sometimes a stack of two to four, splicing from messages of the same type or any.
 * A mutant with no UTF-8 form (a lone surrogate in a string) is skipped: no port can receive it. One in ten is sent
 * as base64 bytes even when it is UTF-8.
 */
export function fuzzCases(vectors: readonly Vector[], count: number, seed: number): FuzzCase[] {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const seeds: { type: string; text: string; origin: string }[] = [];
  for (const v of vectors) {
    try {
      seeds.push({ type: v.entry.type, text: decoder.decode(v.bytes), origin: v.entry.file });
    } catch {
      // not UTF-8: a byte seed would not survive the text mutators
    }
  }
  // tests/helpers/mutate.ts's token swaps too (as the fixtures' own fuzz tests do): a number becomes a spelling serde is
  // particular about, a string any string token of the fixture's vectors (its tags, keys, values) or a tricky one.
  const strings = new Set(TRICKY_STRINGS);
  for (const s of seeds) for (const m of s.text.matchAll(/"(?:[^"\\]|\\.)*"/g)) if (m[0].length <= 64) strings.add(m[0]);
  const tokens = { numbers: TRICKY_NUMBERS, strings: [...strings] };
  const token: Mutator = { name: "token", apply: (text, rng) => ({ input: mutateJson(rng, text, tokens) }) };
  const mutators = [...MUTATORS, token, token, token];
  const pools = new Map<string, string[]>();
  for (const s of seeds) pools.set(s.type, [...(pools.get(s.type) ?? []), s.text]);
  const all = seeds.map((s) => s.text);
  const rng = new Rng(seed);
  const cases: FuzzCase[] = [];
  while (cases.length < count) {
    const s = rng.pick(seeds);
    const n = rng.chance(0.7) ? 1 : rng.int(2, 4);
    const names: string[] = [];
    let mutant: Mutant = { input: s.text };
    for (let k = 0; k < n; k++) {
      const m = rng.pick(mutators);
      names.push(m.name);
      const text = typeof mutant.input === "string" ? mutant.input : new TextDecoder().decode(mutant.input);
      mutant = m.apply(text, rng, rng.chance(0.5) ? (pools.get(s.type) ?? all) : all);
    }
    // One in ten as bytes (base64) whatever they hold: a port's byte input is exercised too.
    const r = request(s.type, mutant.input, rng.chance(0.1));
    if (r) cases.push({ request: r, mutators: names, origin: s.origin });
  }
  return cases;
}

/** Spellings serde's readers are particular about: float rounding and range, integers past u64, exponents. */
const TRICKY_NUMBERS = [
  "1",
  "-0",
  "0.1",
  "1E5",
  "1e39",
  "-1e39",
  "1e400",
  "1e-400",
  "3.4028235677973366e38",
  "3.4028235677973367e38",
  "1.0000000596046448",
  "16777217",
  "3101168.75",
  "9007199254740993",
  "18446744073709551615",
  "18446744073709551616",
  "-9223372036854775809",
  "2e-45",
  "5e-324",
  "1.0",
  "1e2",
  "4294967296",
  "-1",
];
/** Escapes, a lone surrogate, non-ASCII and astral characters, timestamps and UUIDs in other spellings. */
const TRICKY_STRINGS = [
  '"\\ud800"',
  '"é"',
  '"😀"',
  '"\\u0000"',
  '"a\\/b"',
  '"67E55044-10B1-426F-9247-BB680E5FE0C8"',
  '"{67e55044-10b1-426f-9247-bb680e5fe0c8}"',
  '"2024-01-02T03:04:05+01:00"',
  '"2024-02-30T03:04:05Z"',
  '"2024-01-02 03:04:05.5z"',
];

export interface FuzzReport {
  cases: number;
  agree: number;
  /** Both accepted (and wrote the same bytes). */
  accepted: number;
  /** serde accepts, the port refuses, for a reason it documents: counted by reason. */
  gaps: Record<string, number>;
  disagreeing: number;
  /** The first 20 disagreements, described. */
  disagreements: string[];
}

/** The port against serde, case by case: ok must match, canonical byte for byte; documented gaps counted apart. */
export function compareFuzz(port: Judged, cases: readonly FuzzCase[], answers: readonly Answer[], referee: readonly Answer[]): FuzzReport {
  const report: FuzzReport = { cases: cases.length, agree: 0, accepted: 0, gaps: {}, disagreeing: 0, disagreements: [] };
  cases.forEach((c, i) => {
    const a = answers[i]!;
    const r = referee[i]!;
    const disagree = (why: string) => {
      if (report.disagreeing++ < 20) {
        const input = "text" in c.request ? show(c.request.text) : `bytes ${requestBytes(c.request).toString("hex").slice(0, 400)}`;
        report.disagreements.push(`${c.request.type} ${input} (${c.mutators.join("+")} of ${c.origin}): ${why}; serde: ${said(r)}; ${port.name}: ${said(a)}`);
      }
    };
    if (!a.ok && DRIVER_KINDS.has(a.kind)) return disagree("the driver could not judge it");
    if (r.ok && a.ok) {
      if (r.canonical !== a.canonical) return disagree("both accept, the canonical texts differ");
      report.accepted++;
      report.agree++;
    } else if (r.ok && !a.ok) {
      const gap = port.fuzzGaps.find((g) => g.error.test(a.error));
      if (!gap) return disagree("serde accepts, the port rejects");
      report.gaps[gap.reason] = (report.gaps[gap.reason] ?? 0) + 1;
    } else if (!r.ok && a.ok) {
      return disagree("serde rejects, the port accepts");
    } else report.agree++;
  });
  return report;
}
