import type { Decl, EnumDecl, Field, Model, TypeRef, Variant } from "../../model/types.js";
import { assertNever } from "../../model/types.js";
import type { TargetDiagnostic } from "../types.js";

/**
 * A TypeScript number does not say integer, f32 or f64, and serde writes them differently (1 vs 1.0, f32's
 * digits): two variants of an untagged enum whose shapes differ only in that cannot be told apart when
 * serializing. A limit of this target only: the Rust crate knows its types.
 */
export function checkUntaggedNumbers(model: Model): TargetDiagnostic[] {
  const byName = new Map(model.decls.map((d) => [d.name, d]));
  return model.decls.flatMap((d) => (d.kind === "enum" && d.representation === "untagged" ? ambiguous(d, byName) : []));
}

function ambiguous(d: EnumDecl, byName: ReadonlyMap<string, Decl>): TargetDiagnostic[] {
  const exact = d.variants.map((v) => payloadSignature(v.payload, byName, false));
  const blind = d.variants.map((v) => payloadSignature(v.payload, byName, true));
  return d.variants.flatMap((v, j) => {
    const i = blind.findIndex((b, k) => k < j && b === blind[j] && exact[k] !== exact[j]);
    if (i === -1) return [];
    const other = d.variants[i]!;
    return [
      {
        code: "untagged-ambiguous",
        pointer: v.pointer,
        message: `variant ${v.rustName ?? v.name} differs from ${other.rustName ?? other.name} only in integer/f32/f64: a TypeScript number cannot say which a value is, so the TypeScript package could not write it as serde writes it`,
      },
    ];
  });
}

/**
 * A type's shape as TypeScript sees it, through names (structs by their fields, depth-limited); `blind` erases
 * the difference between integer, f32 and f64. Integers of different kinds are written alike, so they share "i".
 */
function payloadSignature(p: Variant["payload"], byName: ReadonlyMap<string, Decl>, blind: boolean): string {
  const fields = (fs: readonly Field[], depth: number): string =>
    `{${[...fs]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((f) => `${f.name}:${sig(f.type, depth)}`)
      .join(",")}}`;
  const sig = (t: TypeRef, depth: number): string => {
    switch (t.kind) {
      case "string":
      case "uuid":
      case "timestamp":
      case "bool":
        return t.kind;
      case "int":
        return blind ? "n" : "i";
      case "float":
        return blind ? "n" : t.float;
      case "option":
      case "list":
      case "map":
        return `${t.kind}(${sig(t.of, depth)})`;
      case "tuple":
        return `(${t.items.map((it) => sig(it, depth)).join(",")})`;
      case "ref": {
        const d = byName.get(t.name);
        if (!d || depth > 8) return `ref ${t.name}`;
        if (d.kind === "struct") return fields(d.fields, depth + 1);
        if (d.kind === "alias") return sig(d.target, depth + 1);
        if (d.kind === "newtype") return sig(d.inner, depth + 1);
        return `enum ${t.name}`;
      }
      default:
        return assertNever(t);
    }
  };
  return p.kind === "unit" ? "null" : p.kind === "struct" ? fields(p.fields, 0) : sig(p.type, 0);
}
