// Property tests over every type of the schema: serialize ∘ parse is the identity on canonical text,
// and every spelling serde accepts parses to the same value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalDecl, modelArbitraries, spellDecl } from "./arbitraries.js";
import { DECLS, MODEL, codec } from "./codec.js";
import { Rng } from "./rng.js";

const SEED = 20_240_102;
const RUNS = 150;
const ARBS = modelArbitraries(MODEL);

describe.each(DECLS.map((d) => [d.name, d] as const))("%s", (name, decl) => {
  const c = codec(name);
  const arb = ARBS[name]!;

  it("serialize writes what serde writes; parse reads it back to the same value", () => {
    fc.assert(
      fc.property(arb, (value) => {
        const text = c.serialize(value);
        expect(text).toBe(canonicalDecl(MODEL, decl, value));
        expect(c.parse(text)).toEqual(value);
        expect(c.wireIssues(value)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("serialize ∘ parse is the identity on canonical text, for strings and UTF-8 bytes", () => {
    fc.assert(
      fc.property(arb, (value) => {
        const text = canonicalDecl(MODEL, decl, value);
        expect(c.serialize(c.parse(text))).toBe(text);
        expect(c.serialize(c.parse(new TextEncoder().encode(text)))).toBe(text);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it("noncanonical spellings (whitespace, key order, unknown keys, escapes, UUID and timestamp forms) parse to the same value", () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 2 ** 31 }), (value, seed) => {
        const text = spellDecl(MODEL, decl, value, new Rng(seed));
        expect(c.parse(text), text).toEqual(value);
        expect(c.serialize(c.parse(text))).toBe(canonicalDecl(MODEL, decl, value));
      }),
      { seed: SEED + 2, numRuns: RUNS * 2 },
    );
  });
});
