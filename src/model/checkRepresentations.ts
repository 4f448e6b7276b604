import type { Diagnostic } from "../diagnostics.js";
import type { Decl, EnumDecl, Field, TypeRef, Variant } from "./types.js";
import { assertNever } from "./types.js";
import { resolveType } from "./walk.js";

type MakeDiagnostic = (code: string, pointer: string, message: string) => Diagnostic;

/** What serde_derive refuses at compile time (or fails on at run time), and what TypeScript could not tell apart. */
export function checkRepresentations(decls: Decl[], make: MakeDiagnostic): Diagnostic[] {
  const byName = new Map(decls.map((d) => [d.name, d]));
  const resolve = (t: TypeRef): TypeRef => resolveType(t, byName);
  const out: Diagnostic[] = [];
  for (const d of decls) if (d.kind === "enum") out.push(...checkEnum(d, resolve, byName, make));
  return out;
}

function checkEnum(d: EnumDecl, resolve: (t: TypeRef) => TypeRef, byName: Map<string, Decl>, make: MakeDiagnostic): Diagnostic[] {
  const out: Diagnostic[] = [];
  const others = d.variants.filter((v) => v.other);
  for (const v of others) {
    if (v.payload.kind !== "unit") out.push(make("bad-other", v.pointer, `the catch-all variant ("x-serde-other") must be a unit variant`));
    else if (d.representation === "untagged") out.push(make("bad-other", v.pointer, `an untagged enum has no tag, so it cannot have a catch-all variant`));
  }
  if (others.length > 1) out.push(make("bad-other", others[1]!.pointer, `an enum has at most one catch-all variant ("x-serde-other")`));
  const last = d.variants[d.variants.length - 1];
  if (others.length === 1 && last && !last.other)
    out.push(make("bad-other", others[0]!.pointer, `the catch-all variant must be the enum's last (serde_derive requires it)`));
  if (d.default !== undefined && others.some((v) => v.name === d.default)) {
    out.push(make("bad-default", d.pointer, `the catch-all variant cannot be the default`));
  }

  if (d.representation === "internally-tagged") {
    const tag = d.tag!;
    for (const v of d.variants) {
      const p = v.payload;
      if (p.kind === "struct" && p.fields.some((f) => f.name === tag)) {
        out.push(make("tag-collision", v.pointer, `variant ${v.name} has a field named like the tag "${tag}"`));
      }
      if (p.kind !== "newtype") continue;
      const target = resolve(p.type);
      const decl = target.kind === "ref" ? byName.get(target.name) : undefined;
      if (decl?.kind === "struct") {
        if (decl.fields.some((f) => f.name === tag)) out.push(make("tag-collision", v.pointer, `${decl.name} has a field named like the tag "${tag}"`));
        continue;
      }
      if (target.kind === "ref" && !decl) continue; // the dangling reference has its own error
      out.push(
        make(
          "internally-tagged-newtype",
          v.pointer,
          `an internally tagged newtype variant must hold a struct: serde has nowhere to put the tag of a ${describe(target, byName)}`,
        ),
      );
    }
  }

  if (d.representation === "untagged") {
    // TypeScript numbers do not say int, f32 or f64; serde writes them differently (1 vs 1.0, f32's digits).
    // Two variants whose shapes differ only in that cannot be told apart when serializing.
    const exact = d.variants.map((v) => payloadSignature(v.payload, byName, false));
    const blind = d.variants.map((v) => payloadSignature(v.payload, byName, true));
    d.variants.forEach((v, j) => {
      const i = blind.findIndex((b, k) => k < j && b === blind[j] && exact[k] !== exact[j]);
      if (i !== -1) {
        out.push(
          make(
            "untagged-ambiguous",
            v.pointer,
            `variant ${v.rustName ?? v.name} differs from ${d.variants[i]!.rustName ?? d.variants[i]!.name} only in integer/f32/f64: a TypeScript number cannot say which a value is, so it could not be written as serde writes it`,
          ),
        );
      }
    });
  }
  return out;
}

function describe(t: TypeRef, byName: Map<string, Decl>): string {
  if (t.kind === "ref") return `${byName.get(t.name)?.kind ?? "type"} ${t.name}`;
  return t.kind;
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
