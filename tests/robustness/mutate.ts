// Mutations of JSON messages for the fuzzer. Each takes a text (and a seeded Rng) and returns an
// input, plus, when the outcome is known by construction, why it must be rejected.
import type { Rng } from "./rng.js";

export type Input = string | Uint8Array;

export interface Mutant {
  input: Input;
  /** Set when every correct parser rejects the input, whatever the type: the reason. */
  mustReject?: string;
}

export interface Mutator {
  name: string;
  /** `pool` holds other messages, for splicing values across messages. */
  apply(text: string, rng: Rng, pool: readonly string[]): Mutant;
}

// ---- where the values and object members of a JSON text are ----

interface Spans {
  values: [number, number][];
  strings: [number, number][];
  numbers: [number, number][];
  /** An object member: from its key to the end of its value. */
  members: [number, number][];
}

const isWs = (c: string | undefined) => c === " " || c === "\t" || c === "\n" || c === "\r";

/** The spans of a well-formed JSON text, or undefined if it is not one (mutated texts often are not) or is deeper than 500. */
export function scan(text: string): Spans | undefined {
  const spans: Spans = { values: [], strings: [], numbers: [], members: [] };
  let p = 0;
  const skipWs = () => {
    while (isWs(text[p])) p++;
  };
  const expect = (c: string) => {
    if (text[p++] !== c) throw new SyntaxError(`expected ${c}`);
  };
  const string = () => {
    const start = p;
    expect('"');
    while (text[p] !== '"') {
      if (p >= text.length) throw new SyntaxError("unterminated string");
      p += text[p] === "\\" ? 2 : 1;
    }
    p++;
    spans.strings.push([start, p]);
  };
  const value = (depth: number): void => {
    if (depth > 500) throw new SyntaxError("too deep to mutate");
    skipWs();
    const start = p;
    const c = text[p];
    if (c === "{" || c === "[") {
      p++;
      skipWs();
      if (text[p] !== (c === "{" ? "}" : "]")) {
        for (;;) {
          skipWs();
          const memberStart = p;
          if (c === "{") {
            string();
            skipWs();
            expect(":");
          }
          value(depth + 1);
          if (c === "{") spans.members.push([memberStart, p]);
          skipWs();
          if (text[p] !== ",") break;
          p++;
        }
      }
      expect(c === "{" ? "}" : "]");
    } else if (c === '"') {
      string();
    } else if (c !== undefined && /[-0-9]/.test(c)) {
      const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(p, p + 4096));
      if (!m) throw new SyntaxError("bad number");
      p += m[0].length;
      spans.numbers.push([start, p]);
    } else {
      const word = ["true", "false", "null"].find((w) => text.startsWith(w, p));
      if (!word) throw new SyntaxError("expected a value");
      p += word.length;
    }
    spans.values.push([start, p]);
  };
  try {
    value(0);
    skipWs();
    return p === text.length ? spans : undefined;
  } catch {
    return undefined;
  }
}

// ---- the mutators ----

const replace = (text: string, [a, b]: [number, number], by: string) => text.slice(0, a) + by + text.slice(b);
const utf8 = new TextEncoder();

const HOSTILE_NUMBERS = [
  "1e400",
  "-1e400",
  "-0",
  "-0.0",
  "00",
  "01",
  "-01",
  "1.0",
  "1e2",
  "1E2",
  "0.",
  ".5",
  "+1",
  "-",
  "1e",
  "1e+",
  "18446744073709551615",
  "18446744073709551616",
  "9007199254740991",
  "9007199254740992",
  "9007199254740993",
  "-9223372036854775808",
  "-9223372036854775809",
  "4294967295",
  "4294967296",
  "-2147483648",
  "-2147483649",
  "65535",
  "65536",
  "NaN",
  "Infinity",
  "0x10",
  "1".repeat(400),
  "-" + "9".repeat(400),
  "0".repeat(30) + "1",
  "1" + "0".repeat(30),
];

