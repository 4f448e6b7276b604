// The two scalar spellings serde delegates to other crates: uuid 1.2.1 and chrono 0.4.23.
// Each parser accepts exactly what that crate's FromStr accepts and returns the one
// spelling serde writes; anything else throws an Error whose message says why.

import { quoted } from "./runtime.js";

const HEX32 = /^[0-9a-fA-F]{32}$/;
const HYPHENATED = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A UUID as serde writes it, in JSON text with its quotes (for Reader.readQuoted). */
export const CANONICAL_UUID_TOKEN: RegExp = /"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/y;

/** uuid's `Uuid::parse_str`: simple, hyphenated, `{braced}` or `urn:uuid:`, any hex case → lowercase hyphenated. */
export function normalizeUuid(s: string): string {
  if (CANONICAL_UUID.test(s)) return s;
  let hyphenated: string | undefined;
  if (s.length === 32 && HEX32.test(s)) {
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`.toLowerCase();
  }
  if (s.length === 36) hyphenated = s;
  else if (s.length === 38 && s.startsWith("{") && s.endsWith("}")) hyphenated = s.slice(1, 37);
  else if (s.length === 45 && s.startsWith("urn:uuid:")) hyphenated = s.slice(9);
  if (hyphenated !== undefined && HYPHENATED.test(hyphenated)) return hyphenated.toLowerCase();
  throw new Error(`UUID parsing failed: ${quoted(s)} is not a simple, hyphenated, braced or urn:uuid: UUID`);
}

export function isCanonicalUuid(s: unknown): s is string {
  return typeof s === "string" && CANONICAL_UUID.test(s);
}

// Rust's char::is_whitespace, which chrono's parser skips before every number and around the offset.
// eslint-disable-next-line no-control-regex -- U+000B is whitespace to Rust
const RUST_WS = /[\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const MIN_YEAR = -262144;
const MAX_YEAR = 262143;
const CANONICAL_TIMESTAMP = /^(?:[0-9]{4}|[+-][0-9]{4,})-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3}|\.[0-9]{6}|\.[0-9]{9})?Z$/;

/** The parts of a UTC timestamp; `nanosecond` reaches 1,999,999,999 inside a leap second (chrono's representation). */
export interface TimestampParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
}

class Cursor {
  i = 0;
  constructor(readonly s: string) {}
  ws(): void {
    while (this.i < this.s.length && RUST_WS.test(this.s[this.i]!)) this.i++;
  }
  digits(min: number, max: number, what: string): number {
    const start = this.i;
    while (this.i < this.s.length && this.i - start < max && isDigit(this.s.charCodeAt(this.i))) this.i++;
    if (this.i - start < min) throw bad(this.s, `expected ${what}`);
    const n = Number(this.s.slice(start, this.i));
    if (!Number.isSafeInteger(n)) throw bad(this.s, `${what} out of range`);
    return n;
  }
  literal(ch: string): void {
    if (this.s[this.i] !== ch) throw bad(this.s, `expected "${ch}"`);
    this.i++;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function bad(s: string, why: string): Error {
  return new Error(`invalid timestamp ${quoted(s)}: ${why}`);
}

/** chrono 0.4.23's `DateTime<FixedOffset>::from_str`, then `.with_timezone(&Utc)`, as parts. */
export function parseTimestampParts(s: string): TimestampParts {
  const c = new Cursor(s);
  c.ws();
  let year: number;
  const sign = s[c.i];
  if (sign === "+" || sign === "-") {
    c.i++;
    const v = c.digits(1, Infinity, "year");
    year = sign === "-" ? -v : v;
  } else {
    year = c.digits(1, 4, "year");
  }
  c.ws();
  c.literal("-");
  c.ws();
  const month = c.digits(1, 2, "month");
  c.ws();
  c.literal("-");
  c.ws();
  const day = c.digits(1, 2, "day");
  const sep = s[c.i];
  if (sep === undefined) throw bad(s, "no time");
  if (sep !== "T" && sep !== " ") throw bad(s, `expected "T" or " " after the date`);
  c.i++;
  c.ws();
  const hour = c.digits(1, 2, "hour");
  c.ws();
  c.literal(":");
  c.ws();
  const minute = c.digits(1, 2, "minute");
  c.ws();
  c.literal(":");
  c.ws();
  const second = c.digits(1, 2, "second");
  let nanosecond = 0;
  if (s[c.i] === ".") {
    c.i++;
    const start = c.i;
    const v = c.digits(1, 9, "fractional seconds");
    nanosecond = v * 10 ** (9 - (c.i - start));
    while (c.i < s.length && isDigit(s.charCodeAt(c.i))) c.i++;
  }
  c.ws();
  const offset = parseOffset(c);
  c.ws();
  if (c.i !== s.length) throw bad(s, "trailing characters");
  if (month < 1 || month > 12) throw bad(s, "month out of range");
  if (day < 1 || day > 31) throw bad(s, "day out of range");
  if (hour > 23) throw bad(s, "hour out of range");
  if (minute > 59) throw bad(s, "minute out of range");
  if (second > 60) throw bad(s, "second out of range");
  if (offset <= -86400 || offset >= 86400) throw bad(s, "offset out of range");
  if (year < MIN_YEAR || year > MAX_YEAR || day > daysInMonth(year, month)) throw bad(s, "no such date");
  const leap = second === 60 ? 1_000_000_000 : 0;
  const local = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + (leap ? 59 : second);
  const utc = local - offset;
  const days = Math.floor(utc / 86400);
  const rest = utc - days * 86400;
  const date = civilFromDays(days);
  if (date.year < MIN_YEAR || date.year > MAX_YEAR) throw bad(s, "out of range");
  return { ...date, hour: Math.floor(rest / 3600), minute: Math.floor((rest % 3600) / 60), second: rest % 60, nanosecond: nanosecond + leap };
}

function parseOffset(c: Cursor): number {
  const s = c.s;
  const first = s[c.i];
  if (first === "Z" || first === "z") {
    c.i++;
    return 0;
  }
  if (first === "U" || first === "u") {
    if (
      s.length - c.i >= 3 &&
      s[c.i + 1]!.toLowerCase() === "t" &&
      s[c.i + 2]!.toLowerCase() === "c" &&
      s.charCodeAt(c.i + 1) < 0x80 &&
      s.charCodeAt(c.i + 2) < 0x80
    ) {
      c.i += 3;
      return 0;
    }
    throw bad(s, "invalid offset");
  }
  if (first !== "+" && first !== "-") throw bad(s, first === undefined ? "no offset" : "invalid offset");
  c.i++;
  if (!(isDigit(s.charCodeAt(c.i)) && isDigit(s.charCodeAt(c.i + 1)))) throw bad(s, "invalid offset hours");
  const hours = Number(s.slice(c.i, c.i + 2));
  c.i += 2;
  while (c.i < s.length && (s[c.i] === ":" || RUST_WS.test(s[c.i]!))) c.i++;
  const m1 = s.charCodeAt(c.i);
  const m2 = s.charCodeAt(c.i + 1);
  if (!(isDigit(m1) && isDigit(m2))) throw bad(s, "invalid offset minutes");
  if (m1 > 0x35) throw bad(s, "offset minutes out of range");
  const minutes = Number(s.slice(c.i, c.i + 2));
  c.i += 2;
  const seconds = hours * 3600 + minutes * 60;
  return first === "-" ? -seconds : seconds;
}

/** The spelling chrono writes: `YYYY-MM-DDTHH:MM:SS[.fff|.ffffff|.fffffffff]Z`. */
export function formatTimestamp(p: TimestampParts): string {
  const leap = p.nanosecond >= 1_000_000_000;
  const nano = leap ? p.nanosecond - 1_000_000_000 : p.nanosecond;
  const year = p.year >= 0 && p.year <= 9999 ? pad(p.year, 4) : (p.year < 0 ? "-" : "+") + pad(Math.abs(p.year), 4);
  let frac = "";
  if (nano !== 0) {
    if (nano % 1_000_000 === 0) frac = "." + pad(nano / 1_000_000, 3);
    else if (nano % 1000 === 0) frac = "." + pad(nano / 1000, 6);
    else frac = "." + pad(nano, 9);
  }
  return `${year}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second + (leap ? 1 : 0), 2)}${frac}Z`;
}

const CANONICAL_4_DIGIT_YEAR = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3}(?:[0-9]{3}){0,2})?Z$/;

/** CANONICAL_4_DIGIT_YEAR's shape in JSON text, with its quotes (for Reader.readQuoted); hasCanonicalFields does the rest. */
export const COMMON_TIMESTAMP_TOKEN: RegExp = /"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3}(?:[0-9]{3}){0,2})?Z"/y;

/**
 * The fast path, for what serde itself writes (nearly every message): already canonical, years 0–9999.
 * The general parser allocates; this only reads character codes.
 */
function isCanonicalCommon(s: string): boolean {
  const n = s.length;
  return (n === 20 || n === 24 || n === 27 || n === 30) && CANONICAL_4_DIGIT_YEAR.test(s) && hasCanonicalFields(s);
}

/** For a string of CANONICAL_4_DIGIT_YEAR's shape: whether it names a time, spelled as chrono writes it. */
export function hasCanonicalFields(s: string): boolean {
  const n = s.length;
  const d2 = (i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
  const year = d2(0) * 100 + d2(2);
  const month = d2(5);
  const day = d2(8);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (d2(11) > 23 || d2(14) > 59 || d2(17) > 60) return false;
  // chrono writes the fewest of 3/6/9 digits: the last three written are never all zero.
  return n === 20 || s.charCodeAt(n - 4) !== 48 || s.charCodeAt(n - 3) !== 48 || s.charCodeAt(n - 2) !== 48;
}

/** Any spelling chrono accepts → the one it writes. */
export function normalizeTimestamp(s: string): string {
  return isCanonicalCommon(s) ? s : formatTimestamp(parseTimestampParts(s));
}

/** Whether a string is exactly what chrono writes for some DateTime<Utc>. */
export function isCanonicalTimestamp(s: unknown): s is string {
  if (typeof s !== "string") return false;
  if (isCanonicalCommon(s)) return true;
  if (!CANONICAL_TIMESTAMP.test(s)) return false;
  try {
    return normalizeTimestamp(s) === s;
  } catch {
    return false;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil / civil_from_days, proleptic Gregorian, day 0 = 1970-01-01.
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): { year: number; month: number; day: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** A string's length in Unicode scalar values, as Rust's `chars().count()` (a surrogate pair is one). */
export function charCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}
