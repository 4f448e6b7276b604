var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var scalars_exports = {};
__export(scalars_exports, {
  CANONICAL_UUID_TOKEN: () => CANONICAL_UUID_TOKEN,
  COMMON_TIMESTAMP_TOKEN: () => COMMON_TIMESTAMP_TOKEN,
  charCount: () => charCount,
  formatTimestamp: () => formatTimestamp,
  hasCanonicalFields: () => hasCanonicalFields,
  isCanonicalTimestamp: () => isCanonicalTimestamp,
  isCanonicalUuid: () => isCanonicalUuid,
  normalizeTimestamp: () => normalizeTimestamp,
  normalizeUuid: () => normalizeUuid,
  parseTimestampParts: () => parseTimestampParts
});
module.exports = __toCommonJS(scalars_exports);
var import_runtime = require("./runtime.js");
const HEX32 = /^[0-9a-fA-F]{32}$/;
const HYPHENATED = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CANONICAL_UUID_TOKEN = /"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/y;
function normalizeUuid(s) {
  if (CANONICAL_UUID.test(s)) return s;
  let hyphenated;
  if (s.length === 32 && HEX32.test(s)) {
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`.toLowerCase();
  }
  if (s.length === 36) hyphenated = s;
  else if (s.length === 38 && s.startsWith("{") && s.endsWith("}")) hyphenated = s.slice(1, 37);
  else if (s.length === 45 && s.startsWith("urn:uuid:")) hyphenated = s.slice(9);
  if (hyphenated !== void 0 && HYPHENATED.test(hyphenated)) return hyphenated.toLowerCase();
  throw new Error(`UUID parsing failed: ${(0, import_runtime.quoted)(s)} is not a simple, hyphenated, braced or urn:uuid: UUID`);
}
function isCanonicalUuid(s) {
  return typeof s === "string" && CANONICAL_UUID.test(s);
}
const RUST_WS = /[\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const MIN_YEAR = -262144;
const MAX_YEAR = 262143;
const CANONICAL_TIMESTAMP = /^(?:[0-9]{4}|[+-][0-9]{4,})-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3}|\.[0-9]{6}|\.[0-9]{9})?Z$/;
class Cursor {
  constructor(s) {
    this.s = s;
  }
  s;
  i = 0;
  ws() {
    while (this.i < this.s.length && RUST_WS.test(this.s[this.i])) this.i++;
  }
  digits(min, max, what) {
    const start = this.i;
    while (this.i < this.s.length && this.i - start < max && isDigit(this.s.charCodeAt(this.i))) this.i++;
    if (this.i - start < min) throw bad(this.s, `expected ${what}`);
    const n = Number(this.s.slice(start, this.i));
    if (!Number.isSafeInteger(n)) throw bad(this.s, `${what} out of range`);
    return n;
  }
  literal(ch) {
    if (this.s[this.i] !== ch) throw bad(this.s, `expected "${ch}"`);
    this.i++;
  }
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function bad(s, why) {
  return new Error(`invalid timestamp ${(0, import_runtime.quoted)(s)}: ${why}`);
}
function parseTimestampParts(s) {
  const c = new Cursor(s);
  c.ws();
  let year;
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
  if (sep === void 0) throw bad(s, "no time");
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
  const leap = second === 60 ? 1e9 : 0;
  const local = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + (leap ? 59 : second);
  const utc = local - offset;
  const days = Math.floor(utc / 86400);
  const rest = utc - days * 86400;
  const date = civilFromDays(days);
  if (date.year < MIN_YEAR || date.year > MAX_YEAR) throw bad(s, "out of range");
  return { ...date, hour: Math.floor(rest / 3600), minute: Math.floor(rest % 3600 / 60), second: rest % 60, nanosecond: nanosecond + leap };
}
function parseOffset(c) {
  const s = c.s;
  const first = s[c.i];
  if (first === "Z" || first === "z") {
    c.i++;
    return 0;
  }
  if (first === "U" || first === "u") {
    if (s.length - c.i >= 3 && s[c.i + 1].toLowerCase() === "t" && s[c.i + 2].toLowerCase() === "c" && s.charCodeAt(c.i + 1) < 128 && s.charCodeAt(c.i + 2) < 128) {
      c.i += 3;
      return 0;
    }
    throw bad(s, "invalid offset");
  }
  if (first !== "+" && first !== "-") throw bad(s, first === void 0 ? "no offset" : "invalid offset");
  c.i++;
  if (!(isDigit(s.charCodeAt(c.i)) && isDigit(s.charCodeAt(c.i + 1)))) throw bad(s, "invalid offset hours");
  const hours = Number(s.slice(c.i, c.i + 2));
  c.i += 2;
  while (c.i < s.length && (s[c.i] === ":" || RUST_WS.test(s[c.i]))) c.i++;
  const m1 = s.charCodeAt(c.i);
  const m2 = s.charCodeAt(c.i + 1);
  if (!(isDigit(m1) && isDigit(m2))) throw bad(s, "invalid offset minutes");
  if (m1 > 53) throw bad(s, "offset minutes out of range");
  const minutes = Number(s.slice(c.i, c.i + 2));
  c.i += 2;
  const seconds = hours * 3600 + minutes * 60;
  return first === "-" ? -seconds : seconds;
}
function formatTimestamp(p) {
  const leap = p.nanosecond >= 1e9;
  const nano = leap ? p.nanosecond - 1e9 : p.nanosecond;
  const year = p.year >= 0 && p.year <= 9999 ? pad(p.year, 4) : (p.year < 0 ? "-" : "+") + pad(Math.abs(p.year), 4);
  let frac = "";
  if (nano !== 0) {
    if (nano % 1e6 === 0) frac = "." + pad(nano / 1e6, 3);
    else if (nano % 1e3 === 0) frac = "." + pad(nano / 1e3, 6);
    else frac = "." + pad(nano, 9);
  }
  return `${year}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second + (leap ? 1 : 0), 2)}${frac}Z`;
}
const CANONICAL_4_DIGIT_YEAR = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3}(?:[0-9]{3}){0,2})?Z$/;
const COMMON_TIMESTAMP_TOKEN = /"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3}(?:[0-9]{3}){0,2})?Z"/y;
function isCanonicalCommon(s) {
  const n = s.length;
  return (n === 20 || n === 24 || n === 27 || n === 30) && CANONICAL_4_DIGIT_YEAR.test(s) && hasCanonicalFields(s);
}
function hasCanonicalFields(s) {
  const n = s.length;
  const d2 = (i) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
  const year = d2(0) * 100 + d2(2);
  const month = d2(5);
  const day = d2(8);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (d2(11) > 23 || d2(14) > 59 || d2(17) > 60) return false;
  return n === 20 || s.charCodeAt(n - 4) !== 48 || s.charCodeAt(n - 3) !== 48 || s.charCodeAt(n - 2) !== 48;
}
function normalizeTimestamp(s) {
  return isCanonicalCommon(s) ? s : formatTimestamp(parseTimestampParts(s));
}
function isCanonicalTimestamp(s) {
  if (typeof s !== "string") return false;
  if (isCanonicalCommon(s)) return true;
  if (!CANONICAL_TIMESTAMP.test(s)) return false;
  try {
    return normalizeTimestamp(s) === s;
  } catch {
    return false;
  }
}
function pad(n, width) {
  return String(n).padStart(width, "0");
}
function isLeapYear(y) {
  return y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
}
function daysInMonth(y, m) {
  return m === 2 ? isLeapYear(y) ? 29 : 28 : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
function daysFromCivil(y0, m, d) {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(z0) {
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
function charCount(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < s.length && (s.charCodeAt(i + 1) & 64512) === 56320) {
      n--;
      i++;
    }
  }
  return n;
}
//# sourceMappingURL=scalars.js.map
