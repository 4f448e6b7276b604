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
var bincodeRuntime_exports = {};
__export(bincodeRuntime_exports, {
  BincodeReader: () => BincodeReader,
  BincodeWriter: () => BincodeWriter
});
module.exports = __toCommonJS(bincodeRuntime_exports);
var import_runtime = require("./runtime.js");
var import_scalars = require("./scalars.js");
const DEFAULT_MAX_LIST = 1e6;
const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = /* @__PURE__ */ new TextEncoder();
function width(kind) {
  return kind.endsWith("8") ? 1 : kind.endsWith("16") ? 2 : kind.endsWith("32") ? 4 : 8;
}
class BincodeWriter {
  buf = new Uint8Array(256);
  view = new DataView(this.buf.buffer);
  len = 0;
  /** Room for `n` more bytes; returns where they start. Call it before reading `buf` or `view`: it may replace them. */
  reserve(n) {
    if (this.len + n > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
      bigger.set(this.buf.subarray(0, this.len));
      this.buf = bigger;
      this.view = new DataView(bigger.buffer);
    }
    const at = this.len;
    this.len += n;
    return at;
  }
  byte(b) {
    const at = this.reserve(1);
    this.buf[at] = b;
  }
  /** The bytes written so far. */
  bytes() {
    return this.buf.slice(0, this.len);
  }
  int(v, kind, min, max) {
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      throw new import_runtime.WriteFailure(`expected an integer in ${kind}'s range ${min}..=${max}, got ${(0, import_runtime.describe)(v)}`);
    }
    const size = width(kind);
    const at = this.reserve(size);
    const signed = kind.startsWith("i");
    if (size === 1) this.view.setUint8(at, v & 255);
    else if (size === 2) this.view.setUint16(at, v & 65535, true);
    else if (size === 4) this.view.setUint32(at, v >>> 0, true);
    else if (signed) this.view.setBigInt64(at, BigInt(v), true);
    else this.view.setBigUint64(at, BigInt(v), true);
  }
  /** A length prefix (String, Vec, bytes): u64. */
  length(n) {
    const at = this.reserve(8);
    this.view.setBigUint64(at, BigInt(n), true);
  }
  bool(v) {
    if (typeof v !== "boolean") throw new import_runtime.WriteFailure(`expected a boolean, got ${(0, import_runtime.describe)(v)}`);
    this.byte(v ? 1 : 0);
  }
  string(v) {
    if (typeof v !== "string") throw new import_runtime.WriteFailure(`expected a string, got ${(0, import_runtime.describe)(v)}`);
    if (!v.isWellFormed()) throw new import_runtime.WriteFailure("string holds a lone surrogate, which a Rust String cannot");
    const bytes = encoder.encode(v);
    this.length(bytes.length);
    const at = this.reserve(bytes.length);
    this.buf.set(bytes, at);
  }
  /** uuid serializes itself as 16 bytes in non-human-readable formats. */
  uuid(v) {
    if (!(0, import_scalars.isCanonicalUuid)(v)) throw new import_runtime.WriteFailure(`expected a lowercase hyphenated UUID, got ${(0, import_runtime.describe)(v)}`);
    const hex = v.replace(/-/g, "");
    this.length(16);
    const at = this.reserve(16);
    for (let i = 0; i < 16; i++) this.buf[at + i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  }
  /** chrono serializes DateTime<Utc> as its RFC 3339 text in every format. */
  timestamp(v) {
    if (!(0, import_scalars.isCanonicalTimestamp)(v)) throw new import_runtime.WriteFailure(`expected a timestamp as chrono writes it (RFC 3339, UTC, "Z"), got ${(0, import_runtime.describe)(v)}`);
    this.string(v);
  }
  option(v, some) {
    if (v === null || v === void 0) {
      this.byte(0);
      return;
    }
    this.byte(1);
    some(v);
  }
  /** f32/f64: IEEE 754 little-endian; NaN and infinities too (bincode, unlike JSON, carries them). */
  float(v, f32) {
    if (typeof v !== "number") throw new import_runtime.WriteFailure(`expected a number, got ${(0, import_runtime.describe)(v)}`);
    if (f32 && Math.fround(v) !== v && !Number.isNaN(v)) throw new import_runtime.WriteFailure(`${v} is not an f32 value`);
    const at = this.reserve(f32 ? 4 : 8);
    if (f32) this.view.setFloat32(at, v, true);
    else this.view.setFloat64(at, v, true);
  }
  /** A HashMap: u64 length + key/value pairs, keys in the canonical (UTF-8 byte) order. */
  map(v, value) {
    if (!(0, import_runtime.isPlainObject)(v)) throw new import_runtime.WriteFailure(`expected a map as a plain object, got ${(0, import_runtime.describe)(v)}`);
    const keys = Object.keys(v).sort(import_runtime.compareUtf8);
    this.length(keys.length);
    for (const k of keys) {
      this.string(k);
      value(v[k]);
    }
  }
  list(v, item) {
    if (!Array.isArray(v)) throw new import_runtime.WriteFailure(`expected an array, got ${(0, import_runtime.describe)(v)}`);
    this.length(v.length);
    for (const x of v) item(x);
  }
  tuple(v, items) {
    if (!Array.isArray(v) || v.length !== items.length) throw new import_runtime.WriteFailure(`expected a ${items.length}-element array`);
    items.forEach((item, i) => item(v[i]));
  }
  /** An enum variant's index, before its payload. */
  variant(index) {
    const at = this.reserve(4);
    this.view.setUint32(at, index, true);
  }
}
class BincodeReader {
  constructor(bytes, options) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let maxList;
    try {
      maxList = options?.maxListLength;
    } catch (e) {
      throw new RangeError(`BincodeOptions cannot be read: ${(0, import_runtime.describeError)(e)}`);
    }
    this.maxList = (0, import_runtime.limit)(maxList, "BincodeOptions.maxListLength", DEFAULT_MAX_LIST);
  }
  bytes;
  pos = 0;
  view;
  path = [];
  maxList;
  fail(message) {
    let pointer = "";
    for (const s of this.path) pointer += "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1");
    throw (0, import_runtime.inputError)("InvalidMessage", `${message} (byte ${this.pos})`, pointer, this.pos);
  }
  take(n) {
    if (n > this.bytes.length - this.pos) this.fail(`unexpected end of input: ${n} more bytes needed, ${this.bytes.length - this.pos} left`);
    const at = this.pos;
    this.pos += n;
    return at;
  }
  /** Read a value with `segment` on the error path. */
  field(segment, read) {
    this.path.push(segment);
    const value = read();
    this.path.pop();
    return value;
  }
  int(kind, min, max) {
    const at = this.take(width(kind));
    const signed = kind.startsWith("i");
    let v;
    switch (width(kind)) {
      case 1:
        v = signed ? this.view.getInt8(at) : this.view.getUint8(at);
        break;
      case 2:
        v = signed ? this.view.getInt16(at, true) : this.view.getUint16(at, true);
        break;
      case 4:
        v = signed ? this.view.getInt32(at, true) : this.view.getUint32(at, true);
        break;
      default: {
        const big = signed ? this.view.getBigInt64(at, true) : this.view.getBigUint64(at, true);
        if (big < BigInt(min) || big > BigInt(max)) this.fail(`${kind} ${big} is outside ${min}..=${max}, what a JavaScript number holds exactly`);
        v = Number(big);
      }
    }
    return v;
  }
  length() {
    const n = this.view.getBigUint64(this.take(8), true);
    const left = this.bytes.length - this.pos;
    return n > BigInt(left) ? this.fail(`unexpected end of input: a length of ${n}, ${left} bytes left`) : Number(n);
  }
  bool() {
    const b = this.view.getUint8(this.take(1));
    if (b > 1) this.fail(`invalid u8 while decoding bool, expected 0 or 1, found ${b}`);
    return b === 1;
  }
  string() {
    const n = this.length();
    const at = this.take(n);
    try {
      return utf8.decode(this.bytes.subarray(at, at + n));
    } catch {
      return this.fail("string is not valid UTF-8");
    }
  }
  uuid() {
    const n = this.length();
    if (n !== 16) this.fail(`UUID parsing failed: invalid length: expected 16 bytes, found ${n}`);
    const at = this.take(16);
    const h = Array.from(this.bytes.subarray(at, at + 16), (b) => b.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  /** chrono parses the text with its relaxed RFC 3339 parser; the value comes back in canonical form. */
  timestamp() {
    const s = this.string();
    try {
      return (0, import_scalars.normalizeTimestamp)(s);
    } catch (e) {
      return this.fail(e.message);
    }
  }
  option(some) {
    const tag = this.view.getUint8(this.take(1));
    if (tag > 1) this.fail(`tag for enum is not valid, found ${tag}`);
    return tag === 1 ? some() : null;
  }
  float(f32) {
    return f32 ? this.view.getFloat32(this.take(4), true) : this.view.getFloat64(this.take(8), true);
  }
  map(value) {
    const n = this.view.getBigUint64(this.take(8), true);
    if (Number(n) > this.maxList) this.fail(`a map of ${n} entries, over the limit of ${this.maxList} (maxListLength)`);
    const out = /* @__PURE__ */ Object.create(null);
    for (let i = 0; i < Number(n); i++) {
      const key = this.string();
      out[key] = this.field(key, value);
    }
    return out;
  }
  list(item) {
    const n = this.view.getBigUint64(this.take(8), true);
    if (Number(n) > this.maxList) this.fail(`a list of ${n} items, over the limit of ${this.maxList} (maxListLength)`);
    const out = [];
    for (let i = 0; i < Number(n); i++) out.push(this.field(i, item));
    return out;
  }
  tuple(items) {
    return items.map((item, i) => this.field(i, item));
  }
  /** An enum's variant index; `count` variants exist. */
  variant(count, what) {
    const index = this.view.getUint32(this.take(4), true);
    if (index >= count) this.fail(`invalid value: integer \`${index}\`, expected variant index 0 <= i < ${count} of ${what}`);
    return index;
  }
}
//# sourceMappingURL=bincodeRuntime.js.map
