// f32/f64 as serde_json reads and writes them: read as the nearest double (f32: then rounded to f32,
// as Rust's `as f32` does); written in ryu's shortest round-trip form and layout (`1.0`, `1e16`,
// `1.5e-7`), and `null` for NaN and ±infinity, which serde_json writes and cannot read back.
import { WriteFailure, compareDecimal, describe } from "./runtime.js";

/** The shortest digits that read back as `x`, and the decimal exponent: x ≈ 0.d1d2… × 10^point. */
function shortest64(x: number): { digits: string; point: number } {
  const [mantissa, exponent] = x.toExponential().split("e") as [string, string];
  return { digits: mantissa.replace(".", ""), point: Number(exponent) + 1 };
}

/** As shortest64, for a value f32 holds: the fewest digits (closest to x among those) that round to x in f32. */
function shortest32(x: number): { digits: string; point: number } {
  for (let precision = 1; precision <= 9; precision++) {
    const [mantissa, exponent] = x.toExponential(precision - 1).split("e") as [string, string];
    const base = BigInt(mantissa.replace(".", ""));
    const exp10 = Number(exponent) - precision + 1;
    let best: bigint | undefined;
    // The nearest p-digit value may fall outside f32's rounding interval while a neighbour is inside.
    for (const candidate of [base - 1n, base, base + 1n]) {
      const text = String(candidate);
      if (candidate <= 0n || text.length !== precision) continue;
      if (Math.fround(Number(`${text}e${exp10}`)) !== x) continue;
      best = best === undefined ? candidate : closer(best, candidate, exp10, x);
    }
    if (best !== undefined) return { digits: String(best).replace(/0+$/, "") || "0", point: Number(exponent) + 1 };
  }
  return shortest64(x);
}

/** Of two p-digit candidates a < b (× 10^exp10), the one nearer x, exactly; equally near: the even one, as ryu. */
function closer(a: bigint, b: bigint, exp10: number, x: number): bigint {
  const midpointVsX = compareDecimal(`${a + b}e${exp10}`, 2 * x);
  if (midpointVsX !== 0) return midpointVsX > 0 ? a : b;
  return a % 2n === 0n ? a : b;
}

/** ryu's layout (pretty/mod.rs): plain up to `maxPoint` integer digits, `0.000ddd` above `minPoint`, else `d.ddde-x`. */
function layout(negative: boolean, digits: string, point: number, minPoint: number, maxPoint: number): string {
  const sign = negative ? "-" : "";
  const n = digits.length;
  if (n <= point && point <= maxPoint) return `${sign}${digits}${"0".repeat(point - n)}.0`;
  if (0 < point && point <= maxPoint) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  if (minPoint < point && point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  const exponent = point - 1;
  return `${sign}${digits[0]}${n > 1 ? "." + digits.slice(1) : ""}e${exponent}`;
}

export function writeF64(v: unknown): string {
  if (typeof v !== "number") throw new WriteFailure(`expected a number (f64), got ${describe(v)}`);
  if (!Number.isFinite(v)) return "null";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const { digits, point } = shortest64(Math.abs(v));
  return layout(v < 0, digits, point, -5, 16);
}

export function writeF32(v: unknown): string {
  if (typeof v !== "number") throw new WriteFailure(`expected a number (f32), got ${describe(v)}`);
  if (!Number.isFinite(v)) return "null";
  if (Math.fround(v) !== v) throw new WriteFailure(`${v} is not an f32 value (Math.fround would change it); f32 fields hold what Math.fround gives`);
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const { digits, point } = shortest32(Math.abs(v));
  return layout(v < 0, digits, point, -6, 13);
}
