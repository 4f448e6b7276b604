import type { Decl, Field, Model, Variant, VariantPayload } from "../model/types.js";
import { assertNever } from "../model/types.js";
import { resolveType } from "../model/walk.js";
import type { Shape } from "./types.js";

/** A model with its declarations by name. */
export interface Indexed {
  model: Model;
  decls: ReadonlyMap<string, Decl>;
}

export function indexModel(model: Model): Indexed {
  return { model, decls: new Map(model.decls.map((d) => [d.name, d])) };
}

/**
 * A type in the schema's own terms, the same for every target: `optional u64`, `list of string`,
 * `map of f32` (keys are strings), `(string, string)`, `uuid`, `timestamp`, a declared type by name.
 */
export function showShape(shape: Shape): string {
  switch (shape.kind) {
    case "string":
    case "bool":
    case "uuid":
    case "timestamp":
      return shape.kind;
    case "int":
      return shape.int;
    case "float":
      return shape.float;
    case "map":
      return `map of ${showShape(shape.of)}`;
    case "ref":
      return shape.name;
    case "option":
      return `optional ${showShape(shape.of)}`;
    case "list":
      return `list of ${showShape(shape.of)}`;
    case "tuple":
      return `(${shape.items.map(showShape).join(", ")})`;
    case "struct-body":
      return "a struct";
    case "enum-body":
      return "an enum";
    default:
      return assertNever(shape);
  }
}

/** Aliases and newtypes are transparent on the wire (serde writes `NodeId(Uuid)` as the Uuid): look through them. */
export function expand(shape: Shape, side: Indexed): Shape {
  return shape.kind === "ref" ? resolveType(shape, side.decls) : shape;
}

/** The shape a declaration has on the wire. */
export function declShape(decl: Decl): Shape {
  switch (decl.kind) {
    case "struct":
      return { kind: "struct-body" };
    case "enum":
      return { kind: "enum-body" };
    case "newtype":
      return decl.inner;
    case "alias":
      return decl.target;
    default:
      return assertNever(decl);
  }
}

/** The shape of a data variant's payload (a unit variant has none). */
export function payloadShape(payload: Exclude<VariantPayload, { kind: "unit" }>): Shape {
  return payload.kind === "newtype" ? payload.type : { kind: "struct-body" };
}

/**
 * Do an old and a new value read and write the same JSON? A type referred to by the same name on
 * both sides counts as the same: changes inside it are reported once, at the type.
 */
export class Equivalence {
  private readonly cache = new Map<string, boolean>();
  constructor(
    private readonly old: Indexed,
    private readonly next: Indexed,
  ) {}

  shapes(a: Shape, b: Shape): boolean {
    return this.compare(a, b, new Set());
  }

  /** Same payload and both or neither the catch-all (so a catch-all never pairs with an ordinary variant as a rename). */
  variants(a: Variant, b: Variant): boolean {
    return a.other === b.other && this.payloads(a.payload, b.payload, new Set());
  }

  private compare(a: Shape, b: Shape, assumed: Set<string>): boolean {
    if (a.kind === "ref" && b.kind === "ref" && a.name === b.name) return true;
    const x = expand(a, this.old);
    const y = expand(b, this.next);
    switch (x.kind) {
      case "string":
      case "bool":
      case "uuid":
      case "timestamp":
      case "struct-body":
      case "enum-body":
        return y.kind === x.kind;
      case "int":
        return y.kind === "int" && y.int === x.int;
      case "float":
        return y.kind === "float" && y.float === x.float;
      case "option":
      case "list":
      case "map":
        return y.kind === x.kind && this.compare(x.of, y.of, assumed);
      case "tuple":
        return y.kind === "tuple" && y.items.length === x.items.length && x.items.every((t, i) => this.compare(t, y.items[i]!, assumed));
      case "ref":
        return y.kind === "ref" && (x.name === y.name || this.decls(x.name, y.name, assumed));
      default:
        return assertNever(x);
    }
  }

  /** Two differently named struct or enum types; recursive types are compared coinductively. */
  private decls(oldName: string, newName: string, assumed: Set<string>): boolean {
    const key = `${oldName}\0${newName}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    if (assumed.has(key)) return true;
    assumed.add(key);
    const a = this.old.decls.get(oldName);
    const b = this.next.decls.get(newName);
    let same = false;
    if (a?.kind === "struct" && b?.kind === "struct") same = this.fieldLists(a.fields, b.fields, assumed);
    else if (a?.kind === "enum" && b?.kind === "enum") {
      same =
        a.representation === b.representation &&
        a.tag === b.tag &&
        a.content === b.content &&
        a.variants.length === b.variants.length &&
        a.variants.every((v) => {
          const w = b.variants.find((x) => x.name === v.name);
          return w !== undefined && v.other === w.other && this.payloads(v.payload, w.payload, assumed);
        });
    }
    assumed.delete(key);
    // Only a top-level answer is final: inside a cycle a "true" may rest on an assumption.
    if (assumed.size === 0) this.cache.set(key, same);
    return same;
  }

  private fieldLists(a: readonly Field[], b: readonly Field[], assumed: Set<string>): boolean {
    return (
      a.length === b.length &&
      a.every((f) => {
        const g = b.find((x) => x.name === f.name);
        return g !== undefined && this.compare(f.type, g.type, assumed);
      })
    );
  }

  private payloads(a: VariantPayload, b: VariantPayload, assumed: Set<string>): boolean {
    if (a.kind === "unit" || b.kind === "unit") return a.kind === b.kind;
    if (a.kind === "struct" && b.kind === "struct") return this.fieldLists(a.fields, b.fields, assumed);
    if (a.kind === "newtype" && b.kind === "newtype") return this.compare(a.type, b.type, assumed);
    return false;
  }
}
