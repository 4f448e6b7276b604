/** The spec's error kinds (claw_proto::ProtoError). */
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
/** Limits a gateway sets on untrusted input. */
export interface ParseOptions {
    /** Largest accepted message, in UTF-16 code units of the text (bytes for a Uint8Array). Default 16 MiB. */
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
/** A token or string quoted in an error message, cut short: a message stays one short line whatever the input. */
export declare function quoted(s: string): string;
/** A cursor over one JSON text, read by the generated, type-directed decoders. */
export declare class Reader {
    pos: number;
    /** The path to the value being read, for error pointers. */
    readonly path: (string | number)[];
    private depth;
    private readonly skipDepth;
    readonly maxList: number;
    readonly text: string;
    constructor(input: string | Uint8Array, options: ParseOptions | undefined);
    fail(message: string, kind?: ProtoErrorKind): never;
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
    private readEscapedString;
    private hex4;
    /** Open `{`; the caller then loops `field()` / value. */
    beginObject(expected: string): void;
    /**
     * The next key of a struct, as its index in `names` (-1: an unknown key; -2: the closing `}`, consumed).
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
    /** Check and skip any JSON value (an unknown field), as serde's IgnoredAny does; iterative, so depth costs no stack. */
    skip(): void;
    private skipKey;
    private skipString;
    private literal;
}
/** A `Vec<T>`: a JSON array, each element read by `item`. */
export declare function readList<T>(r: Reader, item: (r: Reader) => T): T[];
/** A tuple: a JSON array of exactly `items.length` elements. */
export declare function readTuple(r: Reader, items: readonly ((r: Reader) => unknown)[]): unknown[];
/** Raised inside a serializer; the exported function turns it into a located ProtoError. */
export declare class WriteFailure extends Error {
}
export declare function writeString(v: unknown): string;
export declare function writeBool(v: unknown): string;
export declare function writeInt(v: unknown, min: number, max: number, rust: string): string;
export declare function writeList<T>(v: unknown, item: (x: T) => string): string;
export declare function writeTuple(v: unknown, items: readonly ((x: never) => string)[]): string;
export declare function expectObject(v: unknown, what: string): void;
/** The single key of an externally tagged enum value, or a WriteFailure. */
export declare function tagOf(v: object): string;
