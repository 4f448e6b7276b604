// The serde_json-exact reader and the writer helpers every generated codec uses.
// Hand-written once (not per type): it mirrors serde_json 1.0.87's grammar and error cases.

/** The kinds of error a parser, serializer or validator reports. */
export type ProtoErrorKind = "InvalidMessage" | "ValidationError" | "SerializationError" | "UnknownMessageType";

/** Thrown by every parse and serialize function: a kind, a JSON pointer and a one-line message. */
export class ProtoError extends Error {
  readonly kind: ProtoErrorKind;
  /** JSON pointer of the offending value ("" is the whole message). */
  readonly pointer: string;
  /** Character offset in the parsed text, when parsing. */
  readonly offset: number | undefined;
  constructor(kind: ProtoErrorKind, message: string, pointer = "", offset?: number) {
    super(`${kind}: ${message}${pointer === "" ? "" : ` at ${shortPointer(pointer)}`}`);
    this.name = "ProtoError";
    this.kind = kind;
    this.pointer = pointer;
    this.offset = offset;
    this.detail = message;
  }
  /** The message without kind and pointer. */
  readonly detail: string;
  /** serde's externally tagged form, e.g. `{"InvalidMessage":"..."}`. */
  toJSON(): { [kind: string]: string } {
    return { [this.kind]: this.message };
  }
}

/**
 * A ProtoError for bad input (a message on the wire), without a stack trace: its pointer and offset locate the
 * problem, and capturing a stack was half the cost of rejecting a message (V8). Errors from misusing the API (a
 * serializer given a bad value, a match on a value that is no variant) are plain `new ProtoError` and keep their stack.
 */
export function inputError(kind: ProtoErrorKind, message: string, pointer = "", offset?: number): ProtoError {
  const E = Error as { stackTraceLimit?: number };
  const limit = E.stackTraceLimit;
  if (limit === undefined) return new ProtoError(kind, message, pointer, offset);
  E.stackTraceLimit = 0;
  try {
    return new ProtoError(kind, message, pointer, offset);
  } finally {
    E.stackTraceLimit = limit;
  }
}

/**
 * What parseX reads: a string, or UTF-8 bytes as a Uint8Array (a Node Buffer is one), an ArrayBuffer or a DataView.
 * Anything else (another typed array, whose elements are not bytes; null; a number; an object) is refused with a
 * ProtoError (InvalidMessage).
 */
export type ParseInput = string | Uint8Array | ArrayBuffer | DataView;

/** Limits a reader sets on untrusted input. */
export interface ParseOptions {
  /** Largest accepted message, in UTF-16 code units of a string, in bytes otherwise. Default 16 MiB. */
  maxBytes?: number;
  /**
   * Deepest nesting of arrays and objects. Typed values always stop at serde_json's limit of 128; the values
   * of unknown fields, which serde skims without a limit, are only limited when this is set (skipping them
   * is iterative, so depth costs memory, not stack).
   */
  maxDepth?: number;
  /** Longest accepted list. Default 1,000,000. */
  maxListLength?: number;
}

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 128;
const DEFAULT_MAX_LIST = 1_000_000;
/** At most this many characters of an offending string or token are quoted in an error message. */
const QUOTE_MAX = 64;
/** At most this many characters of a pointer are shown in a ProtoError's message (its `pointer` is exact). */
const POINTER_MAX = 256;

/**
 * A pointer as a message shows it (the `pointer` property stays exact): each segment (a map key can be long) cut to
 * QUOTE_MAX characters, the whole to POINTER_MAX.
 */
function shortPointer(pointer: string): string {
  if (pointer.length <= QUOTE_MAX) return pointer;
  const short = pointer
    .split("/")
    .map((s) => (s.length <= QUOTE_MAX ? s : `${prefix(s, QUOTE_MAX)}…`))
    .join("/");
  return short.length <= POINTER_MAX ? short : `${prefix(short, POINTER_MAX)}…`;
}

/**
 * A limit (`name`: where it is, e.g. `ParseOptions.maxBytes`) must be a non-negative number (Infinity allowed): NaN or
 * a negative value would switch it off silently.
 */
export function limit(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(value >= 0)) throw new RangeError(`${name} must be a non-negative number, got ${describe(value)}`);
  return value;
}

/** The first `max` characters of `s`, not cutting a surrogate pair in two. */
function prefix(s: string, max: number): string {
  const c = s.charCodeAt(max - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

/** A token as an error message shows it: whole when short, else its first QUOTE_MAX characters and its length. */
function clip(s: string): string {
  return s.length <= QUOTE_MAX ? s : `${prefix(s, QUOTE_MAX)}… (${s.length} characters)`;
}

/** A token or string quoted in an error message, cut short: a message stays one short line whatever the input. */
export function quoted(s: string): string {
  return s.length <= QUOTE_MAX ? JSON.stringify(s) : `${JSON.stringify(prefix(s, QUOTE_MAX))}… (${s.length} characters)`;
}

/** A name for a value's kind that reading cannot throw: `a Map`, `a Date`, `an instance of Foo`, `an object`. */
function objectKind(v: object): string {
  if (Array.isArray(v)) {
    const n = (v as unknown[]).length;
    return `an array of ${n} element${n === 1 ? "" : "s"}`;
  }
  // The built-in tag ("Map", "Date", "Uint8Array", …); "Object" for objects without one.
  const tag = prefix(Object.prototype.toString.call(v).slice(8, -1), QUOTE_MAX);
  if (tag !== "Object") return `${/^[AEIO]/.test(tag) ? "an" : "a"} ${tag}`;
  if (isPlainObject(v)) return "an object";
  const name: unknown = (Object.getPrototypeOf(v) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === "string" && name !== "" ? `an instance of ${prefix(name, QUOTE_MAX)}` : "an object that is not plain";
}

/**
 * A value as an error message shows it, whatever it is: a string quoted (cut short), a number as written, a kind for
 * anything else (`a BigInt (12n)`, `a Map`, `an array of 3 elements`). Never throws and never reads further than one
 * level (no getter beyond `length` of an array, no toJSON, no toString).
 */
export function describe(v: unknown): string {
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
        return `a BigInt (${digits.length <= QUOTE_MAX ? digits : `${prefix(digits, QUOTE_MAX)}…`}n)`;
      }
      case "symbol":
        return "a symbol";
      case "function":
        return "a function";
      default:
        return v === null ? "null" : objectKind(v as object);
    }
  } catch {
    return "a value that cannot be read";
  }
}

