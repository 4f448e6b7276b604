import type { DirectionVerdicts, Peer } from "./types.js";

/** Which peer must run the new schema first for a direction's mixed-version pair to work. */
export type Order = "gateways-first" | "nodes-first";

const first = (peer: Peer): Order => (peer === "gateway" ? "gateways-first" : "nodes-first");

/**
 * An old reader that breaks on new writers must be upgraded before them; a new reader that breaks
 * on old writers must wait for them.
 */
export function requiredOrders(directions: readonly DirectionVerdicts[]): Set<Order> {
  const orders = new Set<Order>();
  for (const d of directions) {
    if (d.oldReaderNewWriter.verdict === "breaks") orders.add(first(d.reader));
    if (d.newReaderOldWriter.verdict === "breaks") orders.add(first(d.writer));
  }
  return orders;
}

export function describeOrder(order: Order): string {
  return order === "gateways-first" ? "deploy gateways first, then nodes" : "deploy nodes first, then gateways";
}

/** The safe order for one change, or its recipe when both orders break something. */
export function rolloutFor(orders: ReadonlySet<Order>, recipe: string | undefined): string | undefined {
  if (orders.size === 0) return undefined;
  if (orders.size === 1) return describeOrder([...orders][0]!);
  return `no deploy order is safe: ${recipe ?? "old and new cannot talk; upgrade every node and gateway together"}`;
}
