import { expect } from "vitest";
import { vectorBytes, vectorIndex } from "./vectors.js";

/**
 * What a tool reading the schema target's export with the shipped format functions must decide: accept every
 * valid vector (and rules-invalid ones: valid on the wire) and every noncanonical one marked `schema: true`,
 * and reject every invalid one marked `schema: true`.
 */
export type Verdict = { file: string; type: string; expected: boolean };
const { valid, noncanonical, invalid } = vectorIndex;
export const cases: Verdict[] = [
  ...valid.map((v) => ({ file: v.file, type: v.type, expected: true })),
  ...vectorIndex["rules-invalid"].map((v) => ({ file: v.file, type: v.type, expected: true })),
  ...noncanonical.filter((v) => v.schema).map((v) => ({ file: v.file, type: v.type, expected: true })),
  ...invalid.filter((v) => v.schema).map((v) => ({ file: v.file, type: v.type, expected: false })),
];
/** Invalid vectors a schema is not expected to decide: what each tool catches anyway is reported. */
export const beyond = invalid.filter((v) => !v.schema).map((v) => ({ file: v.file, type: v.type, expected: false }));

export const decoder = new TextDecoder("utf-8", { fatal: false });
export const parsed = (file: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(decoder.decode(vectorBytes(file))) };
  } catch {
    return { ok: false };
  }
};

/** The vectors whose verdict differs from what is expected, and the count of those that agree. */
export function judge(list: Verdict[], accepts: (v: Verdict) => boolean): { agree: number; disagree: string[] } {
  const disagree = list.filter((v) => accepts(v) !== v.expected).map((v) => `${v.file} (${v.type}): expected ${v.expected ? "accept" : "reject"}`);
  return { agree: list.length - disagree.length, disagree };
}

export function report(tool: string, list: Verdict[], accepts: (v: Verdict) => boolean): void {
  const main = judge(list, accepts);
  const extra = judge(beyond, accepts);
  console.log(`${tool}: ${main.agree}/${list.length} as serde decides; rejects ${extra.agree} of ${beyond.length} invalid vectors marked schema: false`);
  expect(main.disagree).toEqual([]);
}

/** Seeds every spelling family of both formats, then 6,000 seeded random edits of them (deterministic). */
export function fuzzCorpus(): ["uuid" | "date-time", string][] {
  const uuids = [
    "67e55044-10b1-426f-9247-bb680e5fe0c8",
    "67E5504410B1426F9247BB680E5FE0C8",
    "{67e55044-10b1-426f-9247-bb680e5fe0c8}",
    "urn:uuid:67e55044-10b1-426f-9247-bb680e5fe0c8",
  ];
  const times = [
    "2024-01-15T10:30:00Z",
    "2016-12-31T23:59:60.5+01:00",
    "-0001-01-01T00:00:00Z",
    "+262143-12-31T23:59:59.999999999Z",
    "-262144-01-01T00:00:00+01:00",
    " 24-1-5 1:2:3 utc ",
    "2024-02-29T00:00:00.123456789123-05:30",
    "2023-02-28T23:59:59+0000",
    "2024-01-15T10:30:00 + 05 : 30",
    "2024-01-15T10:30:00-01:65",
    "2024-01-15T10:30:00+23:59",
  ];
  const alphabet = "0123456789abcdefABCDEFxyzTtZzUuCc-+:.{} \t\u00a0\u2003e\u0660";
  let seed = 17;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: ["uuid" | "date-time", string][] = [
    ...uuids.map((s) => ["uuid", s] as ["uuid", string]),
    ...times.map((s) => ["date-time", s] as ["date-time", string]),
  ];
  for (let i = 0; i < 6000; i++) {
    const name = i % 3 === 0 ? "uuid" : "date-time";
    const seeds = name === "uuid" ? uuids : times;
    let s = seeds[rand(seeds.length)]!;
    for (let k = 0, edits = 1 + rand(3); k < edits; k++) {
      const at = rand(s.length + 1);
      const c = alphabet[rand(alphabet.length)]!;
      const op = rand(3);
      s = op === 0 ? s.slice(0, at) + c + s.slice(at) : op === 1 ? s.slice(0, at) + s.slice(at + 1) : s.slice(0, at) + c + s.slice(at + 1);
    }
    out.push([name, s]);
  }
  return out;
}
