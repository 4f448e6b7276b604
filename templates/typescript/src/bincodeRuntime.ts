// bincode 1.3's default encoding (`bincode::serialize` / `bincode::deserialize`: fixed-width
// little-endian integers, no limit), the byte writer and reader every generated bincode codec uses.
//
// Layout: integers fixed-width little-endian (u8 1 byte … u64 8 bytes, two's complement when
// signed); bool one byte 0/1; String u64 length + UTF-8 bytes; Vec u64 length + items; tuple and
// struct their elements in order, no names; Option a tag byte 0 (None) or 1 + the value; enum the
// variant's index as u32 + its payload; Uuid u64 length 16 + its 16 bytes; DateTime<Utc> a String
// holding the RFC 3339 text serde_json writes. u64 values are JavaScript numbers: at most 2^53−1.
import { WriteFailure, inputError, compareUtf8, describe, describeError, isPlainObject, limit } from "./runtime.js";
import { isCanonicalTimestamp, isCanonicalUuid, normalizeTimestamp } from "./scalars.js";

/** Limits a reader sets on untrusted input. */
export interface BincodeOptions {
  /** Longest accepted list (its length prefix is checked before any item is read). Default 1,000,000. */
  maxListLength?: number;
}

export type IntKind = "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64";

const DEFAULT_MAX_LIST = 1_000_000;
const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = /* @__PURE__ */ new TextEncoder();

function width(kind: IntKind): 1 | 2 | 4 | 8 {
  return kind.endsWith("8") ? 1 : kind.endsWith("16") ? 2 : kind.endsWith("32") ? 4 : 8;
}

