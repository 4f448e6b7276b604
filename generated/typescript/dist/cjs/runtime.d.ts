/** The kinds of error a parser, serializer or validator reports. */
export type ProtoErrorKind = "InvalidMessage" | "ValidationError" | "SerializationError" | "UnknownMessageType";
/** Thrown by every parse and serialize function: a kind, a JSON pointer and a one-line message. */
export declare class ProtoError extends Error {
    readonly kind: ProtoErrorKind;
    /** JSON pointer of the offending value ("" is the whole message). */
    readonly pointer: string;
    /** Character offset in the parsed text, when parsing. */
    readonly offset: number | undefined;
    constructor(kind: ProtoErrorKind, message: string, pointer?: string, offset?: number);
    /** The message without kind and pointer. */
    readonly detail: string;
    /** serde's externally tagged form, e.g. `{"InvalidMessage":"..."}`. */
    toJSON(): {
        [kind: string]: string;
    };
}
/**
 * A ProtoError for bad input (a message on the wire), without a stack trace: its pointer and offset locate the
 * problem, and capturing a stack was half the cost of rejecting a message (V8). Errors from misusing the API (a
 * serializer given a bad value, a match on a value that is no variant) are plain `new ProtoError` and keep their stack.
 */
export declare function inputError(kind: ProtoErrorKind, message: string, pointer?: string, offset?: number): ProtoError;
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
/**
 * A limit (`name`: where it is, e.g. `ParseOptions.maxBytes`) must be a non-negative number (Infinity allowed): NaN or
 * a negative value would switch it off silently.
 */
export declare function limit(value: unknown, name: string, fallback: number): number;
/** A token or string quoted in an error message, cut short: a message stays one short line whatever the input. */
export declare function quoted(s: string): string;
/**
 * A value as an error message shows it, whatever it is: a string quoted (cut short), a number as written, a kind for
 * anything else (`a BigInt (12n)`, `a Map`, `an array of 3 elements`). Never throws and never reads further than one
 * level (no getter beyond `length` of an array, no toJSON, no toString).
 */
export declare function describe(v: unknown): string;
/** What an exception says (a getter's, a Proxy trap's), cut short; never throws. */
export declare function describeError(e: unknown): string;
/** An object literal, JSON.parse's output or Object.create(null): a prototype of null or one without a prototype (Object.prototype, of any realm). */
export declare function isPlainObject(v: unknown): v is Record<string, unknown>;
/**
 * The bytes of a Uint8Array, an ArrayBuffer or a DataView, and their number; undefined for anything else. Measured
 * with the built-in getters (as TextDecoder reads the internal slots): an own `length` or a subclass cannot lie.
 */
