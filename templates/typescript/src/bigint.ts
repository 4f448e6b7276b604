// u64 and i64 values held as bigints (the generator's setting `u64: bigint`): read and written exactly across the
// Rust type's whole range, in JSON and in bincode. Present only in a package generated with that setting.
import type { Reader } from "./runtime.js";
import { WriteFailure, describe } from "./runtime.js";
import type { BincodeReader, BincodeWriter } from "./bincodeRuntime.js";

const U32_MAX = 4294967295;

/** A token cut short for a message: a message stays one short line whatever the input. */
function clipToken(token: string): string {
  return token.length <= 40 ? token : `${token.slice(0, 40)}… (${token.length} characters)`;
}

/**
 * A u64 or i64: as Reader.readInt reads any integer (no fraction, no exponent, no `-0`, no leading zero), with
 * every value of the Rust type exact. Up to 15 digits the number path converts it (a double holds them exactly).
 */
export function readBigInt(r: Reader, min: bigint, max: bigint, rust: string): bigint {
  let c = r.peek(); // skips whitespace: the number starts after it
  const t = r.text;
  const start = r.pos;
  let p = start;
  if (c === 0x2d) c = t.charCodeAt(++p);
  if (!(c >= 0x30 && c <= 0x39)) return p === start ? r.invalidType(rust) : r.fail("invalid number");
  const first = p;
  let digits = 0; // the value while it has at most 15 digits, which a double holds exactly
  if (c === 0x30) p++;
  else {
    while (c >= 0x30 && c <= 0x39) {
      digits = digits * 10 + (c - 0x30);
      c = t.charCodeAt(++p);
    }
  }
  const next = t.charCodeAt(p);
  if (next >= 0x30 && next <= 0x39) r.fail("invalid number"); // a leading zero
  // serde_json reads a fraction, an exponent or `-0` as a float, which no integer type accepts.
  const negative = first !== start;
  if (next === 0x2e || next === 0x65 || next === 0x45 || (negative && p - first === 1 && digits === 0)) return r.invalidType(rust);
  // Over 20 digits is beyond every Rust integer; BigInt of a long digit run would take superlinear time.
  const value = p - first > 20 ? undefined : p - first <= 15 ? BigInt(negative ? -digits : digits) : BigInt(t.slice(start, p));
  if (value === undefined || value < min || value > max) r.fail(`invalid value: integer \`${clipToken(t.slice(start, p))}\`, expected ${rust}`);
  r.pos = p;
  return value;
}

/** A u64 or i64 as serde_json writes it: its digits. Anything but a bigint in the type's range is refused. */
export function writeBigInt(v: unknown, min: bigint, max: bigint, rust: string): string {
  if (typeof v !== "bigint" || v < min || v > max) throw new WriteFailure(`expected a bigint in ${rust}'s range ${min}..=${max}, got ${describe(v)}`);
  return v.toString();
}

/** bincode: eight bytes, little-endian, written as its low and high 32-bit halves. */
export function encBigInt(w: BincodeWriter, v: unknown, rust: "u64" | "i64", min: bigint, max: bigint): void {
  if (typeof v !== "bigint" || v < min || v > max) throw new WriteFailure(`expected a bigint in ${rust}'s range ${min}..=${max}, got ${describe(v)}`);
  const bits = BigInt.asUintN(64, v);
  w.int(Number(bits & 0xffffffffn), "u32", 0, U32_MAX);
  w.int(Number(bits >> 32n), "u32", 0, U32_MAX);
}

/** bincode: eight bytes, little-endian; every value of the type. */
export function decBigInt(r: BincodeReader, rust: "u64" | "i64"): bigint {
  const low = BigInt(r.int("u32", 0, U32_MAX));
  const bits = (BigInt(r.int("u32", 0, U32_MAX)) << 32n) | low;
  return rust === "i64" ? BigInt.asIntN(64, bits) : bits;
}