/** Appends values in bincode's layout; throws WriteFailure on a value that is not valid. */
export class BincodeWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  private len = 0;

  /** Room for `n` more bytes; returns where they start. Call it before reading `buf` or `view`: it may replace them. */
  private reserve(n: number): number {
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

  private byte(b: number): void {
    const at = this.reserve(1);
    this.buf[at] = b;
  }

  /** The bytes written so far. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  int(v: unknown, kind: IntKind, min: number, max: number): void {
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      throw new WriteFailure(`expected an integer in ${kind}'s range ${min}..=${max}, got ${describe(v)}`);
    }
    const size = width(kind);
    const at = this.reserve(size);
    const signed = kind.startsWith("i");
    if (size === 1) this.view.setUint8(at, v & 0xff);
    else if (size === 2) this.view.setUint16(at, v & 0xffff, true);
    else if (size === 4) this.view.setUint32(at, v >>> 0, true);
    else if (signed) this.view.setBigInt64(at, BigInt(v), true);
    else this.view.setBigUint64(at, BigInt(v), true);
  }

  /** A length prefix (String, Vec, bytes): u64. */
  private length(n: number): void {
    const at = this.reserve(8);
    this.view.setBigUint64(at, BigInt(n), true);
  }

  bool(v: unknown): void {
    if (typeof v !== "boolean") throw new WriteFailure(`expected a boolean, got ${describe(v)}`);
    this.byte(v ? 1 : 0);
  }

  string(v: unknown): void {
    if (typeof v !== "string") throw new WriteFailure(`expected a string, got ${describe(v)}`);
    if (!v.isWellFormed()) throw new WriteFailure("string holds a lone surrogate, which a Rust String cannot");
    const bytes = encoder.encode(v);
    this.length(bytes.length);
    const at = this.reserve(bytes.length);
    this.buf.set(bytes, at);
  }

  /** uuid serializes itself as 16 bytes in non-human-readable formats. */
  uuid(v: unknown): void {
    if (!isCanonicalUuid(v)) throw new WriteFailure(`expected a lowercase hyphenated UUID, got ${describe(v)}`);
    const hex = v.replace(/-/g, "");
    this.length(16);
    const at = this.reserve(16);
    for (let i = 0; i < 16; i++) this.buf[at + i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  }

  /** chrono serializes DateTime<Utc> as its RFC 3339 text in every format. */
  timestamp(v: unknown): void {
    if (!isCanonicalTimestamp(v)) throw new WriteFailure(`expected a timestamp as chrono writes it (RFC 3339, UTC, "Z"), got ${describe(v)}`);
    this.string(v);
  }

  option<T>(v: unknown, some: (x: T) => void): void {
    if (v === null || v === undefined) {
      this.byte(0);
      return;
    }
    this.byte(1);
    some(v as T);
  }

  /** f32/f64: IEEE 754 little-endian; NaN and infinities too (bincode, unlike JSON, carries them). */
  float(v: unknown, f32: boolean): void {
    if (typeof v !== "number") throw new WriteFailure(`expected a number, got ${describe(v)}`);
    if (f32 && Math.fround(v) !== v && !Number.isNaN(v)) throw new WriteFailure(`${v} is not an f32 value`);
    const at = this.reserve(f32 ? 4 : 8);
    if (f32) this.view.setFloat32(at, v, true);
    else this.view.setFloat64(at, v, true);
  }

  /** A HashMap: u64 length + key/value pairs, keys in the canonical (UTF-8 byte) order. */
  map<T>(v: unknown, value: (x: T) => void): void {
    if (!isPlainObject(v)) throw new WriteFailure(`expected a map as a plain object, got ${describe(v)}`);
    const keys = Object.keys(v).sort(compareUtf8);
    this.length(keys.length);
    for (const k of keys) {
      this.string(k);
      value((v as Record<string, T>)[k]!);
    }
  }

  list<T>(v: unknown, item: (x: T) => void): void {
    if (!Array.isArray(v)) throw new WriteFailure(`expected an array, got ${describe(v)}`);
    this.length(v.length);
    for (const x of v) item(x as T);
  }

  tuple(v: unknown, items: readonly ((x: never) => void)[]): void {
    if (!Array.isArray(v) || v.length !== items.length) throw new WriteFailure(`expected a ${items.length}-element array`);
    items.forEach((item, i) => item(v[i] as never));
  }

  /** An enum variant's index, before its payload. */
  variant(index: number): void {
    const at = this.reserve(4);
    this.view.setUint32(at, index, true);
  }
}

/**
 * Reads values in bincode's layout, failing with a ProtoError (InvalidMessage) whose pointer is the
 * path to the value. Like `bincode::deserialize`, it ignores bytes after the value.
 */
export class BincodeReader {
  private pos = 0;
  private readonly view: DataView;
  private readonly path: (string | number)[] = [];
  private readonly maxList: number;

  constructor(
    private readonly bytes: Uint8Array,
    options: BincodeOptions | undefined,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let maxList: unknown;
    try {
      maxList = options?.maxListLength;
    } catch (e) {
      throw new RangeError(`BincodeOptions cannot be read: ${describeError(e)}`);
    }
    this.maxList = limit(maxList, "BincodeOptions.maxListLength", DEFAULT_MAX_LIST);
  }

  fail(message: string): never {
    let pointer = "";
    for (const s of this.path) pointer += "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1");
    throw inputError("InvalidMessage", `${message} (byte ${this.pos})`, pointer, this.pos);
  }

  private take(n: number): number {
    if (n > this.bytes.length - this.pos) this.fail(`unexpected end of input: ${n} more bytes needed, ${this.bytes.length - this.pos} left`);
    const at = this.pos;
    this.pos += n;
    return at;
  }

  /** Read a value with `segment` on the error path. */
  field<T>(segment: string | number, read: () => T): T {
    this.path.push(segment);
    const value = read();
    this.path.pop();
    return value;
  }

  int(kind: IntKind, min: number, max: number): number {
    const at = this.take(width(kind));
    const signed = kind.startsWith("i");
    let v: number;
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

  private length(): number {
    const n = this.view.getBigUint64(this.take(8), true);
    const left = this.bytes.length - this.pos;
    return n > BigInt(left) ? this.fail(`unexpected end of input: a length of ${n}, ${left} bytes left`) : Number(n);
  }

  bool(): boolean {
    const b = this.view.getUint8(this.take(1));
    if (b > 1) this.fail(`invalid u8 while decoding bool, expected 0 or 1, found ${b}`);
    return b === 1;
  }

  string(): string {
    const n = this.length();
    const at = this.take(n);
    try {
      return utf8.decode(this.bytes.subarray(at, at + n));
    } catch {
      return this.fail("string is not valid UTF-8");
    }
  }

  uuid(): string {
    const n = this.length();
    if (n !== 16) this.fail(`UUID parsing failed: invalid length: expected 16 bytes, found ${n}`);
    const at = this.take(16);
    const h = Array.from(this.bytes.subarray(at, at + 16), (b) => b.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** chrono parses the text with its relaxed RFC 3339 parser; the value comes back in canonical form. */
  timestamp(): string {
    const s = this.string();
    try {
      return normalizeTimestamp(s);
    } catch (e) {
      return this.fail((e as Error).message);
    }
  }

  option<T>(some: () => T): T | null {
    const tag = this.view.getUint8(this.take(1));
    if (tag > 1) this.fail(`tag for enum is not valid, found ${tag}`);
    return tag === 1 ? some() : null;
  }

  float(f32: boolean): number {
    return f32 ? this.view.getFloat32(this.take(4), true) : this.view.getFloat64(this.take(8), true);
  }

  map<T>(value: () => T): Record<string, T> {
    const n = this.view.getBigUint64(this.take(8), true);
    if (Number(n) > this.maxList) this.fail(`a map of ${n} entries, over the limit of ${this.maxList} (maxListLength)`);
    // A null-prototype object, as parseX reads a map: only its keys, `__proto__` an ordinary one.
    const out = Object.create(null) as Record<string, T>;
    for (let i = 0; i < Number(n); i++) {
      const key = this.string();
      out[key] = this.field(key, value);
    }
    return out;
  }

  list<T>(item: () => T): T[] {
    const n = this.view.getBigUint64(this.take(8), true);
    if (Number(n) > this.maxList) this.fail(`a list of ${n} items, over the limit of ${this.maxList} (maxListLength)`);
    const out: T[] = [];
    for (let i = 0; i < Number(n); i++) out.push(this.field(i, item));
    return out;
  }

  tuple(items: readonly (() => unknown)[]): unknown[] {
    return items.map((item, i) => this.field(i, item));
  }

  /** An enum's variant index; `count` variants exist. */
  variant(count: number, what: string): number {
    const index = this.view.getUint32(this.take(4), true);
    if (index >= count) this.fail(`invalid value: integer \`${index}\`, expected variant index 0 <= i < ${count} of ${what}`);
    return index;
  }
}