const HOSTILE_STRINGS = [
  '"\\ud800"',
  '"\\udc00"',
  '"\\ud800\\u0041"',
  '"\\ud800\\ud800"',
  '"\\ude00\\ud83d"',
  '"\\ud83d\\ude00"',
  '"a\u0000b"',
  '"a\tb"',
  '"a\nb"',
  '"\\x41"',
  '"\\\'"',
  '"\\u12"',
  '"\\u00G0"',
  '"\\uD83D\\uDE00"',
  '"\u2028\u2029\u007f"',
  '"\\u0000"',
  '"abc',
  '"\\"',
  '"' + "\\\\".repeat(300) + '"',
  '"' + "\\u0041".repeat(300) + '"',
  '"urn:uuid:{67e55044-10b1-426f-9247-bb680e5fe0c8}"',
  '"67e55044-10b1-426f-9247-bb680e5fe0c"',
  '"67e55044-10b1-426f-9247-bb680e5fe0c8 "',
  '"2024-01-02T03:04:05"',
  '"2024-02-30T03:04:05Z"',
  '"2024-01-02T03:04:05.Z"',
  '"+262144-01-01T00:00:00Z"',
  '"2024-01-02T03:04:05+24:00"',
  '"2024-01-02t03:04:05Z"',
  '"' + "9".repeat(300) + '-01-01T00:00:00Z"',
  '"2024-01-02T03:04:05.' + "9".repeat(300) + 'Z"',
  '"' + " ".repeat(300) + '2024-01-02T03:04:05Z"',
  '"nginx:' + "a".repeat(200) + '"',
  '"' + "a-".repeat(200) + '!"',
];

const SWAPS = ["null", "true", "false", "0", "-1", "1.5", '""', '"x"', "[]", "{}", "[null]", '{"a":1}', "[[]]", '{"":{}}'];

const TRAILERS = ["x", " x", "{}", "[]", '""', "\u0000", ",", "]", "}", "\u00a0", "\ufeff", "/**/", "null"];
const LEADERS = ["\ufeff", "\u00a0", "\f", "\u000b", "/**/", "\u2028"];

function pickSpan(spans: [number, number][], rng: Rng): [number, number] | undefined {
  return spans.length === 0 ? undefined : rng.pick(spans);
}

/** A mutator that needs the text to be well-formed JSON; otherwise it falls back to a byte flip. */
function structural(name: string, apply: (text: string, spans: Spans, rng: Rng, pool: readonly string[]) => string | undefined): Mutator {
  return {
    name,
    apply(text, rng, pool) {
      const spans = scan(text);
      const out = spans && apply(text, spans, rng, pool);
      return out === undefined ? flipBits(text, rng) : { input: out };
    },
  };
}

function flipBits(text: string, rng: Rng): Mutant {
  const bytes = utf8.encode(text);
  if (bytes.length === 0) return { input: new Uint8Array([rng.int(0, 255)]) };
  const flips = rng.int(1, 3);
  for (let i = 0; i < flips; i++) bytes[rng.int(0, bytes.length - 1)]! ^= 1 << rng.int(0, 7);
  return { input: bytes };
}

function nest(value: string, depth: number, rng: Rng): string {
  return rng.bool() ? "[".repeat(depth) + value + "]".repeat(depth) : '{"a":'.repeat(depth) + value + "}".repeat(depth);
}

