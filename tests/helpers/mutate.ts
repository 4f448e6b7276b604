// Small changes to a JSON text, for differential fuzzing against serde: a character removed or
// inserted, a number or a string token swapped for a tricky one, the whole wrapped in an array.
import type { Rng } from "../robustness/rng.js";

const PIECES = ["{", "}", "[", "]", ",", ":", '"', " ", "null", "true", "0", "-", ".", "e", "\\"];

/** `numbers` and `strings` (JSON tokens) are what a number or a string token may become: the schema's tags and keys, spellings serde is particular about. */
export function mutateJson(rng: Rng, text: string, tokens: { numbers: readonly string[]; strings: readonly string[] }): string {
  const at = rng.int(0, text.length);
  switch (rng.int(0, 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + rng.pick(PIECES) + text.slice(at);
    case 2: {
      const numbers = [...text.matchAll(/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)];
      if (numbers.length === 0) return text;
      const m = rng.pick(numbers);
      return text.slice(0, m.index) + rng.pick(tokens.numbers) + text.slice(m.index + m[0].length);
    }
    case 3:
    case 4: {
      const strings = [...text.matchAll(/"(?:[^"\\]|\\.)*"/g)];
      if (strings.length === 0) return text;
      const m = rng.pick(strings);
      return text.slice(0, m.index) + rng.pick(tokens.strings) + text.slice(m.index + m[0].length);
    }
    default:
      return `[${text}]`;
  }
}
