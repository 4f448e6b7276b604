import type { TypeRef } from "../../model/types.js";
import { INT_RANGES, assertNever } from "../../model/types.js";
import type { KindFlags } from "../kindFlags.js";
import { kindFlags } from "../kindFlags.js";

/** A type as the TypeScript templates print it: flags and names, no output text. */
export interface TsTypeView extends KindFlags {
  kind: TypeRef["kind"];
  rust?: string;
  isF32?: boolean;
  /** A u64/i64 held as a bigint (setting `u64: bigint`): min and max are bigint literals (`0n`). */
  isBigInt?: boolean;
  min?: string;
  max?: string;
  name?: string;
  of?: TsTypeView;
  items?: { index: number; type: TsTypeView }[];
  arity?: number;
}

/** How the package holds u64 and i64 values (the target's `u64` setting). */
export type U64Mode = "number" | "bigint";

/** Whether an integer of this Rust type is a bigint in the package. */
export function isBigIntType(t: TypeRef, u64: U64Mode): boolean {
  return u64 === "bigint" && t.kind === "int" && (t.int === "u64" || t.int === "i64");
}

export function typeView(t: TypeRef, u64: U64Mode = "number"): TsTypeView {
  const base: TsTypeView = { kind: t.kind, ...kindFlags(t.kind) };
  const sub = (x: TypeRef) => typeView(x, u64);
  switch (t.kind) {
    case "string":
    case "bool":
    case "uuid":
    case "timestamp":
      return base;
    case "int": {
      if (isBigIntType(t, u64)) {
        const range = INT_RANGES[t.int];
        return { ...base, rust: t.int, isBigInt: true, min: `${range.min}n`, max: `${range.max}n` };
      }
      // u64/i64 values live in JS numbers: their range is cut to the safe integers (see README).
      const range = INT_RANGES[t.int];
      const clamp = (v: string) =>
        BigInt(v) > BigInt(Number.MAX_SAFE_INTEGER)
          ? String(Number.MAX_SAFE_INTEGER)
          : BigInt(v) < BigInt(Number.MIN_SAFE_INTEGER)
            ? String(Number.MIN_SAFE_INTEGER)
            : v;
      return { ...base, rust: t.int, min: clamp(range.min), max: clamp(range.max) };
    }
    case "float":
      return { ...base, rust: t.float, isF32: t.float === "f32" };
    case "ref":
      return { ...base, name: t.name };
    case "option":
    case "list":
    case "map":
      return { ...base, of: sub(t.of) };
    case "tuple":
      return { ...base, arity: t.items.length, items: t.items.map((it, index) => ({ index, type: sub(it) })) };
    default:
      return assertNever(t);
  }
}
