// Independent re-implementations (not the package's scalars.ts) of the spellings serde writes and
// reads for the three scalars that are strings on the wire: String, Uuid and DateTime<Utc>.
import type { Rng } from "./rng.js";

/** serde_json's string escaping: `\"` `\\` `\b \f \n \r \t`, other C0 controls as lowercase `\u00xx`, the rest raw. */
export function serdeString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}

const hex4 = (n: number, rng: Rng) => {
  const h = n.toString(16).padStart(4, "0");
  return rng.bool() ? h.toUpperCase() : h;
};

/** Any spelling of `s` that serde_json reads back as `s`: random `\uXXXX`, surrogate-pair and `\/` escapes. */
export function spellString(s: string, rng: Rng): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const mustEscape = ch === '"' || ch === "\\" || c < 0x20;
    if (!mustEscape && !rng.chance(0.15)) {
      out += ch;
    } else if (c > 0xffff) {
      out += "\\u" + hex4(ch.charCodeAt(0), rng) + "\\u" + hex4(ch.charCodeAt(1), rng);
    } else if (ch === "/" && rng.bool()) {
      out += "\\/";
    } else if (rng.bool()) {
      out += "\\u" + hex4(c, rng);
    } else {
      out += serdeString(ch).slice(1, -1);
    }
  }
  return out + '"';
}

/** The spellings `Uuid::parse_str` accepts for a canonical (lowercase hyphenated) UUID. */
export function spellUuid(canonical: string, rng: Rng): string {
  const mixed = [...canonical].map((ch) => (rng.bool() ? ch.toUpperCase() : ch)).join("");
  switch (rng.int(0, 4)) {
    case 0:
      return canonical.toUpperCase();
    case 1:
      return mixed.replace(/-/g, "");
    case 2:
      return `{${mixed}}`;
    case 3:
      return `urn:uuid:${mixed}`;
    default:
      return mixed;
  }
}

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0–60; 60 is a leap second, kept as `:60`. */
  second: number;
  nanosecond: number;
}

export const MIN_YEAR = -262144;
export const MAX_YEAR = 262143;

const pad = (n: number, w: number) => String(n).padStart(w, "0");

function fraction(nanosecond: number): string {
  if (nanosecond === 0) return "";
  if (nanosecond % 1_000_000 === 0) return "." + pad(nanosecond / 1_000_000, 3);
  if (nanosecond % 1000 === 0) return "." + pad(nanosecond / 1000, 6);
  return "." + pad(nanosecond, 9);
}

function year4(year: number, forceSign = false): string {
  if (year >= 0 && year <= 9999 && !forceSign) return pad(year, 4);
  return (year < 0 ? "-" : "+") + pad(Math.abs(year), 4);
}

/** What chrono 0.4.23 writes for a DateTime<Utc>. */
export function chronoString(p: DateTimeParts): string {
  return `${year4(p.year)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}${fraction(p.nanosecond)}Z`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** The same instant seen at a UTC offset (seconds east), as chrono's parser would have read it. */
export function atOffset(p: DateTimeParts, offset: number): DateTimeParts {
  const leap = p.second === 60;
  const utc = daysFromCivil(p.year, p.month, p.day) * 86400 + p.hour * 3600 + p.minute * 60 + (leap ? 59 : p.second);
  const local = utc + offset;
  const days = Math.floor(local / 86400);
  const rest = local - days * 86400;
  const second = rest % 60;
  return { ...civilFromDays(days), hour: Math.floor(rest / 3600), minute: Math.floor(rest / 60) % 60, second: leap ? 60 : second, nanosecond: p.nanosecond };
}

// Whitespace chrono skips (Rust's char::is_whitespace), as it may appear in the JSON text.
const TS_SPACES = [" ", "\\t", "\\n", "\\u00a0", "\u00a0", "\u3000", "\u2003"];

/** A spelling of the instant that chrono 0.4.23's `FromStr` accepts, as the body of a JSON string. */
export function spellTimestamp(p: DateTimeParts, rng: Rng): string {
  const farFromEdges = p.year > MIN_YEAR + 1 && p.year < MAX_YEAR - 1;
  const minutes = farFromEdges && rng.bool() ? rng.int(-1439, 1439) : 0;
  const l = atOffset(p, minutes * 60);
  const num = (n: number, width: number) => (n < 10 && rng.chance(0.3) ? String(n) : pad(n, width));
  const ws = () => (rng.chance(0.2) ? rng.pick(TS_SPACES) : "");
  // Fewer digits than chrono writes, or more: past the ninth they are truncated, not rounded.
  let frac = fraction(l.nanosecond);
  if (frac !== "" && rng.chance(0.4)) frac = frac.replace(/0+$/, "");
  if (frac === "" && rng.chance(0.2)) frac = ".0";
  if (rng.chance(0.3)) frac = (frac === "" ? ".000000000" : frac.padEnd(10, "0")) + String(rng.int(0, 9)).repeat(rng.int(1, 12));
  const sep = rng.pick(["T", " ", "   ", "T "]);
  let zone: string;
  if (minutes === 0 && rng.bool()) {
    zone = ws() + rng.pick(["Z", "z", "UTC", "utc", "+00:00", "-00:00", "+0000", "-0000"]);
  } else {
    const sign = minutes < 0 ? "-" : "+";
    const abs = Math.abs(minutes);
    zone = ws() + sign + pad(Math.floor(abs / 60), 2) + rng.pick([":", ""]) + pad(abs % 60, 2);
  }
  const year = l.year >= 0 && l.year <= 9999 && rng.chance(0.1) ? year4(l.year, true) : l.year === 0 && rng.chance(0.3) ? "-0000" : year4(l.year);
  return ws() + `${year}-${num(l.month, 2)}-${num(l.day, 2)}${sep}${num(l.hour, 2)}:${ws()}${num(l.minute, 2)}:${ws()}${num(l.second, 2)}${frac}${zone}` + ws();
}
