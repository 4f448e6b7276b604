/** A UUID as serde writes it, in JSON text with its quotes (for Reader.readQuoted). */
export declare const CANONICAL_UUID_TOKEN: RegExp;
/** uuid's `Uuid::parse_str`: simple, hyphenated, `{braced}` or `urn:uuid:`, any hex case → lowercase hyphenated. */
export declare function normalizeUuid(s: string): string;
export declare function isCanonicalUuid(s: unknown): s is string;
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
/** chrono 0.4.23's `DateTime<FixedOffset>::from_str`, then `.with_timezone(&Utc)`, as parts. */
export declare function parseTimestampParts(s: string): TimestampParts;
/** The spelling chrono writes: `YYYY-MM-DDTHH:MM:SS[.fff|.ffffff|.fffffffff]Z`. */
export declare function formatTimestamp(p: TimestampParts): string;
/** CANONICAL_4_DIGIT_YEAR's shape in JSON text, with its quotes (for Reader.readQuoted); hasCanonicalFields does the rest. */
export declare const COMMON_TIMESTAMP_TOKEN: RegExp;
/** For a string of CANONICAL_4_DIGIT_YEAR's shape: whether it names a time, spelled as chrono writes it. */
export declare function hasCanonicalFields(s: string): boolean;
/** Any spelling chrono accepts → the one it writes. */
export declare function normalizeTimestamp(s: string): string;
/** Whether a string is exactly what chrono writes for some DateTime<Utc>. */
export declare function isCanonicalTimestamp(s: unknown): s is string;
/** A string's length in Unicode scalar values, as Rust's `chars().count()` (a surrogate pair is one). */
export declare function charCount(s: string): number;
