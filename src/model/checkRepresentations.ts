import type { Diagnostic } from "../diagnostics.js";
import type { Decl, EnumDecl, TypeRef } from "./types.js";
import { resolveType } from "./walk.js";

type MakeDiagnostic = (code: string, pointer: string, message: string) => Diagnostic;

/** What serde_derive refuses at compile time (or fails on at run time). Each target checks its own limits (src/targets/<name>/). */
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

  return out;
}

function describe(t: TypeRef, byName: Map<string, Decl>): string {
  if (t.kind === "ref") return `${byName.get(t.name)?.kind ?? "type"} ${t.name}`;
  return t.kind;
}
