import type { Direction, Field, Model, TypeRef, VariantPayload } from "../model/types.js";
import { assertNever } from "../model/types.js";

/**
 * Which message variants reach each type: `WorkloadSpec` ← `GatewayMessage::DeployWorkload`.
 * A message union itself is keyed by its own name; its variants by `Union::Variant`.
 */
export interface Reach {
  byType: ReadonlyMap<string, ReadonlySet<string>>;
  /** The direction of every message union. */
  directions: ReadonlyMap<string, Direction>;
}

export function computeReach(model: Model): Reach {
  const edges = new Map<string, string[]>();
  for (const decl of model.decls) {
    if (decl.kind === "struct") edges.set(decl.name, fieldRefs(decl.fields));
    else if (decl.kind === "enum")
      edges.set(
        decl.name,
        decl.variants.flatMap((v) => payloadRefs(v.payload)),
      );
    else edges.set(decl.name, refs(decl.kind === "alias" ? decl.target : decl.inner));
  }
  const byType = new Map<string, Set<string>>();
  const directions = new Map(model.messages.map((m) => [m.name, m.direction]));
  for (const message of model.messages) {
    const union = model.decls.find((d) => d.name === message.name);
    if (union?.kind !== "enum") continue;
    for (const variant of union.variants) {
      const key = `${union.name}::${variant.name}`;
      const stack = payloadRefs(variant.payload);
      const seen = new Set<string>();
      for (let name = stack.pop(); name !== undefined; name = stack.pop()) {
        if (seen.has(name)) continue;
        seen.add(name);
        let keys = byType.get(name);
        if (!keys) byType.set(name, (keys = new Set()));
        keys.add(key);
        for (const next of edges.get(name) ?? []) if (!seen.has(next)) stack.push(next);
      }
    }
  }
  return { byType, directions };
}

/** The union a reach key belongs to: `NodeMessage::Register` → `NodeMessage`. */
export function unionOf(key: string): string {
  const at = key.indexOf("::");
  return at < 0 ? key : key.slice(0, at);
}

function payloadRefs(payload: VariantPayload): string[] {
  if (payload.kind === "unit") return [];
  return payload.kind === "newtype" ? refs(payload.type) : fieldRefs(payload.fields);
}

function fieldRefs(fields: readonly Field[]): string[] {
  return fields.flatMap((f) => refs(f.type));
}

function refs(type: TypeRef): string[] {
  switch (type.kind) {
    case "string":
    case "bool":
    case "int":
    case "uuid":
    case "timestamp":
    case "float":
      return [];
    case "ref":
      return [type.name];
    case "option":
    case "list":
    case "map":
      return refs(type.of);
    case "tuple":
      return type.items.flatMap(refs);
    default:
      return assertNever(type);
  }
}