/** What an exception says (a getter's, a Proxy trap's), cut short; never throws. */
export function describeError(e: unknown): string {
  try {
    const text = e instanceof Error ? `${e.name}: ${String(e.message)}` : typeof e === "string" ? e : describe(e);
    return text.length <= 2 * QUOTE_MAX ? text : `${prefix(text, 2 * QUOTE_MAX)}…`;
  } catch {
    return "an exception that cannot be read";
  }
}

/** An object literal, JSON.parse's output or Object.create(null): a prototype of null or one without a prototype (Object.prototype, of any realm). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

interface Intrinsics {
  typedArrayTag: (this: unknown) => string | undefined;
  typedArrayLength: (this: unknown) => number;
  dataViewBuffer: (this: unknown) => ArrayBuffer;
  dataViewOffset: (this: unknown) => number;
  dataViewLength: (this: unknown) => number;
  arrayBufferLength: (this: unknown) => number;
}
let intrinsics: Intrinsics | undefined;

function getter(proto: object, key: PropertyKey): (this: unknown) => never {
  return Object.getOwnPropertyDescriptor(proto, key)!.get as (this: unknown) => never;
}

/**
 * The bytes of a Uint8Array, an ArrayBuffer or a DataView, and their number; undefined for anything else. Measured
 * with the built-in getters (as TextDecoder reads the internal slots): an own `length` or a subclass cannot lie.
 */
export function bytesOf(input: unknown): { bytes: Uint8Array; length: number } | undefined {
  const g = (intrinsics ??= {
    typedArrayTag: getter(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag),
    typedArrayLength: getter(Object.getPrototypeOf(Uint8Array.prototype) as object, "byteLength"),
    dataViewBuffer: getter(DataView.prototype, "buffer"),
    dataViewOffset: getter(DataView.prototype, "byteOffset"),
    dataViewLength: getter(DataView.prototype, "byteLength"),
    arrayBufferLength: getter(ArrayBuffer.prototype, "byteLength"),
  });
  try {
    if (ArrayBuffer.isView(input)) {
      const tag = g.typedArrayTag.call(input);
      if (tag === "Uint8Array") return { bytes: input as Uint8Array, length: g.typedArrayLength.call(input) };
      if (tag !== undefined) return undefined; // another typed array: its elements are not bytes
      const length = g.dataViewLength.call(input);
      return { bytes: new Uint8Array(g.dataViewBuffer.call(input), g.dataViewOffset.call(input), length), length };
    }
    const length = g.arrayBufferLength.call(input); // throws unless an ArrayBuffer
    // A detached ArrayBuffer (transferred away) holds no bytes.
    return { bytes: length === 0 ? new Uint8Array(0) : new Uint8Array(input as ArrayBuffer), length };
  } catch {
    return undefined;
  }
}

