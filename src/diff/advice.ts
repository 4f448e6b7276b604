import { bothPeers, plural } from "./protocol.js";
import type { Protocol } from "./protocol.js";
import type { DirectionVerdicts, Peer } from "./types.js";

/** Which peer must run the new schema first for a direction's mixed-version pair to work (claw-proto: "gateway" or "node"). */
export type Order = Peer;

/**
 * An old reader that breaks on new writers must be upgraded before them; a new reader that breaks
 * on old writers must wait for them.
 */
export function requiredOrders(directions: readonly DirectionVerdicts[]): Set<Order> {
  const orders = new Set<Order>();
  for (const d of directions) {
    if (d.oldReaderNewWriter.verdict === "breaks") orders.add(d.reader);
    if (d.newReaderOldWriter.verdict === "breaks") orders.add(d.writer);
  }
  return orders;
}

/** "deploy gateways first, then nodes" */
export function describeOrder(order: Order, protocol: Protocol): string {
  const then = protocol.peers.find((p) => p !== order);
  return then === undefined ? `deploy ${plural(order)} first` : `deploy ${plural(order)} first, then ${plural(then)}`;
}

/** The safe order for one change, or its recipe when both orders break something. */
export function rolloutFor(orders: ReadonlySet<Order>, recipe: string | undefined, protocol: Protocol): string | undefined {
  if (orders.size === 0) return undefined;
  if (orders.size === 1) return describeOrder([...orders][0]!, protocol);
  return `no deploy order is safe: ${recipe ?? `old and new cannot talk; upgrade every ${bothPeers(protocol, false)} together`}`;
}
