/**
 * The Go target's escapers: schema text reaches Go source only through these. Each makes text safe for
 * one place (a `//` comment line, an interpreted string literal) and is the only way to produce one.
 */

declare const place: unique symbol;
export type GoEscaped<P extends "go-comment" | "go-string"> = string & { readonly [place]: P };

const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;

/**
 * What a Go comment must not hold as itself: C0 controls but tab (NUL is illegal in Go source), DEL, C1
 * controls, bidirectional and invisible format characters, the BOM (illegal after a file's start), lone
 * surrogates and the non-characters U+FFFE/U+FFFF.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\0-\x08\x0a-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const spell = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * A description as `//` comment lines (without the `// ` prefix): one line per paragraph (gofmt reflows
 * nothing, but reformats indented lines and list markers in doc comments, so lines are trimmed and a
 * paragraph's lines joined), paragraphs separated by an empty line.
 */
export function goComment(text: string | undefined): GoEscaped<"go-comment">[] {
  if (text === undefined) return [];
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const raw of text.split(LINE_BREAK)) {
    const line = raw.replace(INVISIBLE, spell).replace(/\t/g, " ").trim();
    if (line === "") {
      if (current.length) paragraphs.push(current.join(" "));
      current = [];
    } else current.push(line);
  }
  if (current.length) paragraphs.push(current.join(" "));
  const out: string[] = [];
  for (const p of paragraphs) {
    if (out.length) out.push("");
    // A paragraph gofmt would read as a list item, a heading or a code block keeps its text behind a quote mark.
    out.push(/^([-*+•#]|\d+[.)])/.test(p) ? `"${p}"` : p);
  }
  return out as GoEscaped<"go-comment">[];
}

/** Text as a Go interpreted string literal (quotes included); a raw string literal when that reads better. */
export function goString(text: string): GoEscaped<"go-string"> {
  if (/^[\x20-\x5f\x61-\x7e]*$/.test(text) && !text.includes('"') && !text.includes("\\")) return `"${text}"` as GoEscaped<"go-string">;
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c >= 0xd800 && c <= 0xdfff)
      out += "\\ufffd"; // a lone surrogate: no Go string holds one (names refuse it)
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || new RegExp(INVISIBLE.source).test(ch))
      out += c > 0xffff ? `\\U${c.toString(16).padStart(8, "0")}` : spell(ch);
    else out += ch;
  }
  return `${out}"` as GoEscaped<"go-string">;
}

/** A Go raw string literal when text allows one (printable ASCII, no backquote), else goString. */
export function goRawString(text: string): GoEscaped<"go-string"> {
  if (/^[\x20-\x5f\x61-\x7e]*$/.test(text)) return `\`${text}\`` as GoEscaped<"go-string">;
  return goString(text);
}

/** The serde_json spelling of a string (what serde writes for a key or a tag), as JSON.stringify gives it for well-formed text. */
export function serdeJson(text: string): string {
  return JSON.stringify(text);
}