const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// eslint-disable-next-line no-control-regex -- serde rejects raw control characters in strings
const PLAIN_RUN = /[^"\\\u0000-\u001f\ud800-\udfff]*/y;
const NUMBER_TOKEN = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

const enum C {
  Quote = 0x22,
  Backslash = 0x5c,
  Comma = 0x2c,
  Colon = 0x3a,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
  OpenBracket = 0x5b,
  CloseBracket = 0x5d,
}

function describeChar(code: number): string {
  switch (code) {
    case C.Quote:
      return "string";
    case C.OpenBrace:
      return "map";
    case C.OpenBracket:
      return "sequence";
    case 0x74:
    case 0x66:
      return "boolean";
    case 0x6e:
      return "null";
    default:
      return code === 0x2d || (code >= 0x30 && code <= 0x39) ? "number" : "value";
  }
}

const f32Bits = /* @__PURE__ */ new Float32Array(1);
const u32Bits = /* @__PURE__ */ new Uint32Array(f32Bits.buffer);
const F32_OVERFLOW = 2 ** 128;
const U64_MAX = 18446744073709551615n;
const I64_MIN = -9223372036854775808n;

/** The f32 after a non-negative f32 `x` (2^128 after f32::MAX: the overflow, as a value to round to). */
function nextF32(x: number): number {
  f32Bits[0] = x;
  if (u32Bits[0] === 0x7f7fffff) return F32_OVERFLOW;
  u32Bits[0] = u32Bits[0]! + 1;
  return f32Bits[0]!;
}

/**
 * The decimal `token` (whose nearest double is `d`) correctly rounded to f32, as serde_json reads an f32;
 * ±Infinity when beyond f32's range. Rounding `d` again would be wrong only when `d` is exactly halfway
 * between two f32s: then the decimal itself decides.
 */
function roundToF32(token: string, d: number): number {
  const a = Math.abs(d);
  const f = Math.fround(a);
  let lo: number;
  let hi: number;
  if (f === a) return d;
  if (f > a) {
    hi = f === Infinity ? F32_OVERFLOW : f;
    f32Bits[0] = hi === F32_OVERFLOW ? 3.4028234663852886e38 : hi;
    if (hi !== F32_OVERFLOW) u32Bits[0] = u32Bits[0]! - 1;
    lo = f32Bits[0]!;
  } else {
    lo = f;
    hi = nextF32(lo);
  }
  const mid = (lo + hi) / 2;
  let r: number;
  if (a !== mid) r = a < mid ? lo : hi;
  else {
    const cmp = compareDecimal(token.replace(/^-/, ""), mid);
    f32Bits[0] = lo;
    r = cmp < 0 ? lo : cmp > 0 ? hi : (u32Bits[0]! & 1) === 0 ? lo : hi;
  }
  const v = r === F32_OVERFLOW ? Infinity : r;
  return d < 0 ? -v : v;
}

/** Compare a non-negative JSON number token with a double, exactly. */
export function compareDecimal(token: string, x: number): number {
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(token)!;
  let digits = (m[1]! + (m[2] ?? "")).replace(/^0+/, "");
  let exp = Number(m[3] ?? 0) - (m[2]?.length ?? 0);
  // A double's exact decimal expansion has under 800 significant digits: past that, only "is anything left" matters.
  let rest = false;
  if (digits.length > 800) {
    rest = /[1-9]/.test(digits.slice(800));
    exp += digits.length - 800;
    digits = digits.slice(0, 800);
  }
  // x = mant × 2^e2, exactly.
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const e = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
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

/** A saved reader position (see Reader.mark). */
export interface Mark {
  readonly pos: number;
  readonly path: number;
  readonly depth: number;
}

/** See the end of Reader's constructor. */
let keepingReaderAlive = false;
const liveReaders: Reader[] = [];

/** A cursor over one JSON text, read by the generated, type-directed decoders. */
export class Reader {
  pos = 0;
  /** The path to the value being read, for error pointers. */
  readonly path: (string | number)[] = [];
  private depth: number;
  private readonly skipDepth: number;
  readonly maxList: number;
  readonly text: string;
  /** Whether the text is known to be valid Unicode (decoded from UTF-8); a string's surrogates are paired as it is read. */
  private unicodeChecked = true;
  /** Whether readStringList may try its fast path: false once it failed on this text. */
  private stringListsFast = true;

  constructor(input: ParseInput, options: ParseOptions | undefined) {
    let maxBytes: unknown, maxDepth: unknown, maxList: unknown;
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
    let text: string;
    if (typeof input === "string") {
      if (input.length > maxBytesLimit)
        throw inputError("InvalidMessage", `message is ${input.length} UTF-16 units, over the limit of ${maxBytesLimit} (maxBytes)`);
      text = input;
      // A lone surrogate can only be accepted inside a string, and every string scan stops at surrogates and pairs
      // them; a text that holds one fails somewhere, and fail() then reports it as the whole text's error (notUnicode).
      this.unicodeChecked = false;
    } else {
      const b = bytesOf(input);
      if (b === undefined)
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
    // Keep one (empty) reader alive: V8 frees the hidden class of readers when none is left, and with it throws away
    // all optimized code that read one, so a parser idle across a full GC would start again cold.
    if (!keepingReaderAlive) {
      keepingReaderAlive = true; // before the inner constructor runs, so it keeps none itself
      liveReaders.push(new Reader("", undefined));
    }
  }

  fail(message: string, kind: ProtoErrorKind = "InvalidMessage"): never {
    // A text that is not valid Unicode is refused as a whole, wherever the reading stopped (as Rust's &str cannot hold it).
    if (!this.unicodeChecked && !this.text.isWellFormed()) throw inputError("InvalidMessage", "message is not valid Unicode (lone surrogate)");
    let pointer = "";
    for (const s of this.path) pointer += "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1");
    throw inputError(kind, message, pointer, this.pos);
  }

  /** Whether `word` is in the text at `p`. (A slice and compare: V8's startsWith with a position measured 2.5× slower.) */
  private textAt(word: string, p: number): boolean {
    return this.text.slice(p, p + word.length) === word;
  }

  /** Skip JSON whitespace (only space, tab, LF, CR) and return the next char code, or -1 at the end. */
  peek(): number {
    const t = this.text;
    let p = this.pos;
    const next = t.charCodeAt(p);
    if (next > 0x20) return next; // serde writes no whitespace: the common case
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else {
        this.pos = p;
        return c === c ? c : -1; // NaN past the end
      }
    }
  }

  /** After the top-level value: only whitespace may follow. */
  end(): void {
    if (this.peek() !== -1) this.fail("trailing characters");
  }

  invalidType(expected: string): never {
    const c = this.peek();
    if (c === -1) this.fail(`EOF while parsing a value, expected ${expected}`);
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER_TOKEN.lastIndex = this.pos;
      if (!NUMBER_TOKEN.test(this.text)) this.fail("invalid number");
      const token = this.text.slice(this.pos, NUMBER_TOKEN.lastIndex);
      const isFloat = /[.eE]/.test(token) || token === "-0";
      this.fail(`invalid type: ${isFloat ? "floating point" : "integer"} ${quoted(token)}, expected ${expected}`);
    }
    if (c === C.Quote) {
      const s = this.readString();
      this.fail(`invalid type: string ${quoted(s)}, expected ${expected}`);
    }
    this.fail(`invalid type: ${describeChar(c)}, expected ${expected}`);
  }

  enter(): void {
    if (--this.depth <= 0) this.fail("recursion limit exceeded (maxDepth)");
  }

  leave(): void {
    this.depth++;
  }

  readNull(expected = "unit"): null {
    if (this.peek() === 0x6e && this.textAt("null", this.pos)) {
      this.pos += 4;
      return null;
    }
    return this.invalidType(expected);
  }

  /** `null` → true (and consumed); anything else → false. */
  readNullIf(): boolean {
    if (this.peek() === 0x6e) {
      if (!this.textAt("null", this.pos)) this.fail("expected ident");
      this.pos += 4;
      return true;
    }
    return false;
  }

  readBool(): boolean {
    const c = this.peek();
    if (c === 0x74 && this.textAt("true", this.pos)) {
      this.pos += 4;
      return true;
    }
    if (c === 0x66 && this.textAt("false", this.pos)) {
      this.pos += 5;
      return false;
    }
    return this.invalidType("a boolean");
  }

  /** An integer of a Rust type: no fraction, no exponent, no `-0`, within [min, max]; u64 also within 2^53−1. */
  readInt(min: number, max: number, rust: string): number {
    let c = this.peek();
    const t = this.text;
    const start = this.pos;
    let p = start;
    if (c === 0x2d) c = t.charCodeAt(++p);
    if (!(c >= 0x30 && c <= 0x39)) return p === start ? this.invalidType(rust) : this.fail("invalid number");
    const first = p;
    let value = 0;
    if (c === 0x30) {
      p++;
    } else {
      while (c >= 0x30 && c <= 0x39) {
        value = value * 10 + (c - 0x30);
        c = t.charCodeAt(++p);
      }
    }
    const next = t.charCodeAt(p);
    if (next >= 0x30 && next <= 0x39) this.fail("invalid number"); // a leading zero
    // serde_json reads a fraction, an exponent or `-0` as a float, which no integer type accepts.
    if (next === 0x2e || next === 0x65 || next === 0x45 || (first !== start && value === 0)) return this.invalidType(rust);
    if (p - first > 15) {
      // Beyond 15 digits a double may round: compare exactly, in BigInt, against the Rust type's range.
      const token = t.slice(start, p);
      // Over 20 digits is beyond every Rust integer; BigInt of a long digit run would take superlinear time.
      const big = p - first > 20 ? undefined : BigInt(token);
      const rustMax = rust === "u64" ? 18446744073709551615n : rust === "i64" ? 9223372036854775807n : BigInt(max);
      const rustMin = rust === "i64" ? -9223372036854775808n : BigInt(min);
      if (big === undefined || big > rustMax || big < rustMin) this.fail(`invalid value: integer \`${clip(token)}\`, expected ${rust}`);
      if (big > BigInt(max) || big < BigInt(min)) {
        this.fail(
          `integer \`${token}\` is a valid ${rust} but beyond 2^53-1, which this TypeScript package does not represent (it rejects rather than rounds)`,
        );
      }
    }
    if (first !== start) value = -value;
    if (value < min || value > max) this.fail(`invalid value: integer \`${t.slice(start, p)}\`, expected ${rust}`);
    this.pos = p;
    return value;
  }

  /** A JSON string, with serde_json's escapes; rejects lone surrogate escapes and raw control characters. */
  readString(expected = "a string"): string {
    if (this.peek() !== C.Quote) return this.invalidType(expected);
    const t = this.text;
    const start = this.pos + 1;
    // Most strings need no unescaping: one native scan to the first quote, backslash or control character.
    PLAIN_RUN.lastIndex = start;
    PLAIN_RUN.test(t);
    const end = PLAIN_RUN.lastIndex;
    if (t.charCodeAt(end) === C.Quote) {
      this.pos = end + 1;
      return t.slice(start, end);
    }
    return this.readEscapedString(start);
  }

  /**
   * The next value, when it is a string token that `token` (a sticky regex over the token, quotes included) matches:
   * returned without its quotes; undefined, and nothing read, otherwise. One native match for what serde writes.
   */
  readQuoted(token: RegExp): string | undefined {
    if (this.peek() !== C.Quote) return undefined;
    token.lastIndex = this.pos;
    if (!token.test(this.text)) return undefined;
    const end = token.lastIndex;
    const s = this.text.slice(this.pos + 1, end - 1);
    this.pos = end;
    return s;
  }

  /**
   * `regex` (sticky) matched at the reader, where an object may begin (one more level is within maxDepth), or null;
   * nothing is read either way (see canonical.ts).
   */
  matchObject(regex: RegExp): RegExpExecArray | null {
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
  readStringList(): string[] | undefined {
    const t = this.text;
    const start = this.pos;
    if (!this.stringListsFast || t.charCodeAt(start) !== C.OpenBracket || t.charCodeAt(start + 1) !== C.Quote || this.depth <= 1) return undefined;
    // Once this fails, never again for this text: the search and the parse below may run to the text's end, so a text
    // of many lists that are not so written would otherwise take quadratic time.
    this.stringListsFast = false;
    // The array's end: the first `"]` whose quote no backslash escapes.
    let end = start;
    for (;;) {
      end = t.indexOf('"]', end + 1);
      if (end === -1) return undefined;
      let b = end - 1;
      while (t.charCodeAt(b) === C.Backslash) b--;
      if ((end - 1 - b) % 2 === 0) break;
    }
    let list: unknown;
    try {
      list = JSON.parse(t.slice(start, end + 2));
    } catch {
      return undefined;
    }
    const items = list as unknown[];
    if (items.length > this.maxList) return undefined;
    for (let i = 0; i < items.length; i++) {
      const s = items[i];
      if (typeof s !== "string" || !s.isWellFormed()) return undefined;
    }
    this.stringListsFast = true;
    this.pos = end + 2;
    return items as string[];
  }

  /** The rest of a string that holds an escape (or ends the text): plain runs by the native scan, escapes one by one. */
  private readEscapedString(start: number): string {
    const t = this.text;
    let out = "";
    let p = start;
    for (;;) {
      PLAIN_RUN.lastIndex = p;
      PLAIN_RUN.test(t);
      const end = PLAIN_RUN.lastIndex;
      if (end !== p) out += t.slice(p, end);
      p = end;
      const c = t.charCodeAt(p);
      if (c === C.Quote) {
        this.pos = p + 1;
        return out;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        // A raw surrogate: kept when it is a pair.
        const next = t.charCodeAt(p + 1);
        if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
          this.pos = p;
          this.fail("message is not valid Unicode (lone surrogate)");
        }
        out += t.slice(p, p + 2);
        p += 2;
        continue;
      }
      if (c !== C.Backslash) {
        this.pos = p;
        this.fail(c !== c ? "EOF while parsing a string" : "control character (\\u0000-\\u001F) found while parsing a string");
      }
      const e = t.charCodeAt(p + 1);
      p += 2;
      switch (e) {
        case C.Quote:
          out += '"';
          break;
        case C.Backslash:
          out += "\\";
          break;
        case 0x2f:
          out += "/";
          break;
        case 0x62:
          out += "\b";
          break;
        case 0x66:
          out += "\f";
          break;
        case 0x6e:
          out += "\n";
          break;
        case 0x72:
          out += "\r";
          break;
        case 0x74:
          out += "\t";
          break;
        case 0x75: {
          const u1 = this.hex4(p);
          p += 4;
          if (u1 >= 0xdc00 && u1 <= 0xdfff) {
            this.pos = p;
            this.fail("lone leading surrogate in hex escape");
          }
          if (u1 >= 0xd800 && u1 <= 0xdbff) {
            if (t.charCodeAt(p) !== C.Backslash || t.charCodeAt(p + 1) !== 0x75) {
              this.pos = p;
              this.fail("unexpected end of hex escape");
            }
            const u2 = this.hex4(p + 2);
            p += 6;
            if (u2 < 0xdc00 || u2 > 0xdfff) {
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

  private hex4(p: number): number {
    const h = this.text.slice(p, p + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) {
      this.pos = p;
      this.fail(h.length < 4 ? "EOF while parsing a string" : "invalid escape");
    }
    return parseInt(h, 16);
  }

  /** Whether the next value is an array (a struct may be written as one), a string (a unit variant) or an object. */
  atArray(): boolean {
    return this.peek() === C.OpenBracket;
  }

  atString(): boolean {
    return this.peek() === C.Quote;
  }

  atObject(): boolean {
    return this.peek() === C.OpenBrace;
  }

  /** An externally tagged enum's `{"Tag":`: opens the object and reads its single key, the variant's tag. */
  beginVariant(expected: string): string {
    this.beginObject(expected);
    const c = this.peek();
    if (c !== C.Quote) this.fail(c === C.CloseBrace ? "expected a variant key, got an empty object" : "key must be a string");
    const tag = this.readString();
    if (this.peek() !== C.Colon) this.fail("expected `:`");
    this.pos++;
    return tag;
  }

  /** What field() returns at the struct's closing `}` (consumed). */
  static readonly END = -2;
  /** What field() returns for a key that names no field (its value is then skipped). */
  static readonly UNKNOWN = -1;

  /** Open `{`; the caller then loops `field()` / value. */
  beginObject(expected: string): void {
    if (this.peek() !== C.OpenBrace) this.invalidType(expected);
    this.enter();
    this.pos++;
  }

  /**
   * The next key of a struct, as its index in `names` (Reader.UNKNOWN: an unknown key; Reader.END: the closing `}`, consumed).
   * A key without escapes is matched in place, without building a string; `keys[expected]` (the field serde
   * writes next, as `"name":`) is tried first. `first` is true before the first key.
   */
  field(first: boolean, names: readonly string[], keys: readonly string[], expected: number): number {
    let c = this.peek();
    if (c === C.CloseBrace) {
      this.pos++;
      this.leave();
      return Reader.END;
    }
    if (!first) {
      if (c !== C.Comma) this.fail(c === -1 ? "EOF while parsing an object" : "expected `,` or `}`");
      this.pos++;
      c = this.peek();
      if (c === C.CloseBrace) this.fail("trailing comma");
    }
    if (c !== C.Quote) this.fail(c === -1 ? "EOF while parsing an object" : "key must be a string");
    const t = this.text;
    // What serde writes: the expected key, quoted, then a colon (`"index":`): one comparison.
    const key = keys[expected];
    if (key !== undefined && this.textAt(key, this.pos)) {
      this.pos += key.length;
      return expected;
    }
    const start = this.pos + 1;
    let end = start;
    for (let ch = t.charCodeAt(end); ch !== C.Quote; ch = t.charCodeAt(++end)) {
      if (ch === C.Backslash || ch < 0x20 || ch !== ch || (ch >= 0xd800 && ch <= 0xdfff)) {
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
      if (likely !== undefined && likely.length === length && this.textAt(likely, start)) index = expected;
      else
        for (let i = 0; i < names.length; i++) {
          const name = names[i]!;
          if (name.length === length && this.textAt(name, start)) {
            index = i;
            break;
          }
        }
      this.pos = end + 1;
    }
    if (this.peek() !== C.Colon) this.fail(this.pos >= t.length ? "EOF while parsing an object" : "expected `:`");
    this.pos++;
    return index;
  }

  beginArray(expected: string): void {
    if (this.peek() !== C.OpenBracket) this.invalidType(expected);
    this.enter();
    this.pos++;
  }

  /** Whether another element follows (consuming the comma); false at `]` (consumed). */
  more(first: boolean): boolean {
    const c = this.peek();
    if (c === C.CloseBracket) {
      this.pos++;
      this.leave();
      return false;
    }
    if (!first) {
      if (c !== C.Comma) this.fail(c === -1 ? "EOF while parsing a list" : "expected `,` or `]`");
      this.pos++;
      if (this.peek() === C.CloseBracket) this.fail("trailing comma");
    } else if (c === -1) {
      this.fail("EOF while parsing a list");
    }
    return true;
  }

  /** After a fixed-length sequence (tuple, struct as array): `]` must follow. */
  endArray(expected: string): void {
    const c = this.peek();
    if (c === C.CloseBracket) {
      this.pos++;
      this.leave();
      return;
    }
    if (c === C.Comma) {
      this.pos++;
      this.fail(this.peek() === C.CloseBracket ? "trailing comma" : `trailing characters: more elements than ${expected}`);
    }
    this.fail(c === -1 ? "EOF while parsing a list" : "trailing characters");
  }

  /** After an externally tagged enum's `{"Tag": value`: `}` must follow. */
  endTag(): void {
    const c = this.peek();
    if (c === C.CloseBrace) {
      this.pos++;
      this.leave();
      return;
    }
    this.fail(c === -1 ? "EOF while parsing an object" : "expected `}` after the single variant key (an enum value has exactly one key)");
  }

  /** Where the reader is, to come back to: an enum whose tag may follow its content reads that content later. */
  mark(): Mark {
    return { pos: this.pos, path: this.path.length, depth: this.depth };
  }

  reset(m: Mark): void {
    this.pos = m.pos;
    this.path.length = m.path;
    this.depth = m.depth;
  }

  /** `read` at `m`, then back to where the reader is now. */
  readAt<T>(m: Mark, read: (r: Reader) => T): T {
    const here = this.mark();
    this.reset(m);
    const value = read(this);
    this.reset(here);
    return value;
  }

  /** >0 while reading a value serde buffered first (its `Content`): there an f32 is read as an f64, then cast. */
  private buffered = 0;

  /** Up to where buffered values were already checked (see skipBuffered). */
  checkedTo = -1;

  /** Whether the reader is inside a value serde buffered first (see fromContent). */
  get inBuffer(): boolean {
    return this.buffered > 0;
  }

  /** Whether the innermost buffered value is read as an untagged enum reads it (serde's ContentRefDeserializer). */
  private byRef = false;

  /**
   * `read`, as serde reads a value it buffered first (internally tagged and untagged enums, early adjacent content).
   * `byRef`: an untagged enum's variant, which serde reads through ContentRefDeserializer rather than ContentDeserializer.
   */
  fromContent<T>(read: (r: Reader) => T, byRef = false): T {
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
  readUnit(expected: string): null {
    if (this.buffered > 0 && !this.byRef && this.peek() === C.OpenBrace) {
      const start = this.pos++;
      if (this.peek() === C.CloseBrace) {
        this.pos++;
        return null;
      }
      this.pos = start;
    }
    return this.readNull(expected);
  }

  /** Check and skip any JSON value (an unknown field), as serde's IgnoredAny does; iterative, so depth costs no stack. */
  skip(): void {
    const t = this.text;
    const closers: number[] = [];
    for (;;) {
      let c = this.peek();
      if (c === C.OpenBrace || c === C.OpenBracket) {
        if (closers.length + 1 >= this.skipDepth) this.fail("nesting too deep in an ignored value (maxDepth)");
        this.pos++;
        const close = c === C.OpenBrace ? C.CloseBrace : C.CloseBracket;
        if (this.peek() === close) {
          this.pos++;
        } else {
          closers.push(close);
          if (close === C.CloseBrace) this.skipKey();
          continue;
        }
      } else if (c === C.Quote) {
        this.skipString();
      } else if (c === 0x74) {
        this.literal("true");
      } else if (c === 0x66) {
        this.literal("false");
      } else if (c === 0x6e) {
        this.literal("null");
      } else {
        if (c === -1) this.fail("EOF while parsing a value");
        NUMBER_TOKEN.lastIndex = this.pos;
        if (!NUMBER_TOKEN.test(t)) this.fail(c === 0x2d || (c >= 0x30 && c <= 0x39) ? "invalid number" : "expected value");
        this.pos = NUMBER_TOKEN.lastIndex;
        const n = t.charCodeAt(this.pos);
        if (n >= 0x30 && n <= 0x39) this.fail("invalid number");
      }
      // After a value: close finished containers, or step over a comma to the next value.
      for (;;) {
        const close = closers[closers.length - 1];
        if (close === undefined) return;
        c = this.peek();
        if (c === close) {
          this.pos++;
          closers.pop();
          continue;
        }
        if (c !== C.Comma) this.fail(c === -1 ? "EOF while parsing a value" : close === C.CloseBrace ? "expected `,` or `}`" : "expected `,` or `]`");
        this.pos++;
        if (close === C.CloseBrace) this.skipKey();
        else if (this.peek() === C.CloseBracket) this.fail("trailing comma");
        break;
      }
    }
  }

  private skipKey(): void {
    const c = this.peek();
    if (c === C.CloseBrace) this.fail("trailing comma");
    if (c !== C.Quote) this.fail(c === -1 ? "EOF while parsing an object" : "key must be a string");
    this.skipString();
    if (this.peek() !== C.Colon) this.fail("expected `:`");
    this.pos++;
  }

  private skipString(): void {
    // serde's IgnoredAny validates escapes but does not pair surrogates.
    const t = this.text;
    let p = this.pos + 1;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c !== c) {
        this.pos = p;
        this.fail("EOF while parsing a string");
      }
      if (c === C.Quote) break;
      if (c < 0x20) {
        this.pos = p;
        this.fail("control character (\\u0000-\\u001F) found while parsing a string");
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        if (c > 0xdbff || !(t.charCodeAt(p + 1) >= 0xdc00 && t.charCodeAt(p + 1) <= 0xdfff)) {
          this.pos = p;
          this.fail("message is not valid Unicode (lone surrogate)");
        }
        p += 2;
        continue;
      }
      if (c === C.Backslash) {
        const e = t.charCodeAt(p + 1);
        if (e === 0x75) {
          this.hex4(p + 2);
          p += 6;
          continue;
        }
        if (e !== 0x22 && e !== 0x5c && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) {
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

  private literal(word: string): void {
    if (!this.textAt(word, this.pos)) this.fail("expected ident");
    this.pos += word.length;
  }
}

/**
 * A string, as a list, map or tuple reads its elements. The generated code passes this and the type readers themselves,
 * never a closure made per call: optimized code that saw such a closure is thrown away when a full GC frees it.
 */
export function readStringElement(r: Reader): string {
  return r.readString();
}

/**
 * The handler an enum's `match` calls for `tag`; a ProtoError (ValidationError) naming the tag when the enum has no such
 * variant (a value built by hand, or cast) or the handlers lack it, instead of a TypeError from calling undefined.
 */
export function matchHandler<H>(cases: object, tag: unknown, enumName: string, variants: readonly string[]): H {
  if (typeof tag === "string" && variants.includes(tag)) {
    const handler: unknown = (cases as Record<string, unknown>)[tag];
    if (typeof handler === "function") return handler as H;
    throw new ProtoError("ValidationError", `${enumName}.match was given no handler for variant ${quoted(tag)}`);
  }
  const what = typeof tag === "string" ? `unknown variant ${quoted(tag)}` : `a value without a variant tag (${describe(tag)})`;
  throw new ProtoError("ValidationError", `${enumName}.match got ${what}, expected one of ${variants.map((v) => `\`${v}\``).join(", ")}`);
}

/** A `Vec<T>`: a JSON array, each element read by `item`. */
/**
 * A struct written as an array of its fields, in declaration order, as serde also accepts: each element read by its
 * field's reader (`first` false: the array began already); `expected` says "struct X with N elements", as serde does.
 */
export function readStructSeq(r: Reader, first: boolean, expected: string, fields: readonly ((r: Reader) => unknown)[]): unknown[] {
  if (first) r.beginArray(expected);
  const values: unknown[] = [];
  for (let i = 0; i < fields.length; i++) {
    if (!r.more(i === 0 && first)) r.fail(`invalid length ${i}, expected ${expected}`);
    r.path.push(i);
    values.push(fields[i]!(r));
    r.path.pop();
  }
  r.endArray(expected);
  return values;
}

export function readList<T>(r: Reader, item: (r: Reader) => T): T[] {
  if (item === (readStringElement as unknown)) {
    const strings = r.readStringList();
    if (strings !== undefined) return strings as T[];
  }
  r.beginArray("a sequence");
  const out: T[] = [];
  for (let first = true; r.more(first); first = false) {
    if (out.length >= r.maxList) r.fail(`list longer than ${r.maxList} elements (maxListLength)`);
    r.path.push(out.length);
    out.push(item(r));
    r.path.pop();
  }
  return out;
}

// ---- what only the representations beyond serde's defaults read (module functions, so bundles drop them) ----

/**
 * Skip the value at the reader as serde buffers it (skipContent), unless a buffered value around or before it was
 * already checked up to here: serde buffers once and does not read the values inside from the text again, so
 * nested buffered values stay linear. `checkedTo` only grows, past values that skipContent checked.
 */
export function skipBuffered(r: Reader): void {
  if (r.pos < r.checkedTo) return r.skip();
  skipContent(r);
  r.checkedTo = r.pos;
}

/** skipBuffered over the value at the reader, then back to it: an untagged enum checks the value before trying variants. */
export function checkBuffered(r: Reader): void {
  if (r.pos < r.checkedTo) return; // checked, and there is nothing to move past
  const start = r.mark();
  skipBuffered(r);
  r.reset(start);
}

/** An unsigned integer token (no sign, fraction or exponent), or undefined with nothing consumed. */
export function readIndex(r: Reader): bigint | undefined {
  const c = r.peek();
  if (!(c >= 0x30 && c <= 0x39)) return undefined;
  NUMBER_TOKEN.lastIndex = r.pos;
  if (!NUMBER_TOKEN.test(r.text)) return undefined;
  const token = r.text.slice(r.pos, NUMBER_TOKEN.lastIndex);
  if (!/^\d+$/.test(token) || token.length > 20 || BigInt(token) > U64_MAX) return undefined;
  r.pos = NUMBER_TOKEN.lastIndex;
  return BigInt(token);
}

/**
 * An f64 (or, with `f32`, an f32) as serde_json (with float_roundtrip) reads it: any JSON number,
 * integers included, correctly rounded; beyond the type's range is "number out of range". From
 * buffered content serde casts what it kept (`as f32`): an integer once, but a fraction or exponent
 * was read as an f64 first (double rounding, and ±infinity past f32's range).
 */
export function readFloat(r: Reader, f32: boolean): number {
  const c = r.peek();
  if (!(c === 0x2d || (c >= 0x30 && c <= 0x39))) return r.invalidType(f32 ? "f32" : "f64");
  NUMBER_TOKEN.lastIndex = r.pos;
  if (!NUMBER_TOKEN.test(r.text)) r.fail("invalid number");
  const end = NUMBER_TOKEN.lastIndex;
  const n = r.text.charCodeAt(end);
  if (n >= 0x30 && n <= 0x39) r.fail("invalid number");
  const token = r.text.slice(r.pos, end);
  const value = Number(token);
  if (!Number.isFinite(value)) r.fail("number out of range");
  let out = value;
  if (f32) {
    // Buffered, serde keeps an integer token within u64/i64 as an integer and casts it once; any other number as an f64.
    const exact = !r.inBuffer || (token.length <= 21 && /^-?\d+$/.test(token) && token !== "-0" && BigInt(token) <= U64_MAX && BigInt(token) >= I64_MIN);
    out = exact ? roundToF32(token, value) : Math.fround(value);
    if (!Number.isFinite(out) && !r.inBuffer) r.fail("number out of range");
  }
  r.pos = end;
  return out;
}

/**
 * Check and skip a value as serde buffers it (its `Content`) for an internally tagged or untagged enum or
 * an adjacently tagged enum's early content: unlike IgnoredAny, strings and keys must be well formed
 * (no lone surrogate escape) and numbers must fit an f64.
 */
export function skipContent(r: Reader): void {
  const c = r.peek();
  if (c === C.OpenBrace) {
    r.beginObject("a value");
    for (let first = true, key = nextKey(r, true); key !== null; first = false, key = nextKey(r, first)) skipContent(r);
    return;
  }
  if (c === C.OpenBracket) {
    r.beginArray("a value");
    for (let first = true; r.more(first); first = false) skipContent(r);
    return;
  }
  if (c === C.Quote) r.readString();
  else if (c === 0x74 || c === 0x66) r.readBool();
  else if (c === 0x6e) r.readNull();
  else if (c === -1) r.fail("EOF while parsing a value");
  else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) readFloat(r, false);
  else r.fail("expected value");
}

/** A map key and its colon (after a comma, when not `first`, has been consumed). */
export function readKey(r: Reader, first: boolean): string {
  const c = r.peek();
  if (c === C.CloseBrace && !first) r.fail("trailing comma");
  if (c !== C.Quote) r.fail(c === -1 ? "EOF while parsing an object" : "key must be a string");
  const key = r.readString();
  if (r.peek() !== C.Colon) r.fail(r.pos >= r.text.length ? "EOF while parsing an object" : "expected `:`");
  r.pos++;
  return key;
}

/** The keys of an object one by one (null at its `}`, consumed); call `value` handling between keys. */
export function nextKey(r: Reader, first: boolean): string | null {
  const c = r.peek();
  if (c === C.CloseBrace) {
    r.pos++;
    r.leave();
    return null;
  }
  if (!first) {
    if (c !== C.Comma) r.fail(c === -1 ? "EOF while parsing an object" : "expected `,` or `}`");
    r.pos++;
  }
  return readKey(r, first);
}

/**
 * A `HashMap<String, T>`: a JSON object; a repeated key keeps its last value, as HashMap::insert does. The map is a
 * null-prototype object: it holds its keys and nothing else (`"constructor" in map` is false, `__proto__` is a key).
 */
export function readMap<T>(r: Reader, value: (r: Reader) => T): Record<string, T> {
  r.beginObject("a map");
  const out = Object.create(null) as Record<string, T>;
  for (let first = true, key = nextKey(r, true); key !== null; first = false, key = nextKey(r, first)) {
    r.path.push(key);
    const v = value(r);
    r.path.pop();
    out[key] = v;
  }
  return out;
}

/** A variant tag: one of `tags`, or (an open enum) any other string, read as the catch-all `other`. */
export function readTag(r: Reader, tags: readonly string[], other: string | undefined, kind: ProtoErrorKind = "InvalidMessage"): string {
  // Read from serde's buffered Content, an integer tag (a u64) is the variant's index, as serde_derive's identifiers accept.
  const index = r.inBuffer ? readIndex(r) : undefined;
  if (index !== undefined) {
    if (index < BigInt(tags.length)) return tags[Number(index)]!;
    if (other !== undefined) return other;
    return r.fail(`invalid value: integer \`${index}\`, expected variant index 0 <= i < ${tags.length}`);
  }
  const tag = r.readString("variant identifier");
  if (tags.includes(tag)) return tag;
  if (other !== undefined) return other;
  return r.fail(`unknown variant ${quoted(tag)}, expected one of ${tags.map((t) => `\`${t}\``).join(", ")}`, kind);
}

/**
 * An internally tagged enum's tag, wherever it is in the object, checking the other entries as serde
 * buffers them. Leaves the reader past the object: the caller resets it to read the variant.
 */
export function findTag(r: Reader, key: string, tags: readonly string[], other: string | undefined, kind: ProtoErrorKind = "InvalidMessage"): string {
  r.beginObject(`internally tagged enum`);
  let tag: string | undefined;
  for (let first = true, k = nextKey(r, true); k !== null; first = false, k = nextKey(r, first)) {
    r.path.push(k);
    if (k === key) {
      if (tag !== undefined) r.fail(`duplicate field \`${key}\``);
      tag = readTag(r, tags, other, kind);
    } else {
      skipBuffered(r);
    }
    r.path.pop();
  }
  return tag ?? r.fail(`missing field \`${key}\``);
}

/** A tuple: a JSON array of exactly `items.length` elements. */
export function readTuple(r: Reader, items: readonly ((r: Reader) => unknown)[]): unknown[] {
  const expected = `a tuple of size ${items.length}`;
  r.beginArray(expected);
  const out: unknown[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!r.more(i === 0)) r.fail(`invalid length ${i}, expected ${expected}`);
    r.path.push(i);
    out.push(items[i]!(r));
    r.path.pop();
  }
  r.endArray(expected);
  return out;
}

