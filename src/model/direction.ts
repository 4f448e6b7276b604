import type { Direction, Model } from "./types.js";

/**
 * The grammar of an `x-messages` direction:
 *
 *     direction = peer "-to-" peer
 *     peer      = word *("-" word)      ; lowercase kebab-case, its first word starting with a letter
 *     word      = 1*(%x61-7A / DIGIT)   ; a-z, 0-9
 *
 * A direction is read at each "-to-" whose two sides are both peers, and must have exactly one
 * reading: "sensor-to-collector" is sensor → collector, while "a-to-b-to-c" reads as a → b-to-c and
 * as a-to-b → c and is refused. A peer cannot talk to itself, and a schema names at most two peers.
 */
export const PEER = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface Reading {
  /** The peer that writes the union's messages. */
  from: string;
  /** The peer that reads them. */
  to: string;
}

/** Every way to read `direction` as `<peer>-to-<peer>`, left to right: none when it does not fit the grammar. */
export function readings(direction: string): Reading[] {
  const out: Reading[] = [];
  for (let at = direction.indexOf("-to-"); at >= 0; at = direction.indexOf("-to-", at + 1)) {
    const from = direction.slice(0, at);
    const to = direction.slice(at + "-to-".length);
    if (PEER.test(from) && PEER.test(to)) out.push({ from, to });
  }
  return out;
}

/** The writer and reader of a direction the model builder accepted (exactly one reading). */
export function parseDirection(direction: Direction): Reading {
  const found = readings(direction);
  if (found.length !== 1) throw new Error(`not a direction: ${JSON.stringify(direction)}`);
  return found[0]!;
}

/**
 * The peers the messages name, in the order `x-messages` first names them, each direction's writer
 * before its reader (claw-proto: node, gateway). Two once any message is declared.
 */
export function peersOf(messages: Model["messages"]): string[] {
  const peers: string[] = [];
  for (const m of messages) {
    const { from, to } = parseDirection(m.direction);
    for (const p of [from, to]) if (!peers.includes(p)) peers.push(p);
  }
  return peers;
}
