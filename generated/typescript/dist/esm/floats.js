import { WriteFailure } from "./runtime.js";
function shortest64(x) {
  const [mantissa, exponent] = x.toExponential().split("e");
  return { digits: mantissa.replace(".", ""), point: Number(exponent) + 1 };
}
function shortest32(x) {
  for (let precision = 1; precision <= 9; precision++) {
    const [mantissa, exponent] = x.toExponential(precision - 1).split("e");
    const base = BigInt(mantissa.replace(".", ""));
    let best;
    for (const candidate of [base - 1n, base, base + 1n]) {
      const text = String(candidate);
      if (candidate <= 0n || text.length !== precision) continue;
      const value = Number(`${text}e${Number(exponent) - precision + 1}`);
      if (Math.fround(value) !== x) continue;
      const error = Math.abs(value - x);
      if (!best || error < best.error) best = { digits: candidate, error };
    }
    if (best) return { digits: String(best.digits).replace(/0+$/, "") || "0", point: Number(exponent) + 1 };
  }
  return shortest64(x);
}
function layout(negative, digits, point, minPoint, maxPoint) {
  const sign = negative ? "-" : "";
  const n = digits.length;
  if (n <= point && point <= maxPoint) return `${sign}${digits}${"0".repeat(point - n)}.0`;
  if (0 < point && point <= maxPoint) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  if (minPoint < point && point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  const exponent = point - 1;
  return `${sign}${digits[0]}${n > 1 ? "." + digits.slice(1) : ""}e${exponent}`;
}
function writeF64(v) {
  if (typeof v !== "number") throw new WriteFailure(`expected a number (f64), got ${typeof v}`);
  if (!Number.isFinite(v)) return "null";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const { digits, point } = shortest64(Math.abs(v));
  return layout(v < 0, digits, point, -5, 16);
}
function writeF32(v) {
  if (typeof v !== "number") throw new WriteFailure(`expected a number (f32), got ${typeof v}`);
  if (!Number.isFinite(v)) return "null";
  if (Math.fround(v) !== v) throw new WriteFailure(`${v} is not an f32 value (Math.fround would change it); f32 fields hold what Math.fround gives`);
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const { digits, point } = shortest32(Math.abs(v));
  return layout(v < 0, digits, point, -6, 13);
}
export {
  writeF32,
  writeF64
};