// ---- writing: serde_json::to_string, compact, fields in declaration order ----

// eslint-disable-next-line no-control-regex -- what JSON.stringify (and serde_json) escape, plus surrogates
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Raised inside a serializer; the exported function turns it into a located ProtoError. */
export class WriteFailure extends Error {}

/** A JSON pointer segment: `~` and `/` escaped. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * The first place where a value cannot be data of any type, as a pointer and a message: a property that throws when
 * read (a getter, a Proxy trap), a cycle, or arrays and objects nested DEFAULT_MAX_DEPTH deep (serde_json reads 127
 * levels, as parseX does). Visits arrays and plain objects only (anything else is refused by the type's checks), to
 * depth 128 at most, and at most `budget` of them; never throws. Serializers and validators of a recursive type run
 * it first (their own checks recurse with the value); the others, after a check threw, to say where.
 */
export function shapeProblem(value: unknown, budget: number = Infinity): { pointer: string; message: string } | undefined {
  const path: (string | number)[] = [];
  const ancestors: object[] = [];
  const pointer = (to: number) =>
    path
      .slice(0, to)
      .map((k) => `/${pointerSegment(k)}`)
      .join("");
  const at = (message: string) => ({ pointer: pointer(path.length), message });
  let left = budget;
  const visit = (v: unknown): { pointer: string; message: string } | undefined => {
    if (typeof v !== "object" || v === null) return undefined;
    let keys: string[] | undefined;
    let count: number;
    try {
      const isArray = Array.isArray(v);
      if (!isArray && !isPlainObject(v)) return undefined;
      const back = ancestors.indexOf(v);
      if (back !== -1) return at(`a cycle: the value contains itself (it is the value at ${back === 0 ? "the root" : clip(pointer(back))})`);
      if (ancestors.length + 1 >= DEFAULT_MAX_DEPTH)
        return at(`nested ${DEFAULT_MAX_DEPTH} levels deep, deeper than serde_json reads (${DEFAULT_MAX_DEPTH - 1})`);
      if (--left < 0) return undefined;
      if (isArray) count = (v as unknown[]).length;
      else count = (keys = Object.keys(v)).length;
    } catch (e) {
      return at(`the value cannot be read: ${describeError(e)}`);
    }
    ancestors.push(v);
    for (let i = 0; i < count; i++) {
      const key = keys === undefined ? i : keys[i]!;
      path.push(key);
      let x: unknown;
      try {
        x = (v as Record<string | number, unknown>)[key];
      } catch (e) {
        return at(`the value cannot be read: ${describeError(e)}`);
      }
      const problem = visit(x);
      if (problem) return problem;
      path.pop();
    }
    ancestors.pop();
    return undefined;
  };
  return visit(value);
}

