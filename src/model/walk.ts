import type { Decl, Field, TypeRef } from "./types.js";
import { assertNever } from "./types.js";

/** Every type a declaration holds directly: its fields', its variants' payloads', its target. */
export function declTypes(d: Decl): TypeRef[] {
  const fields = (fs: readonly Field[]) => fs.map((f) => f.type);
  switch (d.kind) {
    case "struct":
      return fields(d.fields);
    case "enum":
      return d.variants.flatMap((v) => (v.payload.kind === "struct" ? fields(v.payload.fields) : v.payload.kind === "newtype" ? [v.payload.type] : []));
    case "newtype":
      return [d.inner];
    case "alias":
      return [d.target];
    default:
      return assertNever(d);
  }
}

/** Every field a declaration declares: a struct's, and those of its enum's struct variants. */
export function declFields(d: Decl): Field[] {
  if (d.kind === "struct") return d.fields;
  if (d.kind === "enum") return d.variants.flatMap((v) => (v.payload.kind === "struct" ? v.payload.fields : []));
  return [];
}

/** A type and every type inside it (an Option's, a Vec's or a map's values, a tuple's items), not through names. */
export function typeParts(t: TypeRef): TypeRef[] {
  switch (t.kind) {
    case "string":
    case "bool":
    case "int":
    case "float":
    case "uuid":
    case "timestamp":
    case "ref":
      return [t];
    case "option":
    case "list":
    case "map":
      return [t, ...typeParts(t.of)];
    case "tuple":
      return [t, ...t.items.flatMap(typeParts)];
    default:
      return assertNever(t);
  }
}

/** The names a type refers to, anywhere inside it. */
export function typeRefs(t: TypeRef): string[] {
  return typeParts(t).flatMap((p) => (p.kind === "ref" ? [p.name] : []));
}

/**
 * Through aliases and newtypes (serde writes a newtype as what it wraps) to the type on the wire, or through
 * aliases only when `newtypes` is false; stops at a cycle.
 */
export function resolveType(t: TypeRef, byName: ReadonlyMap<string, Decl>, newtypes = true): TypeRef {
  const seen = new Set<string>();
  while (t.kind === "ref" && !seen.has(t.name)) {
    seen.add(t.name);
    const d = byName.get(t.name);
    if (d?.kind === "alias") t = d.target;
    else if (d?.kind === "newtype" && newtypes) t = d.inner;
    else break;
  }
  return t;
}