export declare function bytesOf(input: unknown): {
    bytes: Uint8Array;
    length: number;
} | undefined;
/** Compare a non-negative JSON number token with a double, exactly. */
export declare function compareDecimal(token: string, x: number): number;
/** A saved reader position (see Reader.mark). */
export interface Mark {
    readonly pos: number;
    readonly path: number;
    readonly depth: number;
}
/** A cursor over one JSON text, read by the generated, type-directed decoders. */
export declare class Reader {
    pos: number;
    /** The path to the value being read, for error pointers. */
    readonly path: (string | number)[];
    private depth;
    private readonly skipDepth;
    readonly maxList: number;
    readonly text: string;
    /** Whether the text is known to be valid Unicode (decoded from UTF-8); a string's surrogates are paired as it is read. */
    private unicodeChecked;
    /** Whether readStringList may try its fast path: false once it failed on this text. */
    private stringListsFast;
    constructor(input: ParseInput, options: ParseOptions | undefined);
    fail(message: string, kind?: ProtoErrorKind): never;
    /** Whether `word` is in the text at `p`. (A slice and compare: V8's startsWith with a position measured 2.5× slower.) */
    private textAt;
    /** Skip JSON whitespace (only space, tab, LF, CR) and return the next char code, or -1 at the end. */
    peek(): number;
    /** After the top-level value: only whitespace may follow. */
    end(): void;
    invalidType(expected: string): never;
    enter(): void;
    leave(): void;
    readNull(expected?: string): null;
    /** `null` → true (and consumed); anything else → false. */
    readNullIf(): boolean;
    readBool(): boolean;
    /** An integer of a Rust type: no fraction, no exponent, no `-0`, within [min, max]; u64 also within 2^53−1. */
    readInt(min: number, max: number, rust: string): number;
    /** A JSON string, with serde_json's escapes; rejects lone surrogate escapes and raw control characters. */
    readString(expected?: string): string;
    /**
     * The next value, when it is a string token that `token` (a sticky regex over the token, quotes included) matches:
     * returned without its quotes; undefined, and nothing read, otherwise. One native match for what serde writes.
     */
    readQuoted(token: RegExp): string | undefined;
    /**
     * `regex` (sticky) matched at the reader, where an object may begin (one more level is within maxDepth), or null;
     * nothing is read either way (see canonical.ts).
     */
    matchObject(regex: RegExp): RegExpExecArray | null;
    /**
     * A list of strings as serde writes it (`["…","…"]`, no whitespace), read by JSON.parse in one native pass: undefined,
     * and nothing read, for anything else, which readList then reads (and reports) element by element. JSON.parse of
     * the slice decides it all: it accepts only one complete array, so the slice ends where the array does; it checks
     * every escape and refuses control characters, as serde does; only lone surrogates (which Rust's String cannot hold,
     * and JSON.parse lets through) and the list and depth limits are left to check here.
     */
    readStringList(): string[] | undefined;
    /** The rest of a string that holds an escape (or ends the text): plain runs by the native scan, escapes one by one. */
    private readEscapedString;
    private hex4;
    /** Whether the next value is an array (a struct may be written as one), a string (a unit variant) or an object. */
    atArray(): boolean;
    atString(): boolean;
    atObject(): boolean;
    /** An externally tagged enum's `{"Tag":`: opens the object and reads its single key, the variant's tag. */
    beginVariant(expected: string): string;
    /** What field() returns at the struct's closing `}` (consumed). */
    static readonly END = -2;
    /** What field() returns for a key that names no field (its value is then skipped). */
    static readonly UNKNOWN = -1;
    /** Open `{`; the caller then loops `field()` / value. */
    beginObject(expected: string): void;
    /**
     * The next key of a struct, as its index in `names` (Reader.UNKNOWN: an unknown key; Reader.END: the closing `}`, consumed).
     * A key without escapes is matched in place, without building a string; `keys[expected]` (the field serde
     * writes next, as `"name":`) is tried first. `first` is true before the first key.
     */
    field(first: boolean, names: readonly string[], keys: readonly string[], expected: number): number;
    beginArray(expected: string): void;
    /** Whether another element follows (consuming the comma); false at `]` (consumed). */
    more(first: boolean): boolean;
    /** After a fixed-length sequence (tuple, struct as array): `]` must follow. */
    endArray(expected: string): void;
    /** After an externally tagged enum's `{"Tag": value`: `}` must follow. */
    endTag(): void;
    /** Where the reader is, to come back to: an enum whose tag may follow its content reads that content later. */
    mark(): Mark;
    reset(m: Mark): void;
    /** `read` at `m`, then back to where the reader is now. */
    readAt<T>(m: Mark, read: (r: Reader) => T): T;
    /** >0 while reading a value serde buffered first (its `Content`): there an f32 is read as an f64, then cast. */
    private buffered;
    /** Up to where buffered values were already checked (see skipBuffered). */
    checkedTo: number;
    /** Whether the reader is inside a value serde buffered first (see fromContent). */
    get inBuffer(): boolean;
    /** Whether the innermost buffered value is read as an untagged enum reads it (serde's ContentRefDeserializer). */
    private byRef;
    /**
     * `read`, as serde reads a value it buffered first (internally tagged and untagged enums, early adjacent content).
     * `byRef`: an untagged enum's variant, which serde reads through ContentRefDeserializer rather than ContentDeserializer.
     */
    fromContent<T>(read: (r: Reader) => T, byRef?: boolean): T;
    /**
     * The value of an externally tagged enum's unit variant written as a map (`{"red": null}`): `null`. Where serde
     * buffered it and reads it with its ContentDeserializer (internally tagged, early adjacent content; not an untagged
     * enum's ContentRefDeserializer), an empty map too: serde 1.0.152 reads `{}` as unit there.
     */
    readUnit(expected: string): null;
    /** Check and skip any JSON value (an unknown field), as serde's IgnoredAny does; iterative, so depth costs no stack. */
    skip(): void;
    private skipKey;
    private skipString;
    private literal;
}
/**
 * A string, as a list, map or tuple reads its elements. The generated code passes this and the type readers themselves,
 * never a closure made per call: optimized code that saw such a closure is thrown away when a full GC frees it.
 */
export declare function readStringElement(r: Reader): string;
/**
 * The handler an enum's `match` calls for `tag`; a ProtoError (ValidationError) naming the tag when the enum has no such
 * variant (a value built by hand, or cast) or the handlers lack it, instead of a TypeError from calling undefined.
 */
export declare function matchHandler<H>(cases: object, tag: unknown, enumName: string, variants: readonly string[]): H;
/** A `Vec<T>`: a JSON array, each element read by `item`. */
/**
 * A struct written as an array of its fields, in declaration order, as serde also accepts: each element read by its
 * field's reader (`first` false: the array began already); `expected` says "struct X with N elements", as serde does.
 */