export function writeString(v: unknown): string {
  if (typeof v !== "string") throw new WriteFailure(`expected a string, got ${describe(v)}`);
  if (!NEEDS_ESCAPING.test(v)) return `"${v}"`;
  // JSON.stringify escapes exactly as serde_json does for well-formed strings; a Rust String cannot hold a lone surrogate.
  if (!v.isWellFormed()) throw new WriteFailure("string holds a lone surrogate, which a Rust String cannot");
  return JSON.stringify(v);
}

/**
 * A list of well-formed strings by one native JSON.stringify, which escapes as serde_json does; undefined when some
 * element is not one (writeList then refuses it, element by element). The elements are copied first, each read once,
 * so JSON.stringify sees only the strings checked here (no getter, no toJSON of the array's own).
 */
function writeStrings(v: unknown[]): string | undefined {
  const copy: string[] = new Array<string>(v.length);
  for (let i = 0; i < v.length; i++) {
    const s = v[i];
    if (typeof s !== "string" || !s.isWellFormed()) return undefined;
    copy[i] = s;
  }
  return (copy as { toJSON?: unknown }).toJSON === undefined ? JSON.stringify(copy) : undefined;
}

export function writeBool(v: unknown): string {
  if (v === true) return "true";
  if (v === false) return "false";
  throw new WriteFailure(`expected a boolean, got ${describe(v)}`);
}

