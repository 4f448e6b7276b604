import type { Direction, Field, Model, VariantPayload } from "../model/types.js";
import { declTypes, typeRefs } from "../model/walk.js";

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
  for (const decl of model.decls) edges.set(decl.name, declTypes(decl).flatMap(typeRefs));
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
  return payload.kind === "newtype" ? typeRefs(payload.type) : fieldRefs(payload.fields);
}

function fieldRefs(fields: readonly Field[]): string[] {
  return fields.flatMap((f) => typeRefs(f.type));
}
