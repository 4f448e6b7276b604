// @ts-check
// What the node agent pretends to run: GPU metrics, and workloads that go through
// Pending → Pulling → Starting → Running → Completed (or Failed, or Stopping → Stopped) with logs.
import { clearTimeout, setTimeout } from "node:timers";
import { GpuMetricsProto, Timestamp, validateWorkloadSpec } from "../claw-proto.js";

/** @typedef {import("../claw-proto.js").GpuCapability} GpuCapabilityValue */
/** @typedef {import("../claw-proto.js").GpuMetricsProto} GpuMetricsValue */
/** @typedef {import("../claw-proto.js").NodeMessage} NodeMessageValue */
/** @typedef {import("../claw-proto.js").Workload} WorkloadValue */
/** @typedef {import("../claw-proto.js").WorkloadId} WorkloadIdValue */
/** @typedef {import("../claw-proto.js").WorkloadState} WorkloadStateValue */

/**
 * Plausible readings for each GPU: busy ones run hot.
 * @param {readonly GpuCapabilityValue[]} gpus @param {ReadonlySet<number>} busy GPU indices in use
 * @param {() => number} random in [0, 1)
 * @returns {GpuMetricsValue[]}
 */
export function gpuMetrics(gpus, busy, random) {
  return gpus.map((gpu) => {
    const utilization = busy.has(gpu.index) ? 80 + Math.floor(random() * 20) : Math.floor(random() * 4);
    return GpuMetricsProto.create({
      index: gpu.index,
      utilization_percent: utilization,
      memory_used_mb: Math.round(gpu.vram_mb * (busy.has(gpu.index) ? 0.6 + random() * 0.3 : 0.01)),
      memory_total_mb: gpu.vram_mb,
      temperature_celsius: 35 + Math.round(utilization * 0.45),
      power_watts: 60 + utilization * 6,
    });
  });
}

/**
 * @typedef {object} Running
 * @property {WorkloadValue} workload
 * @property {WorkloadStateValue} state
 * @property {number[]} gpus Indices allocated to it.
 * @property {ReturnType<typeof setTimeout> | undefined} timer The next phase.
 */

/** Runs simulated workloads, reporting each step with `send`. */
export class WorkloadRunner {
  /**
   * @param {object} options
   * @param {readonly GpuCapabilityValue[]} options.gpus
   * @param {number} options.stepMs How long each phase lasts.
   * @param {(message: NodeMessageValue) => void} options.send
   */
  constructor({ gpus, stepMs, send }) {
    this.gpus = gpus;
    this.stepMs = stepMs;
    this.send = send;
    /** @type {Map<WorkloadIdValue, Running>} */
    this.workloads = new Map();
  }

  /** GPU indices in use. @returns {Set<number>} */
  busyGpus() {
    return new Set([...this.workloads.values()].filter((r) => !isFinal(r.state)).flatMap((r) => r.gpus));
  }

  /** Workloads not yet Completed, Failed or Stopped. */
  activeCount() {
    return [...this.workloads.values()].filter((r) => !isFinal(r.state)).length;
  }

  /** @param {WorkloadValue} workload @param {number} capacity max concurrent workloads */
  deploy(workload, capacity) {
    const busy = this.busyGpus();
    const free = this.gpus.map((g) => g.index).filter((i) => !busy.has(i));
    /** @type {Running} */
    const run = { workload, state: "Pending", gpus: [], timer: undefined };
    this.workloads.set(workload.id, run);
    const refusal =
      validateWorkloadSpec(workload.spec)
        .map((i) => `${i.pointer}: ${i.message}`)
        .join("; ") ||
      (this.activeCount() > capacity ? `node at capacity: ${capacity} concurrent workload(s)` : "") ||
      (workload.spec.gpu_count > free.length ? `needs ${workload.spec.gpu_count} GPU(s), ${free.length} free` : "");
    if (refusal) return this.update(run, "Failed", refusal);
    run.gpus = free.slice(0, workload.spec.gpu_count);
    const { image, ports } = workload.spec;
    const name = workload.name;
    this.update(run, "Pending", "accepted");
    this.after(run, () => {
      this.update(run, "Pulling", `pulling ${image}`);
      this.logs(run, [`Pulling ${image}`, `Digest: sha256:${"0".repeat(64)}`, `Status: Downloaded newer image for ${image}`]);
      this.after(run, () => {
        this.update(run, "Starting", null);
        this.logs(run, [`Starting ${name} with ${run.gpus.length} GPU(s)${run.gpus.length ? `: ${run.gpus.join(", ")}` : ""}`]);
        this.after(run, () => {
          this.update(run, "Running", null);
          this.logs(run, [`${name} ready${ports.length ? ` on port ${ports.join(", ")}` : ""}`]);
          this.logs(run, ["warning: simulated workload, no real work is done"], true);
          this.after(
            run,
            () => {
              this.logs(run, [`${name} finished`]);
              this.update(run, "Completed", "exit code 0");
            },
            3,
          );
        });
      });
    });
  }

  /** @param {WorkloadIdValue} id @param {boolean} force @returns {boolean} whether it was running */
  stop(id, force) {
    const run = this.workloads.get(id);
    if (run === undefined || isFinal(run.state)) return false;
    clearTimeout(run.timer);
    if (force) {
      this.update(run, "Stopped", "killed");
      return true;
    }
    this.update(run, "Stopping", null);
    this.after(run, () => this.update(run, "Stopped", "stopped on request"));
    return true;
  }

  /** Report where a workload is (GetWorkloadStatus); false if unknown. @param {WorkloadIdValue} id */
  report(id) {
    const run = this.workloads.get(id);
    if (run === undefined) return false;
    this.update(run, run.state, "status requested");
    return true;
  }

  /** Resolves once nothing is active. @returns {Promise<void>} */
  idle() {
    return new Promise((resolve) => {
      const check = () => (this.activeCount() === 0 ? resolve() : setTimeout(check, this.stepMs / 4));
      check();
    });
  }

  /** @param {Running} run @param {() => void} next @param {number} [steps] */
  after(run, next, steps = 1) {
    run.timer = setTimeout(next, this.stepMs * steps);
  }

  /** @param {Running} run @param {WorkloadStateValue} state @param {string | null} message */
  update(run, state, message) {
    run.state = state;
    this.send({ WorkloadUpdate: { workload_id: run.workload.id, state, message, timestamp: Timestamp.now() } });
  }

  /** @param {Running} run @param {string[]} lines @param {boolean} [stderr] */
  logs(run, lines, stderr = false) {
    this.send({ WorkloadLogs: { workload_id: run.workload.id, lines, is_stderr: stderr } });
  }
}

/** @param {WorkloadStateValue} state */
function isFinal(state) {
  return state === "Completed" || state === "Failed" || state === "Stopped";
}