export function writeInt(v: unknown, min: number, max: number, rust: string): string {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    throw new WriteFailure(`expected an integer in ${rust}'s range ${min}..=${max}, got ${describe(v)}`);
  }
  return v === 0 ? "0" : String(v);
}

export function writeList<T>(v: unknown, item: (x: T) => string): string {
  if (!Array.isArray(v)) throw new WriteFailure(`expected an array, got ${describe(v)}`);
  if (item === (writeString as unknown)) {
    const strings = writeStrings(v);
    if (strings !== undefined) return strings;
  }
  let out = "[";
  for (let i = 0; i < v.length; i++) out += (i === 0 ? "" : ",") + item(v[i] as T);
  return out + "]";
}

export function writeTuple(v: unknown, items: readonly ((x: never) => string)[]): string {
  if (!Array.isArray(v) || v.length !== items.length) throw new WriteFailure(`expected a ${items.length}-element array`);
  let out = "[";
  for (let i = 0; i < items.length; i++) out += (i === 0 ? "" : ",") + items[i]!(v[i] as never);
  return out + "]";
}

/** Code point order, which is UTF-8 byte order: UTF-16 order differs where a surrogate pair meets U+E000–U+FFFF. */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    return xs === ys ? x - y : xs ? 1 : -1;
  }
  return a.length - b.length;
}