/** The first character of a complete JSON text that makes every strict prefix incomplete. */
const opensContainer = (text: string) => /^[{["]/.test(text);

export const MUTATORS: readonly Mutator[] = [
  {
    name: "truncate",
    apply(text, rng) {
      const cut = rng.int(0, Math.max(0, text.length - 1));
      const removed = text.slice(cut);
      const input = text.slice(0, cut);
      return opensContainer(text) && /[^ \t\n\r]/.test(removed) ? { input, mustReject: "a strict prefix of a complete message" } : { input };
    },
  },
  { name: "bit-flip", apply: (text, rng) => flipBits(text, rng) },
  {
    name: "byte-insert",
    apply(text, rng) {
      const bytes = utf8.encode(text);
      const at = rng.int(0, bytes.length);
      const insert = rng.pick([[0x80], [0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [rng.int(0, 255)]]);
      const out = new Uint8Array(bytes.length + insert.length);
      out.set(bytes.subarray(0, at));
      out.set(insert, at);
      out.set(bytes.subarray(at), at + insert.length);
      // Stricter than serde (which skips raw invalid UTF-8 inside unknown values): the package decodes the whole message first.
      return { input: out, mustReject: insert.length > 1 || insert[0]! >= 0x80 ? "invalid UTF-8 anywhere in the message" : undefined };
    },
  },
  {
    name: "byte-delete",
    apply(text, rng) {
      const bytes = utf8.encode(text);
      const at = rng.int(0, Math.max(0, bytes.length - 1));
      return { input: new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + rng.int(1, 4))]) };
    },
  },
  {
    name: "lone-surrogate",
    apply(text, rng) {
      let at = rng.int(0, text.length);
      if (/[\ud800-\udbff]/.test(text[at - 1] ?? "")) at++; // never between the halves of a pair, which the insert could complete
      const s = rng.pick(["\ud800", "\udfff", "\udc00\ud800"]);
      return { input: text.slice(0, at) + s + text.slice(at), mustReject: "a lone surrogate in the text" };
    },
  },
  { name: "bom", apply: (text) => ({ input: "\ufeff" + text, mustReject: "a byte order mark" }) },
  { name: "bom-bytes", apply: (text) => ({ input: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode(text)]), mustReject: "a byte order mark" }) },
  {
    name: "trailing",
    apply(text, rng) {
      const trailer = rng.pick([...TRAILERS, text]);
      const input = text + rng.pick(["", " ", "\n"]) + trailer;
      return text === "" ? { input } : { input, mustReject: "trailing characters" };
    },
  },
  {
    name: "trailing-whitespace",
    apply: (text, rng) => ({ input: rng.pick([" ", "\t", "\r\n", "\n\n"]) + text + rng.pick([" ", "\t", "\r\n", "\n\n"]) }),
  },
  { name: "leading", apply: (text, rng) => ({ input: rng.pick(LEADERS) + text, mustReject: "a character that is not JSON whitespace before the value" }) },
  structural("swap-type", (text, spans, rng, pool) => {
    const span = pickSpan(spans.values, rng);
    if (!span) return undefined;
    const other = rng.chance(0.3) ? randomValueOf(rng.pick(pool), rng) : undefined;
    return replace(text, span, other ?? rng.pick(SWAPS));
  }),
  structural("hostile-number", (text, spans, rng) => {
    const span = pickSpan(rng.chance(0.7) ? spans.numbers : spans.values, rng);
    return span && replace(text, span, rng.pick(HOSTILE_NUMBERS));
  }),
  structural("hostile-string", (text, spans, rng) => {
    const span = pickSpan(rng.chance(0.7) ? spans.strings : spans.values, rng);
    return span && replace(text, span, rng.pick(HOSTILE_STRINGS));
  }),
  structural("remove-member", (text, spans, rng) => {
    const span = pickSpan(spans.members, rng);
    if (!span) return undefined;
    const [a, b] = span;
    // Take the comma on one side with it, so the rest stays well-formed.
    const after = /^\s*,/.exec(text.slice(b));
    if (after) return text.slice(0, a) + text.slice(b + after[0].length);
    const before = /,\s*$/.exec(text.slice(0, a));
    return before ? text.slice(0, a - before[0].length) + text.slice(b) : text.slice(0, a) + text.slice(b);
  }),
  structural("duplicate-member", (text, spans, rng) => {
    const span = pickSpan(spans.members, rng);
    return span && text.slice(0, span[1]) + "," + text.slice(span[0], span[1]) + text.slice(span[1]);
  }),
  structural("unknown-member", (text, spans, rng) => {
    const objects = spans.values.filter(([a]) => text[a] === "{");
    const span = pickSpan(objects, rng);
    if (!span) return undefined;
    const junk = rng.pick([...SWAPS, ...HOSTILE_NUMBERS, ...HOSTILE_STRINGS]);
    const key = rng.pick(['"x"', '"\\u0078"', '""', '"\\ud800"', '"Register"', '"a\u0000"']);
    const empty = /^\{\s*\}$/.test(text.slice(span[0], span[1]));
    return text.slice(0, span[0] + 1) + `${key}:${junk}${empty ? "" : ","}` + text.slice(span[0] + 1);
  }),
  structural("nest", (text, spans, rng) => {
    const span = pickSpan(spans.values, rng);
    if (!span) return undefined;
    const depth = rng.chance(0.001) ? 100_000 : rng.pick([1, 2, 126, 127, 128, 129, 130, rng.int(1, 300)]);
    return replace(text, span, nest(text.slice(span[0], span[1]), depth, rng));
  }),
  structural("splice", (text, spans, rng, pool) => {
    const span = pickSpan(spans.values, rng);
    const other = randomValueOf(rng.pick(pool), rng);
    return span && other !== undefined ? replace(text, span, other) : undefined;
  }),
  structural("escape-string", (text, spans, rng) => {
    const span = pickSpan(spans.strings, rng);
    if (!span) return undefined;
    const body = text.slice(span[0] + 1, span[1] - 1);
    const at = rng.int(0, body.length);
    const insert = rng.pick(["\\u0000", "\\uFFFF", "\\/", "\\ud83d\\ude00", "\\u00e9", "\\u005c", "\\u0022", "\\b", "\\q", "\\u", "\\uD800", "\\"]);
    return text.slice(0, span[0] + 1) + body.slice(0, at) + insert + body.slice(at) + text.slice(span[1] - 1);
  }),
  structural("insert-token", (text, spans, rng) => {
    const at = rng.int(0, text.length);
    return text.slice(0, at) + rng.pick([",", ":", "{", "}", "[", "]", '"', "null", "\\", " ", "\u00a0", "1"]) + text.slice(at);
  }),
  structural("object-to-array", (text, spans, rng) => {
    // serde reads a struct as the array of its field values: drop the keys of one object.
    const objects = spans.values.filter(([a]) => text[a] === "{");
    const span = pickSpan(objects, rng);
    if (!span) return undefined;
    const inner = spans.members.filter(([a, b]) => a > span[0] && b < span[1] && !spans.members.some(([c, d]) => c > span[0] && d < span[1] && c < a && d > b));
    const values = inner.map(([a, b]) => text.slice(a, b).replace(/^"(?:[^"\\]|\\.)*"\s*:\s*/, ""));
    return replace(text, span, `[${values.join(",")}]`);
  }),
  structural("unit-as-map", (text, spans, rng) => {
    // A unit variant's other spellings: "red" as {"red": null} (or {}, which serde reads as unit inside buffered
    // content, or [] which it never does), and a null as {}.
    const units = spans.values.filter(([a]) => text[a] === '"' || text.startsWith("null", a));
    const span = pickSpan(units, rng);
    if (!span) return undefined;
    const v = text.slice(span[0], span[1]);
    return replace(text, span, v === "null" ? rng.pick(["{}", "{ }"]) : `{${v}:${rng.pick(["{}", "null", "{ }", "[]"])}}`);
  }),
  structural("reorder-members", (text, spans, rng) => {
    // Swap a member with the next: a tag after its content makes serde buffer the content (its Content rules apply).
    const span = pickSpan(spans.members, rng);
    if (!span) return undefined;
    const comma = /^\s*,\s*/.exec(text.slice(span[1]));
    const next = comma ? spans.members.find(([a]) => a === span[1] + comma[0].length) : undefined;
    return next ? text.slice(0, span[0]) + text.slice(next[0], next[1]) + "," + text.slice(span[0], span[1]) + text.slice(next[1]) : undefined;
  }),
];

function randomValueOf(text: string | undefined, rng: Rng): string | undefined {
  if (text === undefined) return undefined;
  const spans = scan(text);
  const span = spans && pickSpan(spans.values, rng);
  return span && text.slice(span[0], span[1]);
}
