import type { Model, TypeRef } from "../../model/types.js";
import { assertNever } from "../../model/types.js";
import { goTypeName } from "./names.js";

const INT_GO: Record<string, string> = { u8: "uint8", u16: "uint16", u32: "uint32", u64: "uint64", i8: "int8", i16: "int16", i32: "int32", i64: "int64" };

/** The Go type of a type reference. */
export function goType(t: TypeRef): string {
  switch (t.kind) {
    case "string":
      return "string";
    case "bool":
      return "bool";
    case "int":
      return INT_GO[t.int]!;
    case "float":
      return t.float === "f32" ? "float32" : "float64";
    case "uuid":
      return "UUID";
    case "timestamp":
      return "DateTime";
    case "ref":
      return goTypeName(t.name);
    case "option":
      return `*${goType(t.of)}`;
    case "list":
      return `[]${goType(t.of)}`;
    case "map":
      return `map[string]${goType(t.of)}`;
    case "tuple":
      return `Tuple${t.items.length}[${t.items.map(goType).join(", ")}]`;
    default:
      return assertNever(t);
  }
}

/**
 * The name part of the functions that read, write, encode and decode a type: `readString`,
 * `readWorkloadSpec`, and for a composite one named after its parts, `readOptionListString`
 * (a helper per composite, so no code nests function literals).
 */
export function typeKey(t: TypeRef): string {
  switch (t.kind) {
    case "string":
      return "String";
    case "bool":
      return "Bool";
    case "int":
      return t.int.toUpperCase();
    case "float":
      return t.float.toUpperCase();
    case "uuid":
      return "UUID";
    case "timestamp":
      return "DateTime";
    case "ref":
      return goTypeName(t.name);
    case "option":
      return `Option${typeKey(t.of)}`;
    case "list":
      return `List${typeKey(t.of)}`;
    case "map":
      return `Map${typeKey(t.of)}`;
    case "tuple":
      return `Tuple${t.items.length}${t.items.map(typeKey).join("")}`;
    default:
      return assertNever(t);
  }
}

function eachTypeRef(model: Model, visit: (t: TypeRef) => void): void {
  for (const d of model.decls) {
    if (d.kind === "struct") d.fields.forEach((f) => visit(f.type));
    if (d.kind === "alias") visit(d.target);
    if (d.kind === "newtype") visit(d.inner);
    if (d.kind === "enum")
      for (const v of d.variants) {
        if (v.payload.kind === "newtype") visit(v.payload.type);
        if (v.payload.kind === "struct") v.payload.fields.forEach((f) => visit(f.type));
      }
  }
}

/** Every composite type (Option, Vec, map, tuple) the model uses, inner ones first, once each by key, in schema order. */
export function composites(model: Model): { key: string; type: TypeRef }[] {
  const out = new Map<string, TypeRef>();
  const walk = (t: TypeRef): void => {
    if (t.kind === "option" || t.kind === "list" || t.kind === "map") walk(t.of);
    else if (t.kind === "tuple") t.items.forEach(walk);
    else return;
    const key = typeKey(t);
    if (!out.has(key)) out.set(key, t);
  };
  eachTypeRef(model, walk);
  return [...out].map(([key, type]) => ({ key, type }));
}

/** Composite keys two different types share (possible only with contrived type names), for the names check. */
export function compositeClashes(model: Model): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  const walk = (t: TypeRef): void => {
    if (t.kind === "option" || t.kind === "list" || t.kind === "map") walk(t.of);
    else if (t.kind === "tuple") t.items.forEach(walk);
    else return;
    const key = typeKey(t);
    const json = JSON.stringify(t);
    const prior = seen.get(key);
    if (prior !== undefined && prior !== json && !clashes.includes(key)) clashes.push(key);
    seen.set(key, json);
  };
  eachTypeRef(model, walk);
  return clashes;
}

/** The body of a composite's reader (`r`), writer (`w`, `v`), bincode encoder (`e`, `v`) and decoder (`d`). */
export function compositeBodies(t: TypeRef): { read: string; write: string; enc: string; dec: string } {
  switch (t.kind) {
    case "option":
    case "list":
    case "map": {
      const kind = t.kind === "option" ? "Option" : t.kind === "list" ? "List" : "Map";
      const k = typeKey(t.of);
      return { read: `read${kind}(r, read${k})`, write: `write${kind}(w, v, write${k})`, enc: `enc${kind}(e, v, enc${k})`, dec: `dec${kind}(d, dec${k})` };
    }
    case "tuple": {
      const n = t.items.length;
      const ks = t.items.map(typeKey);
      return {
        read: `readTuple${n}(r, ${ks.map((k) => `read${k}`).join(", ")})`,
        write: `writeTuple${n}(w, v, ${ks.map((k) => `write${k}`).join(", ")})`,
        enc: `encTuple${n}(e, v, ${ks.map((k) => `enc${k}`).join(", ")})`,
        dec: `decTuple${n}(d, ${ks.map((k) => `dec${k}`).join(", ")})`,
      };
    }
    default:
      throw new Error(`not a composite: ${t.kind}`);
  }
}
