import { peersOf } from "../model/direction.js";
import type { Decl, Field, Model, Variant } from "../model/types.js";
import { resolveType } from "../model/walk.js";

/** Who talks in the compared schemas, in their own words: what the advice and the version lines name. */
export interface Protocol {
  /**
   * The two peers `x-messages` names, in the order it first names them, a direction's writer before its
   * reader (claw-proto: node, gateway); none when neither schema declares a message.
   */
  peers: string[];
  /**
   * The message variants that carry the protocol version: those whose payload has a field named
   * `protocol_version` (claw-proto: Register); empty when no message does.
   */
  versionCarriers: string[];
}

/** What makes two schemas' peers incomparable: together they name more than two. */
export interface PeerConflict {
  old: string[];
  new: string[];
}

/** The protocol two schemas describe: the new schema's peers and version carriers, then the old's. */
export function protocolOf(old: Model, next: Model): Protocol | PeerConflict {
  const oldPeers = peersOf(old.messages);
  const newPeers = peersOf(next.messages);
  const peers = [...new Set([...newPeers, ...oldPeers])];
  if (peers.length > 2) return { old: oldPeers, new: newPeers };
  return { peers, versionCarriers: [...new Set([...versionCarriers(next), ...versionCarriers(old)])] };
}

export function isConflict(p: Protocol | PeerConflict): p is PeerConflict {
  return !("peers" in p);
}

/** The variants of message unions whose payload (a struct variant's fields, or a newtype's struct) has a `protocol_version` field. */
export function versionCarriers(model: Model): string[] {
  const byName = new Map<string, Decl>(model.decls.map((d) => [d.name, d]));
  const fieldsOf = (v: Variant): readonly Field[] => {
    if (v.payload.kind === "struct") return v.payload.fields;
    if (v.payload.kind === "unit") return [];
    const t = resolveType(v.payload.type, byName);
    const d = t.kind === "ref" ? byName.get(t.name) : undefined;
    return d?.kind === "struct" ? d.fields : [];
  };
  const carries = (f: Field) => f.name === "protocol_version" || f.rustName === "protocol_version";
  return model.messages.flatMap((m) => {
    const union = byName.get(m.name);
    return union?.kind === "enum" ? union.variants.filter((v) => fieldsOf(v).some(carries)).map((v) => v.name) : [];
  });
}

/** "node" → "nodes", "proxy" → "proxies", "edge-box" → "edge-boxes". */
export function plural(peer: string): string {
  if (/(s|x|z|ch|sh)$/.test(peer)) return `${peer}es`;
  if (/[^aeiou]y$/.test(peer)) return `${peer.slice(0, -1)}ies`;
  return `${peer}s`;
}

/** The peers joined by "and" ("node and gateway"), plural ("nodes and gateways") or not; "peers" when none are named. */
export function bothPeers(protocol: Protocol, many: boolean): string {
  if (protocol.peers.length === 0) return many ? "peers" : "peer";
  return protocol.peers.map((p) => (many ? plural(p) : p)).join(" and ");
}

/** "Register", "Register or Hello", "Register, Hello or Join". */
export function either(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]!}`;
}
