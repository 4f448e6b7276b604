// The fuzzer: mutate valid messages of every type and check that each parser only ever returns a
// value (which then round-trips) or throws a ProtoError, and rejects what must be rejected.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { canonicalDecl, modelArbitraries, spellDecl } from "./arbitraries.js";
import type { Codec, Input } from "./codec.js";
import { CODECS, MODEL, ProtoError } from "./codec.js";
import type { Mutant } from "./mutate.js";
import { MUTATORS } from "./mutate.js";
import { Rng } from "./rng.js";

export interface Seed {
  type: string;
  text: string;
  /** A message serde accepts: its strict prefixes and the like must be rejected. */
  valid: boolean;
  origin: string;
}

const PROTO_ERROR_KINDS = new Set(["InvalidMessage", "UnknownMessageType", "SerializationError", "ValidationError"]);

/** Seeds: the conformance vectors (if present) and, for every type, generated canonical and noncanonical messages. */
export function buildSeeds(root: string, seed: number, perType: number): Seed[] {
  const seeds: Seed[] = [];
  const index = join(root, "schema/vectors/index.json");
  if (existsSync(index)) {
    const groups = JSON.parse(readFileSync(index, "utf8")) as Record<string, { file: string; type: string }[]>;
    for (const [category, entries] of Object.entries(groups)) {
      for (const e of entries) {
        if (!CODECS.has(e.type)) continue;
        const bytes = readFileSync(join(root, "schema/vectors", e.file));
        const text = new TextDecoder().decode(bytes);
        if (new TextEncoder().encode(text).length !== bytes.length) continue; // not UTF-8: a byte seed would not survive as text
        seeds.push({ type: e.type, text, valid: category === "valid" || category === "noncanonical" || category === "rules-invalid", origin: e.file });
      }
    }
  }
  const arbs = modelArbitraries(MODEL);
  const rng = new Rng(seed);
  for (const d of MODEL.decls) {
    fc.sample(arbs[d.name]!, { seed: seed + seeds.length, numRuns: perType }).forEach((value, i) => {
      const text = i % 2 === 0 ? canonicalDecl(MODEL, d, value) : spellDecl(MODEL, d, value, rng);
      seeds.push({ type: d.name, text, valid: true, origin: `generated ${d.name} #${i}` });
    });
  }
  return seeds;
}

export type Outcome = { kind: "accepted"; canonical: string } | { kind: "rejected"; error: InstanceType<typeof ProtoError> };

export interface Failure {
  type: string;
  mutators: string[];
  origin: string;
  input: string;
  problem: string;
}

/** Parse one input; any problem (crash, accepted what must be rejected, no round trip) is returned as text. */
export function judge(codec: Codec, mutant: Mutant): { outcome?: Outcome; problem?: string } {
  let value: unknown;
  try {
    value = codec.parse(mutant.input);
  } catch (e) {
    if (!(e instanceof ProtoError)) return { problem: `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}, not a ProtoError` };
    if (!PROTO_ERROR_KINDS.has(e.kind) || typeof e.pointer !== "string" || !e.pointer.match(/^(\/[^/]*)*$/)) {
      return { problem: `a malformed ProtoError: kind ${e.kind}, pointer ${JSON.stringify(e.pointer)}` };
    }
    if (e.message.includes("\n")) return { problem: `a ProtoError message of several lines: ${JSON.stringify(e.message.slice(0, 200))}` };
    return { outcome: { kind: "rejected", error: e } };
  }
  if (mutant.mustReject) return { problem: `accepted ${mutant.mustReject}` };
  try {
    const canonical = codec.serialize(value);
    const again = codec.parse(canonical);
    if (!isDeepStrictEqual(again, value)) return { problem: `parse(serialize(value)) differs from value: ${canonical.slice(0, 200)}` };
    if (codec.serialize(again) !== canonical) return { problem: "serialize is not stable" };
    const issues = codec.wireIssues(value);
    if (issues.length > 0) return { problem: `the parsed value fails validate: ${JSON.stringify(issues).slice(0, 200)}` };
    return { outcome: { kind: "accepted", canonical } };
  } catch (e) {
    return { problem: `accepted, but the value does not round-trip: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export interface FuzzStats {
  cases: number;
  accepted: number;
  rejected: number;
  mustReject: number;
  byMutator: Record<string, number>;
  failures: Failure[];
  ms: number;
}

export interface FuzzCase {
  type: string;
  input: Input;
  mutators: string[];
  outcome?: Outcome;
}

/** Run `cases` mutated messages from a fixed seed; `onCase` sees each (for the serde cross-check). */
export function fuzz(options: { seeds: Seed[]; cases: number; seed: number; onCase?: (c: FuzzCase) => void; maxFailures?: number }): FuzzStats {
  const { seeds, cases, seed } = options;
  const rng = new Rng(seed);
  const pools = new Map<string, string[]>();
  for (const s of seeds) pools.set(s.type, [...(pools.get(s.type) ?? []), s.text]);
  const allTexts = seeds.map((s) => s.text);
  const stats: FuzzStats = { cases: 0, accepted: 0, rejected: 0, mustReject: 0, byMutator: {}, failures: [], ms: 0 };
  const start = performance.now();
  for (let i = 0; i < cases; i++) {
    const s = rng.pick(seeds);
    // Usually one mutation (its expected outcome is known), sometimes a stack of several.
    const count = rng.chance(0.7) ? 1 : rng.int(2, 4);
    const names: string[] = [];
    let mutant: Mutant = { input: s.text };
    for (let k = 0; k < count; k++) {
      const m = rng.pick(MUTATORS);
      names.push(m.name);
      const text = typeof mutant.input === "string" ? mutant.input : new TextDecoder().decode(mutant.input);
      const pool = rng.chance(0.5) ? (pools.get(s.type) ?? allTexts) : allTexts;
      mutant = m.apply(text, rng, pool);
    }
    if (count > 1 || !s.valid) mutant = { input: mutant.input };
    const codec = CODECS.get(s.type)!;
    const { outcome, problem } = judge(codec, mutant);
    stats.cases++;
    for (const n of names) stats.byMutator[n] = (stats.byMutator[n] ?? 0) + 1;
    if (mutant.mustReject) stats.mustReject++;
    if (outcome?.kind === "accepted") stats.accepted++;
    if (outcome?.kind === "rejected") stats.rejected++;
    if (problem && stats.failures.length < (options.maxFailures ?? 20)) {
      const shown = typeof mutant.input === "string" ? mutant.input : `bytes ${Buffer.from(mutant.input).toString("hex")}`;
      stats.failures.push({
        type: s.type,
        mutators: names,
        origin: s.origin,
        input: shown.length > 300 ? `${shown.slice(0, 300)}… (${shown.length})` : shown,
        problem,
      });
    }
    options.onCase?.({ type: s.type, input: mutant.input, mutators: names, ...(outcome ? { outcome } : {}) });
  }
  stats.ms = performance.now() - start;
  return stats;
}