export declare function readStructSeq(r: Reader, first: boolean, expected: string, fields: readonly ((r: Reader) => unknown)[]): unknown[];
export declare function readList<T>(r: Reader, item: (r: Reader) => T): T[];
/**
 * Skip the value at the reader as serde buffers it (skipContent), unless a buffered value around or before it was
 * already checked up to here: serde buffers once and does not read the values inside from the text again, so
 * nested buffered values stay linear. `checkedTo` only grows, past values that skipContent checked.
 */
export declare function skipBuffered(r: Reader): void;
/** skipBuffered over the value at the reader, then back to it: an untagged enum checks the value before trying variants. */
export declare function checkBuffered(r: Reader): void;
/** An unsigned integer token (no sign, fraction or exponent), or undefined with nothing consumed. */
export declare function readIndex(r: Reader): bigint | undefined;
/**
 * An f64 (or, with `f32`, an f32) as serde_json (with float_roundtrip) reads it: any JSON number,
 * integers included, correctly rounded; beyond the type's range is "number out of range". From
 * buffered content serde casts what it kept (`as f32`): an integer once, but a fraction or exponent
 * was read as an f64 first (double rounding, and ±infinity past f32's range).
 */
export declare function readFloat(r: Reader, f32: boolean): number;
/**
 * Check and skip a value as serde buffers it (its `Content`) for an internally tagged or untagged enum or
 * an adjacently tagged enum's early content: unlike IgnoredAny, strings and keys must be well formed
 * (no lone surrogate escape) and numbers must fit an f64.
 */
export declare function skipContent(r: Reader): void;
/** A map key and its colon (after a comma, when not `first`, has been consumed). */
export declare function readKey(r: Reader, first: boolean): string;
/** The keys of an object one by one (null at its `}`, consumed); call `value` handling between keys. */
export declare function nextKey(r: Reader, first: boolean): string | null;
/**
 * A `HashMap<String, T>`: a JSON object; a repeated key keeps its last value, as HashMap::insert does. The map is a
 * null-prototype object: it holds its keys and nothing else (`"constructor" in map` is false, `__proto__` is a key).
 */
export declare function readMap<T>(r: Reader, value: (r: Reader) => T): Record<string, T>;
/** A variant tag: one of `tags`, or (an open enum) any other string, read as the catch-all `other`. */
export declare function readTag(r: Reader, tags: readonly string[], other: string | undefined, kind?: ProtoErrorKind): string;
/**
 * An internally tagged enum's tag, wherever it is in the object, checking the other entries as serde
 * buffers them. Leaves the reader past the object: the caller resets it to read the variant.
 */
export declare function findTag(r: Reader, key: string, tags: readonly string[], other: string | undefined, kind?: ProtoErrorKind): string;
/** A tuple: a JSON array of exactly `items.length` elements. */
export declare function readTuple(r: Reader, items: readonly ((r: Reader) => unknown)[]): unknown[];
/** Raised inside a serializer; the exported function turns it into a located ProtoError. */
export declare class WriteFailure extends Error {
}
/** A JSON pointer segment: `~` and `/` escaped. */
export declare function pointerSegment(key: string | number): string;
/**
 * The first place where a value cannot be data of any type, as a pointer and a message: a property that throws when
 * read (a getter, a Proxy trap), a cycle, or arrays and objects nested DEFAULT_MAX_DEPTH deep (serde_json reads 127
 * levels, as parseX does). Visits arrays and plain objects only (anything else is refused by the type's checks), to
 * depth 128 at most, and at most `budget` of them; never throws. Serializers and validators of a recursive type run
 * it first (their own checks recurse with the value); the others, after a check threw, to say where.
 */
export declare function shapeProblem(value: unknown, budget?: number): {
    pointer: string;
    message: string;
} | undefined;
export declare function writeString(v: unknown): string;
export declare function writeBool(v: unknown): string;
export declare function writeInt(v: unknown, min: number, max: number, rust: string): string;
export declare function writeList<T>(v: unknown, item: (x: T) => string): string;
export declare function writeTuple(v: unknown, items: readonly ((x: never) => string)[]): string;
/** Code point order, which is UTF-8 byte order: UTF-16 order differs where a surrogate pair meets U+E000–U+FFFF. */
export declare function compareUtf8(a: string, b: string): number;
/** A struct's JSON with `entry` (an internally tagged enum's `"tag":"Name"`) first, as serde writes it. */
export declare function withTag(entry: string, struct: string): string;
/** A map with its keys in ascending UTF-8 byte order: the canonical form (serde writes a HashMap in no fixed order). */
export declare function writeMap<T>(v: unknown, value: (x: T) => string): string;
export declare function expectObject(v: unknown, what: string): void;
/** The single key of an externally tagged enum value, or a WriteFailure. */
export declare function tagOf(v: object): string;
