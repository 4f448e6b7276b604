import type { Model, TypeRef } from "./types.js";
import { assertNever } from "./types.js";

/** Which types have a default value (what `..Default::default()` fills), for every target. */
export interface Defaults {
  type(t: TypeRef): boolean;
  decl(name: string): boolean;
}

/** As `derive(Default)` gives: structs whose fields all have one, enums only with a declared default. */
export function defaultsOf(model: Model): Defaults {
  const byName = new Map(model.decls.map((d) => [d.name, d]));
  const memo = new Map<string, boolean>();
  const type = (t: TypeRef): boolean => {
    switch (t.kind) {
      case "string":
      case "bool":
      case "int":
      case "float":
      case "map":
      case "uuid":
      case "timestamp":
      case "option":
      case "list":
        return true;
      case "tuple":
        return t.items.every(type);
      case "ref":
        return decl(t.name);
      default:
        return assertNever(t);
    }
  };
  const decl = (name: string): boolean => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    memo.set(name, false); // a cycle has no default
    const d = byName.get(name);
    let result = false;
    if (d) {
      switch (d.kind) {
        case "struct":
          result = d.fields.every((f) => f.default !== undefined || type(f.type));
          break;
        case "enum":
          result = d.default !== undefined;
          break;
        case "newtype":
          result = type(d.inner);
          break;
        case "alias":
          result = type(d.target);
          break;
        default:
          assertNever(d);
      }
    }
    memo.set(name, result);
    return result;
  };
  return { type, decl };
}
