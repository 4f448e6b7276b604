// @ts-check
// What the dashboard knows, built only from the gateway's feeds. Pure: each function returns a new state.
import { NodeMessage } from "../../claw-proto.js";

/** @typedef {import("../../claw-proto.js").NodeCapabilities} NodeCapabilitiesValue */
/** @typedef {import("../../claw-proto.js").GpuMetricsProto} GpuMetricsValue */
/** @typedef {import("../../claw-proto.js").NodeMessage} NodeMessageValue */
/** @typedef {import("../../claw-proto.js").Timestamp} TimestampValue */
/** @typedef {import("../../claw-proto.js").Workload} WorkloadValue */

/**
 * @typedef {object} NodeView
 * @property {string} id
 * @property {string} name
 * @property {NodeCapabilitiesValue} capabilities
 * @property {GpuMetricsValue[]} gpuMetrics The latest Metrics, empty until the first.
 * @property {TimestampValue | null} lastHeartbeat
 */

/**
 * @typedef {object} WorkloadView
 * @property {WorkloadValue} workload
 * @property {string | null} lastLog
 */

/**
 * @typedef {object} DashboardState
 * @property {ReadonlyMap<string, NodeView>} nodes
 * @property {ReadonlyMap<string, WorkloadView>} workloads
 * @property {number} rejected Frames the generated parsers refused.
 * @property {string | null} lastRejection
 */

/** @returns {DashboardState} */
export function emptyState() {
  return { nodes: new Map(), workloads: new Map(), rejected: 0, lastRejection: null };
}

/** @param {DashboardState} state @param {NodeMessageValue} message @returns {DashboardState} */
export function applyNodeMessage(state, message) {
  /** @param {string} id @param {(n: NodeView) => NodeView} change */
  const updateNode = (id, change) => {
    const node = state.nodes.get(id);
    return node === undefined ? state : { ...state, nodes: new Map(state.nodes).set(id, change(node)) };
  };
  return NodeMessage.match(message, {
    Register: ({ node_id, name, capabilities }) => ({
      ...state,
      nodes: new Map(state.nodes).set(node_id, { id: node_id, name, capabilities, gpuMetrics: [], lastHeartbeat: null }),
    }),
    Heartbeat: ({ node_id, timestamp }) => updateNode(node_id, (n) => ({ ...n, lastHeartbeat: timestamp })),
    Metrics: ({ node_id, gpu_metrics }) => updateNode(node_id, (n) => ({ ...n, gpuMetrics: gpu_metrics })),
    // The workloads feed carries each workload's state; updates here would only repeat it.
    WorkloadUpdate: () => state,
    WorkloadLogs: ({ workload_id, lines }) => {
      const view = state.workloads.get(workload_id);
      const last = lines[lines.length - 1];
      if (view === undefined || last === undefined) return state;
      return { ...state, workloads: new Map(state.workloads).set(workload_id, { ...view, lastLog: last }) };
    },
  });
}

/** @param {DashboardState} state @param {WorkloadValue} workload @returns {DashboardState} */
export function applyWorkload(state, workload) {
  const lastLog = state.workloads.get(workload.id)?.lastLog ?? null;
  return { ...state, workloads: new Map(state.workloads).set(workload.id, { workload, lastLog }) };
}

/** @param {DashboardState} state @param {string} reason @returns {DashboardState} */
export function applyRejection(state, reason) {
  return { ...state, rejected: state.rejected + 1, lastRejection: reason };
}
