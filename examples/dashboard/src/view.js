// @ts-check
/* global document */
// Draws the state into the page's tables. Text goes in through textContent only.
import { Timestamp } from "../../claw-proto.js";

/** @typedef {import("./state.js").DashboardState} DashboardState */
/** @typedef {import("./state.js").NodeView} NodeView */

/**
 * @param {string} tag
 * @param {Record<string, string>} attributes
 * @param {(Node | string)[]} children
 */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** @param {NodeView} node @param {number} now Date.now() */
function nodeRow(node, now) {
  const { capabilities: caps } = node;
  const model = [...new Set(caps.gpus.map((g) => g.name))].join(", ");
  const gpus = caps.gpu_count === 0 ? "none" : `${caps.gpu_count} × ${model} (${Math.round(caps.total_vram_mb / 1024)} GB in all)`;
  const utilisation = node.gpuMetrics.map((m) =>
    el(
      "div",
      { class: "gpu", "data-gpu": String(m.index) },
      `GPU ${m.index}`,
      el("div", { class: "bar" }, el("div", { style: `width:${m.utilization_percent}%` })),
      `${m.utilization_percent}% · ${m.temperature_celsius} °C · ${m.power_watts} W`,
    ),
  );
  const age = node.lastHeartbeat === null ? undefined : Math.max(0, Math.round((now - Timestamp.toDate(node.lastHeartbeat).getTime()) / 1000));
  return el(
    "tr",
    { "data-node-id": node.id },
    el("td", {}, el("strong", {}, node.name), el("br"), el("small", {}, node.id)),
    el("td", {}, gpus),
    el("td", {}, ...(caps.gpu_count === 0 ? ["—"] : utilisation.length ? utilisation : ["no metrics yet"])),
    el("td", age !== undefined && age > 30 ? { class: "stale" } : {}, age === undefined ? "never" : `${age} s ago`),
    el("td", {}, caps.supported_runtimes.join(", ")),
  );
}

/** @param {DashboardState} state @param {number} now */
export function render(state, now) {
  const nodes = [...state.nodes.values()].sort((a, b) => a.name.localeCompare(b.name));
  document.getElementById("nodes")?.replaceChildren(...nodes.map((n) => nodeRow(n, now)));
  const workloads = [...state.workloads.values()].sort((a, b) => b.workload.created_at.localeCompare(a.workload.created_at));
  document.getElementById("workloads")?.replaceChildren(
    ...workloads.map(({ workload: w, lastLog }) => {
      const node = w.status.node_id === null ? "—" : (state.nodes.get(w.status.node_id)?.name ?? w.status.node_id);
      return el(
        "tr",
        { "data-workload-id": w.id },
        el("td", {}, w.name),
        el("td", {}, w.spec.image),
        el("td", {}, node),
        el("td", { "data-state": w.status.state }, w.status.state + (w.status.message ? ` (${w.status.message})` : "")),
        el("td", {}, lastLog ?? ""),
      );
    }),
  );
}
