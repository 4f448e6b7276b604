var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var floats_exports = {};
__export(floats_exports, {
  writeF32: () => writeF32,
  writeF64: () => writeF64
});
module.exports = __toCommonJS(floats_exports);
var import_runtime = require("./runtime.js");
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
  const midpointVsX = (0, import_runtime.compareDecimal)(`${a + b}e${exp10}`, 2 * x);
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
  if (typeof v !== "number") throw new import_runtime.WriteFailure(`expected a number (f64), got ${(0, import_runtime.describe)(v)}`);
  if (!Number.isFinite(v)) return "null";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const { digits, point } = shortest64(Math.abs(v));
  return layout(v < 0, digits, point, -5, 16);
}
function writeF32(v) {
  if (typeof v !== "number") throw new import_runtime.WriteFailure(`expected a number (f32), got ${(0, import_runtime.describe)(v)}`);
  if (!Number.isFinite(v)) return "null";
  if (Math.fround(v) !== v) throw new import_runtime.WriteFailure(`${v} is not an f32 value (Math.fround would change it); f32 fields hold what Math.fround gives`);
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const { digits, point } = shortest32(Math.abs(v));
  return layout(v < 0, digits, point, -6, 13);
}
//# sourceMappingURL=floats.js.map
