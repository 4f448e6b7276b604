/**
 * The Python target's escapers: schema text reaches generated Python only through these. Each makes text
 * safe for one place (a string literal, a docstring, a TOML string) and brands it with that place.
 */

declare const place: unique symbol;
export type PyEscaped<P extends "py-string" | "py-doc" | "toml-string"> = string & { readonly [place]: P };

const brand = <P extends "py-string" | "py-doc" | "toml-string">(text: string): PyEscaped<P> => text as PyEscaped<P>;

/** Every code point of `text` (a lone surrogate stays one unit). */
function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0)!);
  return out;
}

function hexEscape(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, "0")}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\U${cp.toString(16).padStart(8, "0")}`;
}

/**
 * A Python string literal (double quotes) holding exactly `text`: printable ASCII as itself, `"` and `\` escaped,
 * everything else as \x/\u/\U escapes (so no byte of schema text can end the literal, the line or the file).
 */
export function pyString(text: string): PyEscaped<"py-string"> {
  // The quote ruff format (and black) prefer: double, unless the text holds more double quotes than single.
  const dq = [...text].filter((c) => c === '"').length;
  const sq = [...text].filter((c) => c === "'").length;
  const q = dq > sq ? "'" : '"';
  let out = q;
  for (const cp of codePoints(text)) {
    if (String.fromCodePoint(cp) === q) out += `\\${q}`;
    else if (cp === 0x5c) out += "\\\\";
    else if (cp >= 0x20 && cp < 0x7f) out += String.fromCodePoint(cp);
    else out += hexEscape(cp);
  }
  return brand(out + q);
}

/** Printable in a docstring as itself: letters, digits, punctuation, symbols and the plain space, not controls or format characters. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/**
 * A docstring (`"""…"""`) whose value reads as `text`: one line per line of text (any line break of any
 * language splits lines), each indented by `indent`; a backslash and every `"` escaped (no run of quotes can
 * close the docstring), and anything invisible or not printable spelled as an escape.
 */
export function pyDocstring(text: string, indent: string): PyEscaped<"py-doc"> {
  const lines = text
    // eslint-disable-next-line no-control-regex -- Python's str.splitlines also breaks lines at these separators
    .split(/\r\n|[\n\r\u0085\u2028\u2029\v\f\x1c-\x1e]/)
    .map((l) => l.trimEnd())
    .map((line) => {
      let out = "";
      for (const cp of codePoints(line)) {
        const ch = String.fromCodePoint(cp);
        if (cp === 0x5c) out += "\\\\";
        else if (cp === 0x22) out += '\\"';
        else if (cp >= 0xd800 && cp <= 0xdfff) out += hexEscape(cp);
        else if (PRINTABLE.test(ch) && cp !== 0xfeff) out += ch;
        else out += hexEscape(cp);
      }
      return out;
    });
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  while (lines.length > 0 && lines[0] === "") lines.shift();
  if (lines.length === 0) return brand(`${indent}""""""`);
  if (lines.length === 1) return brand(`${indent}"""${lines[0]}"""`);
  return brand([`${indent}"""${lines[0]}`, ...lines.slice(1).map((l) => (l === "" ? "" : indent + l)), `${indent}"""`].join("\n"));
}

/** A TOML basic string holding `text`. */
export function tomlString(text: string): PyEscaped<"toml-string"> {
  let out = '"';
  for (const cp of codePoints(text)) {
    if (cp === 0x22) out += '\\"';
    else if (cp === 0x5c) out += "\\\\";
    else if (cp >= 0x20 && cp < 0x7f) out += String.fromCodePoint(cp);
    else if (cp >= 0xd800 && cp <= 0xdfff) out += "\\ufffd";
    else out += cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
  }
  return brand(out + '"');
}

/** serde_json's spelling of a string (as it writes a key or a tag): `"`, `\` and C0 controls escaped, the rest raw. */
export function serdeJson(text: string): string {
  return JSON.stringify(text);
}
