/** Limits a reader sets on untrusted input. */
export interface BincodeOptions {
    /** Longest accepted list (its length prefix is checked before any item is read). Default 1,000,000. */
    maxListLength?: number;
}
export type IntKind = "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64";
/** Appends values in bincode's layout; throws WriteFailure on a value that is not valid. */
export declare class BincodeWriter {
    private buf;
    private view;
    private len;
    /** Room for `n` more bytes; returns where they start. Call it before reading `buf` or `view`: it may replace them. */
    private reserve;
    private byte;
    /** The bytes written so far. */
    bytes(): Uint8Array;
    int(v: unknown, kind: IntKind, min: number, max: number): void;
    /** A length prefix (String, Vec, bytes): u64. */
    private length;
    bool(v: unknown): void;
    string(v: unknown): void;
    /** uuid serializes itself as 16 bytes in non-human-readable formats. */
    uuid(v: unknown): void;
    /** chrono serializes DateTime<Utc> as its RFC 3339 text in every format. */
    timestamp(v: unknown): void;
    option<T>(v: unknown, some: (x: T) => void): void;
    /** f32/f64: IEEE 754 little-endian; NaN and infinities too (bincode, unlike JSON, carries them). */
    float(v: unknown, f32: boolean): void;
    /** A HashMap: u64 length + key/value pairs, keys in the canonical (UTF-8 byte) order. */
    map<T>(v: unknown, value: (x: T) => void): void;
    list<T>(v: unknown, item: (x: T) => void): void;
    tuple(v: unknown, items: readonly ((x: never) => void)[]): void;
    /** An enum variant's index, before its payload. */
    variant(index: number): void;
}
/**
 * Reads values in bincode's layout, failing with a ProtoError (InvalidMessage) whose pointer is the
 * path to the value. Like `bincode::deserialize`, it ignores bytes after the value.
 */
export declare class BincodeReader {
    private readonly bytes;
    private pos;
    private readonly view;
    private readonly path;
    private readonly maxList;
    constructor(bytes: Uint8Array, options: BincodeOptions | undefined);
    fail(message: string): never;
    private take;
    /** Read a value with `segment` on the error path. */
    field<T>(segment: string | number, read: () => T): T;
    int(kind: IntKind, min: number, max: number): number;
    private length;
    bool(): boolean;
    string(): string;
    uuid(): string;
    /** chrono parses the text with its relaxed RFC 3339 parser; the value comes back in canonical form. */
    timestamp(): string;
    option<T>(some: () => T): T | null;
    float(f32: boolean): number;
    map<T>(value: () => T): Record<string, T>;
    list<T>(item: () => T): T[];
    tuple(items: readonly (() => unknown)[]): unknown[];
    /** An enum's variant index; `count` variants exist. */
    variant(count: number, what: string): number;
}