/** A struct's JSON with `entry` (an internally tagged enum's `"tag":"Name"`) first, as serde writes it. */
export function withTag(entry: string, struct: string): string {
  return struct === "{}" ? `{${entry}}` : `{${entry},${struct.slice(1)}`;
}

/** A map with its keys in ascending UTF-8 byte order: the canonical form (serde writes a HashMap in no fixed order). */
export function writeMap<T>(v: unknown, value: (x: T) => string): string {
  if (!isPlainObject(v)) throw new WriteFailure(`expected a map as a plain object, got ${describe(v)}`);
  const keys = Object.keys(v).sort(compareUtf8);
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    out += (i === 0 ? "" : ",") + writeString(k) + ":" + value((v as Record<string, T>)[k]!);
  }
  return out + "}";
}

export function expectObject(v: unknown, what: string): void {
  if (!isPlainObject(v)) throw new WriteFailure(`expected ${what} as a plain object, got ${describe(v)}`);
}

/** The single key of an externally tagged enum value, or a WriteFailure. */
export function tagOf(v: object): string {
  let tag: string | undefined;
  for (const k in v) {
    if (tag !== undefined) throw new WriteFailure("an enum value has exactly one key (its variant)");
    tag = k;
  }
  if (tag === undefined) throw new WriteFailure("an enum value has exactly one key (its variant), got none");
  return tag;
}
