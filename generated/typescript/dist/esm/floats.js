import { WriteFailure, compareDecimal, describe } from "./runtime.js";
function shortest64(x) {
  const [mantissa, exponent] = x.toExponential().split("e");
  return { digits: mantissa.replace(".", ""), point: Number(exponent) + 1 };
}
function shortest32(x) {
  for (let precision = 1; precision <= 9; precision++) {
    const [mantissa, exponent] = x.toExponential(precision - 1).split("e");
    const base = BigInt(mantissa.replace(".", ""));
    const exp10 = Number(exponent) - precision + 1;
    let best;
    for (const candidate of [base - 1n, base, base + 1n]) {
      const text = String(candidate);
      if (candidate <= 0n || text.length !== precision) continue;
      if (Math.fround(Number(`${text}e${exp10}`)) !== x) continue;
      best = best === void 0 ? candidate : closer(best, candidate, exp10, x);
    }
    if (best !== void 0) return { digits: String(best).replace(/0+$/, "") || "0", point: Number(exponent) + 1 };
  }
  return shortest64(x);
}
function closer(a, b, exp10, x) {
  const midpointVsX = compareDecimal(`${a + b}e${exp10}`, 2 * x);
  if (midpointVsX !== 0) return midpointVsX > 0 ? a : b;
  return a % 2n === 0n ? a : b;
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
  if (typeof v !== "number") throw new WriteFailure(`expected a number (f64), got ${describe(v)}`);
  if (!Number.isFinite(v)) return "null";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const { digits, point } = shortest64(Math.abs(v));
  return layout(v < 0, digits, point, -5, 16);
}
function writeF32(v) {
  if (typeof v !== "number") throw new WriteFailure(`expected a number (f32), got ${describe(v)}`);
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
//# sourceMappingURL=floats.js.map
