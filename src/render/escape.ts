/**
 * Escapers: the only way text from a schema or a file name reaches generated output. Each makes text
 * safe for one exact place (a comment line, a string literal of one language, TOML, Markdown) and
 * returns it branded with that place, so a view field typed for one place cannot hold raw text or
 * text escaped for another. Names are not text: the checker lets through only identifiers.
 */

declare const place: unique symbol;
/** Text escaped for `P`; only the functions below make one. */
export type Escaped<P extends Place> = string & { readonly [place]: P };
export type Place = "comment" | "jsdoc" | "rust-doc" | "rust-string" | "toml-string" | "json-string" | "markdown";

const brand = <P extends Place>(text: string): Escaped<P> => text as Escaped<P>;

/**
 * Line terminators of every language we print: LF, CR (and CRLF), NEL, and U+2028/U+2029, which end a
 * JavaScript line comment. Text is split on them; no piece of it can end a line by itself.
 */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;

/**
 * What no output shows as itself: C0 controls but tab, DEL, C1 controls, the bidirectional controls
 * ("Trojan Source"; rustc refuses them in comments and literals), zero-width and invisible format
 * characters, U+2028/U+2029, the BOM, lone surrogates and the non-characters U+FFFE/U+FFFF.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\0-\x08\x0a-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, "0");

/** `text` with every invisible character spelled `\u{XXXX}`: what a reader sees is what is there. */
function visible(text: string, spell: (c: string) => string = (c) => `\\u{${hex(c)}}`): string {
  return text.replace(INVISIBLE, spell);
}

/**
 * Text as one printable line, for an error message on a terminal or in a CI log: a line break or an escape
 * sequence in a schema's key or a file's name must not start a line of its own (`::warning` in GitHub Actions).
 */
export function oneLine(text: string): string {
  return visible(text);
}

/** Whether text is one line of printable characters (what a title or a name shown in a banner must be). */
export function isPrintableLine(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return !INVISIBLE.test(text) && !LINE_BREAK.test(text);
}

/** The first line of a paragraph, still raw (for an escaper to take). */
export function firstLine(text: string): string {
  return text.split(LINE_BREAK)[0]!.trimEnd();
}

/** A paragraph as lines, with trailing blanks dropped; each line still raw. */
function lines(text: string | undefined): string[] {
  return text ? text.split(LINE_BREAK).map((l) => l.trimEnd()) : [];
}

/**
 * One line inside any line comment we write (`//`, `#`, `<!-- -->`) or a block comment: no line break,
 * nothing invisible, no `*\/` (closes a block comment) and no `--` (an HTML comment's closer starts so).
 */
export function comment(line: string): Escaped<"comment"> {
  return brand(visible(line).replace(/\*\//g, "*\\/").replace(/--/g, "-\\u{2d}"));
}

/** A description as comment lines (`// line`). */
export function commentLines(text: string | undefined): Escaped<"comment">[] {
  return lines(text).map(comment);
}

/**
 * One line of a JSDoc block (`/** … *\/`), which IDEs show on hover as Markdown: nothing invisible, no `*\/`
 * (it would close the block), and every `@` escaped (`\@`, shown as `@`), so no text starts a block tag
 * (`@deprecated`) or an inline one (`{@link}`): the tags a reader sees are the generator's.
 */
function jsdoc(line: string): Escaped<"jsdoc"> {
  return brand(visible(line).replace(/\*\//g, "*\\/").replace(/@/g, "\\@"));
}

/** A description as the lines of a JSDoc block, without blank lines around it (a blank description: none). */
export function jsdocLines(text: string | undefined): Escaped<"jsdoc">[] {
  const all = lines(text);
  while (all.length && all[all.length - 1]!.trim() === "") all.pop();
  while (all.length && all[0]!.trim() === "") all.shift();
  return all.map(jsdoc);
}

/** A Markdown code span in a JSDoc block (a file name and a JSON pointer), fenced by more backticks than it holds in a row. */
export function jsdocCode(text: string): Escaped<"jsdoc"> {
  return jsdoc(markdownCode(text));
}

/**
 * A description as lines of a Rust doc comment (`/// line`), shown by rustdoc as the text it is: rustdoc
 * reads Markdown and passes raw HTML to the page, so `<` and `&` are entities; backticks, tildes and
 * brackets are escaped and lines lose their indentation, so no code span or block, link, image or link
 * definition forms (telling a real span from a lookalike across lines would need the whole of CommonMark).
 * The crate also turns doctests off, so nothing in a description runs.
 */
export function rustDocLines(text: string | undefined): Escaped<"rust-doc">[] {
  return lines(text).map((l) =>
    brand(
      visible(l.trimStart())
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/[`~[\]]/g, (c) => `\\${c}`),
    ),
  );
}

/** The contents of a Rust string literal `"…"`. */
export function rustString(text: string): Escaped<"rust-string"> {
  return brand(visible(text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\t/g, "\\t")));
}

/** The contents of a JSON string (`"…"` in package.json): JSON's own escaping, invisible characters as `\uXXXX`. */
export function jsonString(text: string): Escaped<"json-string"> {
  return brand(visible(JSON.stringify(text).slice(1, -1), (c) => `\\u${hex(c)}`));
}

/** The contents of a TOML basic string `"…"`. */
export function tomlString(text: string): Escaped<"toml-string"> {
  return brand(visible(text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\t/g, "\\t"), (c) => `\\u${hex(c)}`));
}

/**
 * Inline Markdown text (a title): the characters that can open inline syntax (emphasis, code, links,
 * autolinks, raw HTML, entities, tables, strikethrough, headings) are backslash-escaped, as CommonMark allows
 * before any ASCII punctuation, so it renders as itself.
 */
export function markdown(text: string): Escaped<"markdown"> {
  return brand(
    visible(text)
      .replace(/[\\`*_[\]<>&|~#!:@]/g, (c) => `\\${c}`)
      // GFM links bare `www.` addresses, as it does `http:` ones (whose colon is escaped above).
      .replace(/\b(www)\./gi, "$1\\."),
  );
}

/** A Markdown code span showing `text` (a file name): fenced by more backticks than it holds in a row. */
export function markdownCode(text: string): Escaped<"markdown"> {
  const shown = visible(text);
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = shown.startsWith("`") || shown.endsWith("`") ? " " : "";
  return brand(`${fence}${pad}${shown}${pad}${fence}`);
}
