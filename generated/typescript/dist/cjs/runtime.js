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
var runtime_exports = {};
__export(runtime_exports, {
  ProtoError: () => ProtoError,
  Reader: () => Reader,
  WriteFailure: () => WriteFailure,
  bytesOf: () => bytesOf,
  checkBuffered: () => checkBuffered,
  compareDecimal: () => compareDecimal,
  compareUtf8: () => compareUtf8,
  describe: () => describe,
  describeError: () => describeError,
  expectObject: () => expectObject,
  findTag: () => findTag,
  inputError: () => inputError,
  isPlainObject: () => isPlainObject,
  limit: () => limit,
  matchHandler: () => matchHandler,
  nextKey: () => nextKey,
  pointerSegment: () => pointerSegment,
  quoted: () => quoted,
  readFloat: () => readFloat,
  readIndex: () => readIndex,
  readKey: () => readKey,
  readList: () => readList,
  readMap: () => readMap,
  readStringElement: () => readStringElement,
  readStructSeq: () => readStructSeq,
  readTag: () => readTag,
  readTuple: () => readTuple,
  shapeProblem: () => shapeProblem,
  skipBuffered: () => skipBuffered,
  skipContent: () => skipContent,
  tagOf: () => tagOf,
  withTag: () => withTag,
  writeBool: () => writeBool,
  writeInt: () => writeInt,
  writeList: () => writeList,
  writeMap: () => writeMap,
  writeString: () => writeString,
  writeTuple: () => writeTuple
});
module.exports = __toCommonJS(runtime_exports);
class ProtoError extends Error {
  kind;
  /** JSON pointer of the offending value ("" is the whole message). */
  pointer;
  /** Character offset in the parsed text, when parsing. */
  offset;
  constructor(kind, message, pointer = "", offset) {
    super(`${kind}: ${message}${pointer === "" ? "" : ` at ${shortPointer(pointer)}`}`);
    this.name = "ProtoError";
    this.kind = kind;
    this.pointer = pointer;
    this.offset = offset;
    this.detail = message;
  }
  /** The message without kind and pointer. */
  detail;
  /** serde's externally tagged form, e.g. `{"InvalidMessage":"..."}`. */
  toJSON() {
    return { [this.kind]: this.message };
  }
}
function inputError(kind, message, pointer = "", offset) {
  const E = Error;
  const limit2 = E.stackTraceLimit;
  if (limit2 === void 0) return new ProtoError(kind, message, pointer, offset);
  E.stackTraceLimit = 0;
  try {
    return new ProtoError(kind, message, pointer, offset);
  } finally {
    E.stackTraceLimit = limit2;
  }
}
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 128;
const DEFAULT_MAX_LIST = 1e6;
const QUOTE_MAX = 64;
const POINTER_MAX = 256;
function shortPointer(pointer) {
  if (pointer.length <= QUOTE_MAX) return pointer;
  const short = pointer.split("/").map((s) => s.length <= QUOTE_MAX ? s : `${prefix(s, QUOTE_MAX)}\u2026`).join("/");
  return short.length <= POINTER_MAX ? short : `${prefix(short, POINTER_MAX)}\u2026`;
}
function limit(value, name, fallback) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !(value >= 0)) throw new RangeError(`${name} must be a non-negative number, got ${describe(value)}`);
  return value;
}
function prefix(s, max) {
  const c = s.charCodeAt(max - 1);
  return s.slice(0, c >= 55296 && c <= 56319 ? max - 1 : max);
}
function clip(s) {
  return s.length <= QUOTE_MAX ? s : `${prefix(s, QUOTE_MAX)}\u2026 (${s.length} characters)`;
}
function quoted(s) {
  return s.length <= QUOTE_MAX ? JSON.stringify(s) : `${JSON.stringify(prefix(s, QUOTE_MAX))}\u2026 (${s.length} characters)`;
}
function objectKind(v) {
  if (Array.isArray(v)) {
    const n = v.length;
    return `an array of ${n} element${n === 1 ? "" : "s"}`;
  }
  const tag = prefix(Object.prototype.toString.call(v).slice(8, -1), QUOTE_MAX);
  if (tag !== "Object") return `${/^[AEIO]/.test(tag) ? "an" : "a"} ${tag}`;
  if (isPlainObject(v)) return "an object";
  const name = Object.getPrototypeOf(v)?.constructor?.name;
  return typeof name === "string" && name !== "" ? `an instance of ${prefix(name, QUOTE_MAX)}` : "an object that is not plain";
}
function describe(v) {
  try {
    switch (typeof v) {
      case "string":
        return quoted(v);
      case "number":
      case "boolean":
      case "undefined":
        return String(v);
      case "bigint": {
        const digits = v.toString();
        return `a BigInt (${digits.length <= QUOTE_MAX ? digits : `${prefix(digits, QUOTE_MAX)}\u2026`}n)`;
      }
      case "symbol":
        return "a symbol";
      case "function":
        return "a function";
      default:
        return v === null ? "null" : objectKind(v);
    }
  } catch {
    return "a value that cannot be read";
  }
}
function describeError(e) {
  try {
    const text = e instanceof Error ? `${e.name}: ${String(e.message)}` : typeof e === "string" ? e : describe(e);
    return text.length <= 2 * QUOTE_MAX ? text : `${prefix(text, 2 * QUOTE_MAX)}\u2026`;
  } catch {
    return "an exception that cannot be read";
  }
}
function isPlainObject(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}
let intrinsics;
function getter(proto, key) {
  return Object.getOwnPropertyDescriptor(proto, key).get;
}
function bytesOf(input) {
  const g = intrinsics ??= {
    typedArrayTag: getter(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag),
    typedArrayLength: getter(Object.getPrototypeOf(Uint8Array.prototype), "byteLength"),
    dataViewBuffer: getter(DataView.prototype, "buffer"),
    dataViewOffset: getter(DataView.prototype, "byteOffset"),
    dataViewLength: getter(DataView.prototype, "byteLength"),
    arrayBufferLength: getter(ArrayBuffer.prototype, "byteLength")
  };
  try {
    if (ArrayBuffer.isView(input)) {
      const tag = g.typedArrayTag.call(input);
      if (tag === "Uint8Array") return { bytes: input, length: g.typedArrayLength.call(input) };
      if (tag !== void 0) return void 0;
      const length2 = g.dataViewLength.call(input);
      return { bytes: new Uint8Array(g.dataViewBuffer.call(input), g.dataViewOffset.call(input), length2), length: length2 };
    }
    const length = g.arrayBufferLength.call(input);
    return { bytes: length === 0 ? new Uint8Array(0) : new Uint8Array(input), length };
  } catch {
    return void 0;
  }
}
const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const PLAIN_RUN = /[^"\\\u0000-\u001f\ud800-\udfff]*/y;
const NUMBER_TOKEN = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var C = /* @__PURE__ */ ((C2) => {
  C2[C2["Quote"] = 34] = "Quote";
  C2[C2["Backslash"] = 92] = "Backslash";
  C2[C2["Comma"] = 44] = "Comma";
  C2[C2["Colon"] = 58] = "Colon";
  C2[C2["OpenBrace"] = 123] = "OpenBrace";
  C2[C2["CloseBrace"] = 125] = "CloseBrace";
  C2[C2["OpenBracket"] = 91] = "OpenBracket";
  C2[C2["CloseBracket"] = 93] = "CloseBracket";
  return C2;
})(C || {});
function describeChar(code) {
  switch (code) {
    case 34 /* Quote */:
      return "string";
    case 123 /* OpenBrace */:
      return "map";
    case 91 /* OpenBracket */:
      return "sequence";
    case 116:
    case 102:
      return "boolean";
    case 110:
      return "null";
    default:
      return code === 45 || code >= 48 && code <= 57 ? "number" : "value";
  }
}
const f32Bits = /* @__PURE__ */ new Float32Array(1);
const u32Bits = /* @__PURE__ */ new Uint32Array(f32Bits.buffer);
const F32_OVERFLOW = 2 ** 128;
const U64_MAX = 18446744073709551615n;
const I64_MIN = -9223372036854775808n;
function nextF32(x) {
  f32Bits[0] = x;
  if (u32Bits[0] === 2139095039) return F32_OVERFLOW;
  u32Bits[0] = u32Bits[0] + 1;
  return f32Bits[0];
}
function roundToF32(token, d) {
  const a = Math.abs(d);
  const f = Math.fround(a);
  let lo;
  let hi;
  if (f === a) return d;
  if (f > a) {
    hi = f === Infinity ? F32_OVERFLOW : f;
    f32Bits[0] = hi === F32_OVERFLOW ? 34028234663852886e22 : hi;
    if (hi !== F32_OVERFLOW) u32Bits[0] = u32Bits[0] - 1;
    lo = f32Bits[0];
  } else {
    lo = f;
    hi = nextF32(lo);
  }
  const mid = (lo + hi) / 2;
  let r;
  if (a !== mid) r = a < mid ? lo : hi;
  else {
    const cmp = compareDecimal(token.replace(/^-/, ""), mid);
    f32Bits[0] = lo;
    r = cmp < 0 ? lo : cmp > 0 ? hi : (u32Bits[0] & 1) === 0 ? lo : hi;
  }
  const v = r === F32_OVERFLOW ? Infinity : r;
  return d < 0 ? -v : v;
}
function compareDecimal(token, x) {
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(token);
  let digits = (m[1] + (m[2] ?? "")).replace(/^0+/, "");
  let exp = Number(m[3] ?? 0) - (m[2]?.length ?? 0);
  let rest = false;
  if (digits.length > 800) {
    rest = /[1-9]/.test(digits.slice(800));
    exp += digits.length - 800;
    digits = digits.slice(0, 800);
  }
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const e = Number(bits >> 52n & 0x7ffn);
  let mant = bits & (1n << 52n) - 1n;
  const e2 = e === 0 ? -1074 : e - 1075;
  if (e !== 0) mant |= 1n << 52n;
  let left = BigInt(digits || "0");
  let right = mant;
  if (exp >= 0) left *= 10n ** BigInt(exp);
  else right *= 10n ** BigInt(-exp);
  if (e2 >= 0) right <<= BigInt(e2);
  else left <<= BigInt(-e2);
  if (left !== right) return left < right ? -1 : 1;
  return rest ? 1 : 0;
}
let keepingReaderAlive = false;
const liveReaders = [];
class Reader {
  pos = 0;
  /** The path to the value being read, for error pointers. */
  path = [];
  depth;
  skipDepth;
  maxList;
  text;
  /** Whether the text is known to be valid Unicode (decoded from UTF-8); a string's surrogates are paired as it is read. */
  unicodeChecked = true;
  /** Whether readStringList may try its fast path: false once it failed on this text. */
  stringListsFast = true;
  constructor(input, options) {
    let maxBytes, maxDepth, maxList;
    try {
      maxBytes = options?.maxBytes;
      maxDepth = options?.maxDepth;
      maxList = options?.maxListLength;
    } catch (e) {
      throw new RangeError(`ParseOptions cannot be read: ${describeError(e)}`);
    }
    const maxBytesLimit = limit(maxBytes, "ParseOptions.maxBytes", DEFAULT_MAX_BYTES);
    const maxDepthLimit = limit(maxDepth, "ParseOptions.maxDepth", Infinity);
    this.maxList = limit(maxList, "ParseOptions.maxListLength", DEFAULT_MAX_LIST);
    let text;
    if (typeof input === "string") {
      if (input.length > maxBytesLimit)
        throw inputError("InvalidMessage", `message is ${input.length} UTF-16 units, over the limit of ${maxBytesLimit} (maxBytes)`);
      text = input;
      this.unicodeChecked = false;
    } else {
      const b = bytesOf(input);
      if (b === void 0)
        throw new ProtoError("InvalidMessage", `expected the message as a string or UTF-8 bytes (Uint8Array, ArrayBuffer, DataView), got ${describe(input)}`);
      if (b.length > maxBytesLimit) throw inputError("InvalidMessage", `message is ${b.length} bytes, over the limit of ${maxBytesLimit} (maxBytes)`);
      try {
        text = utf8.decode(b.bytes);
      } catch {
        throw inputError("InvalidMessage", "message is not valid UTF-8");
      }
    }
    this.text = text;
    this.depth = Math.min(maxDepthLimit, DEFAULT_MAX_DEPTH);
    this.skipDepth = maxDepthLimit;
    if (!keepingReaderAlive) {
      keepingReaderAlive = true;
      liveReaders.push(new Reader("", void 0));
    }
  }
  fail(message, kind = "InvalidMessage") {
    if (!this.unicodeChecked && !this.text.isWellFormed()) throw inputError("InvalidMessage", "message is not valid Unicode (lone surrogate)");
    let pointer = "";
    for (const s of this.path) pointer += "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1");
    throw inputError(kind, message, pointer, this.pos);
  }
  /** Whether `word` is in the text at `p`. (A slice and compare: V8's startsWith with a position measured 2.5× slower.) */
  textAt(word, p) {
    return this.text.slice(p, p + word.length) === word;
  }
  /** Skip JSON whitespace (only space, tab, LF, CR) and return the next char code, or -1 at the end. */
  peek() {
    const t = this.text;
    let p = this.pos;
    const next = t.charCodeAt(p);
    if (next > 32) return next;
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else {
        this.pos = p;
        return c === c ? c : -1;
      }
    }
  }
  /** After the top-level value: only whitespace may follow. */
  end() {
    if (this.peek() !== -1) this.fail("trailing characters");
  }
  invalidType(expected) {
    const c = this.peek();
    if (c === -1) this.fail(`EOF while parsing a value, expected ${expected}`);
    if (c === 45 || c >= 48 && c <= 57) {
      NUMBER_TOKEN.lastIndex = this.pos;
      if (!NUMBER_TOKEN.test(this.text)) this.fail("invalid number");
      const token = this.text.slice(this.pos, NUMBER_TOKEN.lastIndex);
      const isFloat = /[.eE]/.test(token) || token === "-0";
      this.fail(`invalid type: ${isFloat ? "floating point" : "integer"} ${quoted(token)}, expected ${expected}`);
    }
    if (c === 34 /* Quote */) {
      const s = this.readString();
      this.fail(`invalid type: string ${quoted(s)}, expected ${expected}`);
    }
    this.fail(`invalid type: ${describeChar(c)}, expected ${expected}`);
  }
  enter() {
    if (--this.depth <= 0) this.fail("recursion limit exceeded (maxDepth)");
  }
  leave() {
    this.depth++;
  }
  readNull(expected = "unit") {
    if (this.peek() === 110 && this.textAt("null", this.pos)) {
      this.pos += 4;
      return null;
    }
    return this.invalidType(expected);
  }
  /** `null` → true (and consumed); anything else → false. */
  readNullIf() {
    if (this.peek() === 110) {
      if (!this.textAt("null", this.pos)) this.fail("expected ident");
      this.pos += 4;
      return true;
    }
    return false;
  }
  readBool() {
    const c = this.peek();
    if (c === 116 && this.textAt("true", this.pos)) {
      this.pos += 4;
      return true;
    }
    if (c === 102 && this.textAt("false", this.pos)) {
      this.pos += 5;
      return false;
    }
    return this.invalidType("a boolean");
  }
  /** An integer of a Rust type: no fraction, no exponent, no `-0`, within [min, max]; u64 also within 2^53−1. */
  readInt(min, max, rust) {
    let c = this.peek();
    const t = this.text;
    const start = this.pos;
    let p = start;
    if (c === 45) c = t.charCodeAt(++p);
    if (!(c >= 48 && c <= 57)) return p === start ? this.invalidType(rust) : this.fail("invalid number");
    const first = p;
    let value = 0;
    if (c === 48) {
      p++;
    } else {
      while (c >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        c = t.charCodeAt(++p);
      }
    }
    const next = t.charCodeAt(p);
    if (next >= 48 && next <= 57) this.fail("invalid number");
    if (next === 46 || next === 101 || next === 69 || first !== start && value === 0) return this.invalidType(rust);
    if (p - first > 15) {
      const token = t.slice(start, p);
      const big = p - first > 20 ? void 0 : BigInt(token);
      const rustMax = rust === "u64" ? 18446744073709551615n : rust === "i64" ? 9223372036854775807n : BigInt(max);
      const rustMin = rust === "i64" ? -9223372036854775808n : BigInt(min);
      if (big === void 0 || big > rustMax || big < rustMin) this.fail(`invalid value: integer \`${clip(token)}\`, expected ${rust}`);
      if (big > BigInt(max) || big < BigInt(min)) {
        this.fail(
          `integer \`${token}\` is a valid ${rust} but beyond 2^53-1, which this TypeScript package does not represent (it rejects rather than rounds)`
        );
      }
    }
    if (first !== start) value = -value;
    if (value < min || value > max) this.fail(`invalid value: integer \`${t.slice(start, p)}\`, expected ${rust}`);
    this.pos = p;
    return value;
  }
  /** A JSON string, with serde_json's escapes; rejects lone surrogate escapes and raw control characters. */
  readString(expected = "a string") {
    if (this.peek() !== 34 /* Quote */) return this.invalidType(expected);
    const t = this.text;
    const start = this.pos + 1;
    PLAIN_RUN.lastIndex = start;
    PLAIN_RUN.test(t);
    const end = PLAIN_RUN.lastIndex;
    if (t.charCodeAt(end) === 34 /* Quote */) {
      this.pos = end + 1;
      return t.slice(start, end);
    }
    return this.readEscapedString(start);
  }
  /**
   * The next value, when it is a string token that `token` (a sticky regex over the token, quotes included) matches:
   * returned without its quotes; undefined, and nothing read, otherwise. One native match for what serde writes.
   */
  readQuoted(token) {
    if (this.peek() !== 34 /* Quote */) return void 0;
    token.lastIndex = this.pos;
    if (!token.test(this.text)) return void 0;
    const end = token.lastIndex;
    const s = this.text.slice(this.pos + 1, end - 1);
    this.pos = end;
    return s;
  }
  /**
   * `regex` (sticky) matched at the reader, where an object may begin (one more level is within maxDepth), or null;
   * nothing is read either way (see canonical.ts).
   */
  matchObject(regex) {
    if (this.depth <= 1) return null;
    regex.lastIndex = this.pos;
    return regex.exec(this.text);
  }
  /**
   * A list of strings as serde writes it (`["…","…"]`, no whitespace), read by JSON.parse in one native pass: undefined,
   * and nothing read, for anything else, which readList then reads (and reports) element by element. JSON.parse of
   * the slice decides it all: it accepts only one complete array, so the slice ends where the array does; it checks
   * every escape and refuses control characters, as serde does; only lone surrogates (which Rust's String cannot hold,
   * and JSON.parse lets through) and the list and depth limits are left to check here.
   */
  readStringList() {
    const t = this.text;
    const start = this.pos;
    if (!this.stringListsFast || t.charCodeAt(start) !== 91 /* OpenBracket */ || t.charCodeAt(start + 1) !== 34 /* Quote */ || this.depth <= 1) return void 0;
    this.stringListsFast = false;
    let end = start;
    for (; ; ) {
      end = t.indexOf('"]', end + 1);
      if (end === -1) return void 0;
      let b = end - 1;
      while (t.charCodeAt(b) === 92 /* Backslash */) b--;
      if ((end - 1 - b) % 2 === 0) break;
    }
    let list;
    try {
      list = JSON.parse(t.slice(start, end + 2));
    } catch {
      return void 0;
    }
    const items = list;
    if (items.length > this.maxList) return void 0;
    for (let i = 0; i < items.length; i++) {
      const s = items[i];
      if (typeof s !== "string" || !s.isWellFormed()) return void 0;
    }
    this.stringListsFast = true;
    this.pos = end + 2;
    return items;
  }
  /** The rest of a string that holds an escape (or ends the text): plain runs by the native scan, escapes one by one. */
  readEscapedString(start) {
    const t = this.text;
    let out = "";
    let p = start;
    for (; ; ) {
      PLAIN_RUN.lastIndex = p;
      PLAIN_RUN.test(t);
      const end = PLAIN_RUN.lastIndex;
      if (end !== p) out += t.slice(p, end);
      p = end;
      const c = t.charCodeAt(p);
      if (c === 34 /* Quote */) {
        this.pos = p + 1;
        return out;
      }
      if (c >= 55296 && c <= 57343) {
        const next = t.charCodeAt(p + 1);
        if (c > 56319 || !(next >= 56320 && next <= 57343)) {
          this.pos = p;
          this.fail("message is not valid Unicode (lone surrogate)");
        }
        out += t.slice(p, p + 2);
        p += 2;
        continue;
      }
      if (c !== 92 /* Backslash */) {
        this.pos = p;
        this.fail(c !== c ? "EOF while parsing a string" : "control character (\\u0000-\\u001F) found while parsing a string");
      }
      const e = t.charCodeAt(p + 1);
      p += 2;
      switch (e) {
        case 34 /* Quote */:
          out += '"';
          break;
        case 92 /* Backslash */:
          out += "\\";
          break;
        case 47:
          out += "/";
          break;
        case 98:
          out += "\b";
          break;
        case 102:
          out += "\f";
          break;
        case 110:
          out += "\n";
          break;
        case 114:
          out += "\r";
          break;
        case 116:
          out += "	";
          break;
        case 117: {
          const u1 = this.hex4(p);
          p += 4;
          if (u1 >= 56320 && u1 <= 57343) {
            this.pos = p;
            this.fail("lone leading surrogate in hex escape");
          }
          if (u1 >= 55296 && u1 <= 56319) {
            if (t.charCodeAt(p) !== 92 /* Backslash */ || t.charCodeAt(p + 1) !== 117) {
              this.pos = p;
              this.fail("unexpected end of hex escape");
            }
            const u2 = this.hex4(p + 2);
            p += 6;
            if (u2 < 56320 || u2 > 57343) {
              this.pos = p;
              this.fail("lone leading surrogate in hex escape");
            }
            out += String.fromCharCode(u1, u2);
          } else {
            out += String.fromCharCode(u1);
          }
          break;
        }
        default:
          this.pos = p - 1;
          this.fail(e !== e ? "EOF while parsing a string" : "invalid escape");
      }
    }
  }
  hex4(p) {
    const h = this.text.slice(p, p + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) {
      this.pos = p;
      this.fail(h.length < 4 ? "EOF while parsing a string" : "invalid escape");
    }
    return parseInt(h, 16);
  }
  /** Whether the next value is an array (a struct may be written as one), a string (a unit variant) or an object. */
  atArray() {
    return this.peek() === 91 /* OpenBracket */;
  }
  atString() {
    return this.peek() === 34 /* Quote */;
  }
  atObject() {
    return this.peek() === 123 /* OpenBrace */;
  }
  /** An externally tagged enum's `{"Tag":`: opens the object and reads its single key, the variant's tag. */
  beginVariant(expected) {
    this.beginObject(expected);
    const c = this.peek();
    if (c !== 34 /* Quote */) this.fail(c === 125 /* CloseBrace */ ? "expected a variant key, got an empty object" : "key must be a string");
    const tag = this.readString();
    if (this.peek() !== 58 /* Colon */) this.fail("expected `:`");
    this.pos++;
    return tag;
  }
  /** What field() returns at the struct's closing `}` (consumed). */
  static END = -2;
  /** What field() returns for a key that names no field (its value is then skipped). */
  static UNKNOWN = -1;
  /** Open `{`; the caller then loops `field()` / value. */
  beginObject(expected) {
    if (this.peek() !== 123 /* OpenBrace */) this.invalidType(expected);
    this.enter();
    this.pos++;
  }
  /**
   * The next key of a struct, as its index in `names` (Reader.UNKNOWN: an unknown key; Reader.END: the closing `}`, consumed).
   * A key without escapes is matched in place, without building a string; `keys[expected]` (the field serde
   * writes next, as `"name":`) is tried first. `first` is true before the first key.
   */
  field(first, names, keys, expected) {
    let c = this.peek();
    if (c === 125 /* CloseBrace */) {
      this.pos++;
      this.leave();
      return Reader.END;
    }
    if (!first) {
      if (c !== 44 /* Comma */) this.fail(c === -1 ? "EOF while parsing an object" : "expected `,` or `}`");
      this.pos++;
      c = this.peek();
      if (c === 125 /* CloseBrace */) this.fail("trailing comma");
    }
    if (c !== 34 /* Quote */) this.fail(c === -1 ? "EOF while parsing an object" : "key must be a string");
    const t = this.text;
    const key = keys[expected];
    if (key !== void 0 && this.textAt(key, this.pos)) {
      this.pos += key.length;
      return expected;
    }
    const start = this.pos + 1;
    let end = start;
    for (let ch = t.charCodeAt(end); ch !== 34 /* Quote */; ch = t.charCodeAt(++end)) {
      if (ch === 92 /* Backslash */ || ch < 32 || ch !== ch || ch >= 55296 && ch <= 57343) {
        end = -1;
        break;
      }
    }
    let index = Reader.UNKNOWN;
    if (end === -1) {
      index = names.indexOf(this.readString());
    } else {
      const length = end - start;
      const likely = names[expected];
      if (likely !== void 0 && likely.length === length && this.textAt(likely, start)) index = expected;
      else
        for (let i = 0; i < names.length; i++) {
          const name = names[i];
          if (name.length === length && this.textAt(name, start)) {
            index = i;
            break;
          }
        }
      this.pos = end + 1;
    }
    if (this.peek() !== 58 /* Colon */) this.fail(this.pos >= t.length ? "EOF while parsing an object" : "expected `:`");
    this.pos++;
    return index;
  }
  beginArray(expected) {
    if (this.peek() !== 91 /* OpenBracket */) this.invalidType(expected);
    this.enter();
    this.pos++;
  }
  /** Whether another element follows (consuming the comma); false at `]` (consumed). */
  more(first) {
    const c = this.peek();
    if (c === 93 /* CloseBracket */) {
      this.pos++;
      this.leave();
      return false;
    }
    if (!first) {
      if (c !== 44 /* Comma */) this.fail(c === -1 ? "EOF while parsing a list" : "expected `,` or `]`");
      this.pos++;
      if (this.peek() === 93 /* CloseBracket */) this.fail("trailing comma");
    } else if (c === -1) {
      this.fail("EOF while parsing a list");
    }
    return true;
  }
  /** After a fixed-length sequence (tuple, struct as array): `]` must follow. */
  endArray(expected) {
    const c = this.peek();
    if (c === 93 /* CloseBracket */) {
      this.pos++;
      this.leave();
      return;
    }
    if (c === 44 /* Comma */) {
      this.pos++;
      this.fail(this.peek() === 93 /* CloseBracket */ ? "trailing comma" : `trailing characters: more elements than ${expected}`);
    }
    this.fail(c === -1 ? "EOF while parsing a list" : "trailing characters");
  }
  /** After an externally tagged enum's `{"Tag": value`: `}` must follow. */
  endTag() {
    const c = this.peek();
    if (c === 125 /* CloseBrace */) {
      this.pos++;
      this.leave();
      return;
    }
    this.fail(c === -1 ? "EOF while parsing an object" : "expected `}` after the single variant key (an enum value has exactly one key)");
  }
  /** Where the reader is, to come back to: an enum whose tag may follow its content reads that content later. */
  mark() {
    return { pos: this.pos, path: this.path.length, depth: this.depth };
  }
  reset(m) {
    this.pos = m.pos;
    this.path.length = m.path;
    this.depth = m.depth;
  }
  /** `read` at `m`, then back to where the reader is now. */
  readAt(m, read) {
    const here = this.mark();
    this.reset(m);
    const value = read(this);
    this.reset(here);
    return value;
  }
  /** >0 while reading a value serde buffered first (its `Content`): there an f32 is read as an f64, then cast. */
  buffered = 0;
  /** Up to where buffered values were already checked (see skipBuffered). */
  checkedTo = -1;
  /** Whether the reader is inside a value serde buffered first (see fromContent). */
  get inBuffer() {
    return this.buffered > 0;
  }
  /** Whether the innermost buffered value is read as an untagged enum reads it (serde's ContentRefDeserializer). */
  byRef = false;
  /**
   * `read`, as serde reads a value it buffered first (internally tagged and untagged enums, early adjacent content).
   * `byRef`: an untagged enum's variant, which serde reads through ContentRefDeserializer rather than ContentDeserializer.
   */
  fromContent(read, byRef = false) {
    const outer = this.byRef;
    this.buffered++;
    this.byRef = byRef;
    try {
      return read(this);
    } finally {
      this.buffered--;
      this.byRef = outer;
    }
  }
  /**
   * The value of an externally tagged enum's unit variant written as a map (`{"red": null}`): `null`. Where serde
   * buffered it and reads it with its ContentDeserializer (internally tagged, early adjacent content; not an untagged
   * enum's ContentRefDeserializer), an empty map too: serde 1.0.152 reads `{}` as unit there.
   */
  readUnit(expected) {
    if (this.buffered > 0 && !this.byRef && this.peek() === 123 /* OpenBrace */) {
      const start = this.pos++;
      if (this.peek() === 125 /* CloseBrace */) {
        this.pos++;
        return null;
      }
      this.pos = start;
    }
    return this.readNull(expected);
  }
  /** Check and skip any JSON value (an unknown field), as serde's IgnoredAny does; iterative, so depth costs no stack. */
  skip() {
    const t = this.text;
    const closers = [];
    for (; ; ) {
      let c = this.peek();
      if (c === 123 /* OpenBrace */ || c === 91 /* OpenBracket */) {
        if (closers.length + 1 >= this.skipDepth) this.fail("nesting too deep in an ignored value (maxDepth)");
        this.pos++;
        const close = c === 123 /* OpenBrace */ ? 125 /* CloseBrace */ : 93 /* CloseBracket */;
        if (this.peek() === close) {
          this.pos++;
        } else {
          closers.push(close);
          if (close === 125 /* CloseBrace */) this.skipKey();
          continue;
        }
      } else if (c === 34 /* Quote */) {
        this.skipString();
      } else if (c === 116) {
        this.literal("true");
      } else if (c === 102) {
        this.literal("false");
      } else if (c === 110) {
        this.literal("null");
      } else {
        if (c === -1) this.fail("EOF while parsing a value");
        NUMBER_TOKEN.lastIndex = this.pos;
        if (!NUMBER_TOKEN.test(t)) this.fail(c === 45 || c >= 48 && c <= 57 ? "invalid number" : "expected value");
        this.pos = NUMBER_TOKEN.lastIndex;
        const n = t.charCodeAt(this.pos);
        if (n >= 48 && n <= 57) this.fail("invalid number");
      }
      for (; ; ) {
        const close = closers[closers.length - 1];
        if (close === void 0) return;
        c = this.peek();
        if (c === close) {
          this.pos++;
          closers.pop();
          continue;
        }
        if (c !== 44 /* Comma */) this.fail(c === -1 ? "EOF while parsing a value" : close === 125 /* CloseBrace */ ? "expected `,` or `}`" : "expected `,` or `]`");
        this.pos++;
        if (close === 125 /* CloseBrace */) this.skipKey();
        else if (this.peek() === 93 /* CloseBracket */) this.fail("trailing comma");
        break;
      }
    }
  }
  skipKey() {
    const c = this.peek();
    if (c === 125 /* CloseBrace */) this.fail("trailing comma");
    if (c !== 34 /* Quote */) this.fail(c === -1 ? "EOF while parsing an object" : "key must be a string");
    this.skipString();
    if (this.peek() !== 58 /* Colon */) this.fail("expected `:`");
    this.pos++;
  }
  skipString() {
    const t = this.text;
    let p = this.pos + 1;
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c !== c) {
        this.pos = p;
        this.fail("EOF while parsing a string");
      }
      if (c === 34 /* Quote */) break;
      if (c < 32) {
        this.pos = p;
        this.fail("control character (\\u0000-\\u001F) found while parsing a string");
      }
      if (c >= 55296 && c <= 57343) {
        if (c > 56319 || !(t.charCodeAt(p + 1) >= 56320 && t.charCodeAt(p + 1) <= 57343)) {
          this.pos = p;
          this.fail("message is not valid Unicode (lone surrogate)");
        }
        p += 2;
        continue;
      }
      if (c === 92 /* Backslash */) {
        const e = t.charCodeAt(p + 1);
        if (e === 117) {
          this.hex4(p + 2);
          p += 6;
          continue;
        }
        if (e !== 34 && e !== 92 && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116) {
          this.pos = p + 1;
          this.fail("invalid escape");
        }
        p += 2;
        continue;
      }
      p++;
    }
    this.pos = p + 1;
  }
  literal(word) {
    if (!this.textAt(word, this.pos)) this.fail("expected ident");
    this.pos += word.length;
  }
}
function readStringElement(r) {
  return r.readString();
}
function matchHandler(cases, tag, enumName, variants) {
  if (typeof tag === "string" && variants.includes(tag)) {
    const handler = cases[tag];
    if (typeof handler === "function") return handler;
    throw new ProtoError("ValidationError", `${enumName}.match was given no handler for variant ${quoted(tag)}`);
  }
  const what = typeof tag === "string" ? `unknown variant ${quoted(tag)}` : `a value without a variant tag (${describe(tag)})`;
  throw new ProtoError("ValidationError", `${enumName}.match got ${what}, expected one of ${variants.map((v) => `\`${v}\``).join(", ")}`);
}
function readStructSeq(r, first, expected, fields) {
  if (first) r.beginArray(expected);
  const values = [];
  for (let i = 0; i < fields.length; i++) {
    if (!r.more(i === 0 && first)) r.fail(`invalid length ${i}, expected ${expected}`);
    r.path.push(i);
    values.push(fields[i](r));
    r.path.pop();
  }
  r.endArray(expected);
  return values;
}
function readList(r, item) {
  if (item === readStringElement) {
    const strings = r.readStringList();
    if (strings !== void 0) return strings;
  }
  r.beginArray("a sequence");
  const out = [];
  for (let first = true; r.more(first); first = false) {
    if (out.length >= r.maxList) r.fail(`list longer than ${r.maxList} elements (maxListLength)`);
    r.path.push(out.length);
    out.push(item(r));
    r.path.pop();
  }
  return out;
}
function skipBuffered(r) {
  if (r.pos < r.checkedTo) return r.skip();
  skipContent(r);
  r.checkedTo = r.pos;
}
function checkBuffered(r) {
  if (r.pos < r.checkedTo) return;
  const start = r.mark();
  skipBuffered(r);
  r.reset(start);
}
function readIndex(r) {
  const c = r.peek();
  if (!(c >= 48 && c <= 57)) return void 0;
  NUMBER_TOKEN.lastIndex = r.pos;
  if (!NUMBER_TOKEN.test(r.text)) return void 0;
  const token = r.text.slice(r.pos, NUMBER_TOKEN.lastIndex);
  if (!/^\d+$/.test(token) || token.length > 20 || BigInt(token) > U64_MAX) return void 0;
  r.pos = NUMBER_TOKEN.lastIndex;
  return BigInt(token);
}
function readFloat(r, f32) {
  const c = r.peek();
  if (!(c === 45 || c >= 48 && c <= 57)) return r.invalidType(f32 ? "f32" : "f64");
  NUMBER_TOKEN.lastIndex = r.pos;
  if (!NUMBER_TOKEN.test(r.text)) r.fail("invalid number");
  const end = NUMBER_TOKEN.lastIndex;
  const n = r.text.charCodeAt(end);
  if (n >= 48 && n <= 57) r.fail("invalid number");
  const token = r.text.slice(r.pos, end);
  const value = Number(token);
  if (!Number.isFinite(value)) r.fail("number out of range");
  let out = value;
  if (f32) {
    const exact = !r.inBuffer || token.length <= 21 && /^-?\d+$/.test(token) && token !== "-0" && BigInt(token) <= U64_MAX && BigInt(token) >= I64_MIN;
    out = exact ? roundToF32(token, value) : Math.fround(value);
    if (!Number.isFinite(out) && !r.inBuffer) r.fail("number out of range");
  }
  r.pos = end;
  return out;
}
function skipContent(r) {
  const c = r.peek();
  if (c === 123 /* OpenBrace */) {
    r.beginObject("a value");
    for (let first = true, key = nextKey(r, true); key !== null; first = false, key = nextKey(r, first)) skipContent(r);
    return;
  }
  if (c === 91 /* OpenBracket */) {
    r.beginArray("a value");
    for (let first = true; r.more(first); first = false) skipContent(r);
    return;
  }
  if (c === 34 /* Quote */) r.readString();
  else if (c === 116 || c === 102) r.readBool();
  else if (c === 110) r.readNull();
  else if (c === -1) r.fail("EOF while parsing a value");
  else if (c === 45 || c >= 48 && c <= 57) readFloat(r, false);
  else r.fail("expected value");
}
function readKey(r, first) {
  const c = r.peek();
  if (c === 125 /* CloseBrace */ && !first) r.fail("trailing comma");
  if (c !== 34 /* Quote */) r.fail(c === -1 ? "EOF while parsing an object" : "key must be a string");
  const key = r.readString();
  if (r.peek() !== 58 /* Colon */) r.fail(r.pos >= r.text.length ? "EOF while parsing an object" : "expected `:`");
  r.pos++;
  return key;
}
function nextKey(r, first) {
  const c = r.peek();
  if (c === 125 /* CloseBrace */) {
    r.pos++;
    r.leave();
    return null;
  }
  if (!first) {
    if (c !== 44 /* Comma */) r.fail(c === -1 ? "EOF while parsing an object" : "expected `,` or `}`");
    r.pos++;
  }
  return readKey(r, first);
}
function readMap(r, value) {
  r.beginObject("a map");
  const out = /* @__PURE__ */ Object.create(null);
  for (let first = true, key = nextKey(r, true); key !== null; first = false, key = nextKey(r, first)) {
    r.path.push(key);
    const v = value(r);
    r.path.pop();
    out[key] = v;
  }
  return out;
}
function readTag(r, tags, other, kind = "InvalidMessage") {
  const index = r.inBuffer ? readIndex(r) : void 0;
  if (index !== void 0) {
    if (index < BigInt(tags.length)) return tags[Number(index)];
    if (other !== void 0) return other;
    return r.fail(`invalid value: integer \`${index}\`, expected variant index 0 <= i < ${tags.length}`);
  }
  const tag = r.readString("variant identifier");
  if (tags.includes(tag)) return tag;
  if (other !== void 0) return other;
  return r.fail(`unknown variant ${quoted(tag)}, expected one of ${tags.map((t) => `\`${t}\``).join(", ")}`, kind);
}
function findTag(r, key, tags, other, kind = "InvalidMessage") {
  r.beginObject(`internally tagged enum`);
  let tag;
  for (let first = true, k = nextKey(r, true); k !== null; first = false, k = nextKey(r, first)) {
    r.path.push(k);
    if (k === key) {
      if (tag !== void 0) r.fail(`duplicate field \`${key}\``);
      tag = readTag(r, tags, other, kind);
    } else {
      skipBuffered(r);
    }
    r.path.pop();
  }
  return tag ?? r.fail(`missing field \`${key}\``);
}
function readTuple(r, items) {
  const expected = `a tuple of size ${items.length}`;
  r.beginArray(expected);
  const out = [];
  for (let i = 0; i < items.length; i++) {
    if (!r.more(i === 0)) r.fail(`invalid length ${i}, expected ${expected}`);
    r.path.push(i);
    out.push(items[i](r));
    r.path.pop();
  }
  r.endArray(expected);
  return out;
}
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;
class WriteFailure extends Error {
}
function pointerSegment(key) {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}
function shapeProblem(value, budget = Infinity) {
  const path = [];
  const ancestors = [];
  const pointer = (to) => path.slice(0, to).map((k) => `/${pointerSegment(k)}`).join("");
  const at = (message) => ({ pointer: pointer(path.length), message });
  let left = budget;
  const visit = (v) => {
    if (typeof v !== "object" || v === null) return void 0;
    let keys;
    let count;
    try {
      const isArray = Array.isArray(v);
      if (!isArray && !isPlainObject(v)) return void 0;
      const back = ancestors.indexOf(v);
      if (back !== -1) return at(`a cycle: the value contains itself (it is the value at ${back === 0 ? "the root" : clip(pointer(back))})`);
      if (ancestors.length + 1 >= DEFAULT_MAX_DEPTH)
        return at(`nested ${DEFAULT_MAX_DEPTH} levels deep, deeper than serde_json reads (${DEFAULT_MAX_DEPTH - 1})`);
      if (--left < 0) return void 0;
      if (isArray) count = v.length;
      else count = (keys = Object.keys(v)).length;
    } catch (e) {
      return at(`the value cannot be read: ${describeError(e)}`);
    }
    ancestors.push(v);
    for (let i = 0; i < count; i++) {
      const key = keys === void 0 ? i : keys[i];
      path.push(key);
      let x;
      try {
        x = v[key];
      } catch (e) {
        return at(`the value cannot be read: ${describeError(e)}`);
      }
      const problem = visit(x);
      if (problem) return problem;
      path.pop();
    }
    ancestors.pop();
    return void 0;
  };
  return visit(value);
}
function writeString(v) {
  if (typeof v !== "string") throw new WriteFailure(`expected a string, got ${describe(v)}`);
  if (!NEEDS_ESCAPING.test(v)) return `"${v}"`;
  if (!v.isWellFormed()) throw new WriteFailure("string holds a lone surrogate, which a Rust String cannot");
  return JSON.stringify(v);
}
function writeStrings(v) {
  const copy = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const s = v[i];
    if (typeof s !== "string" || !s.isWellFormed()) return void 0;
    copy[i] = s;
  }
  return copy.toJSON === void 0 ? JSON.stringify(copy) : void 0;
}
function writeBool(v) {
  if (v === true) return "true";
  if (v === false) return "false";
  throw new WriteFailure(`expected a boolean, got ${describe(v)}`);
}
function writeInt(v, min, max, rust) {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    throw new WriteFailure(`expected an integer in ${rust}'s range ${min}..=${max}, got ${describe(v)}`);
  }
  return v === 0 ? "0" : String(v);
}
function writeList(v, item) {
  if (!Array.isArray(v)) throw new WriteFailure(`expected an array, got ${describe(v)}`);
  if (item === writeString) {
    const strings = writeStrings(v);
    if (strings !== void 0) return strings;
  }
  let out = "[";
  for (let i = 0; i < v.length; i++) out += (i === 0 ? "" : ",") + item(v[i]);
  return out + "]";
}
function writeTuple(v, items) {
  if (!Array.isArray(v) || v.length !== items.length) throw new WriteFailure(`expected a ${items.length}-element array`);
  let out = "[";
  for (let i = 0; i < items.length; i++) out += (i === 0 ? "" : ",") + items[i](v[i]);
  return out + "]";
}
function compareUtf8(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 55296 && x <= 57343;
    const ys = y >= 55296 && y <= 57343;
    return xs === ys ? x - y : xs ? 1 : -1;
  }
  return a.length - b.length;
}
function withTag(entry, struct) {
  return struct === "{}" ? `{${entry}}` : `{${entry},${struct.slice(1)}`;
}
function writeMap(v, value) {
  if (!isPlainObject(v)) throw new WriteFailure(`expected a map as a plain object, got ${describe(v)}`);
  const keys = Object.keys(v).sort(compareUtf8);
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    out += (i === 0 ? "" : ",") + writeString(k) + ":" + value(v[k]);
  }
  return out + "}";
}
function expectObject(v, what) {
  if (!isPlainObject(v)) throw new WriteFailure(`expected ${what} as a plain object, got ${describe(v)}`);
}
function tagOf(v) {
  let tag;
  for (const k in v) {
    if (tag !== void 0) throw new WriteFailure("an enum value has exactly one key (its variant)");
    tag = k;
  }
  if (tag === void 0) throw new WriteFailure("an enum value has exactly one key (its variant), got none");
  return tag;
}
//# sourceMappingURL=runtime.js.map
