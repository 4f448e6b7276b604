// @ts-check
// A claw-proto node agent: registers with its capabilities, sends heartbeats and metrics at the
// intervals the gateway sets, follows UpdateConfig, runs simulated workloads and honours Shutdown.
// Every frame goes through the generated parse/serialize; a frame they refuse is logged with its
// JSON pointer and the connection stays up.
import { clearInterval, setInterval } from "node:timers";
import { TextDecoder } from "node:util";
import { WebSocket } from "ws";
import { GatewayMessage, NodeId, PROTOCOL_VERSION, Timestamp, parseGatewayMessage, serializeNodeMessage } from "../claw-proto.js";
import { bytesOf, describeRejection, escapeControl } from "../wire.js";
import { WorkloadRunner, gpuMetrics } from "./simulation.js";

/** @typedef {import("../claw-proto.js").NodeCapabilities} NodeCapabilitiesValue */
/** @typedef {import("../claw-proto.js").NodeConfig} NodeConfigValue */
/** @typedef {import("../claw-proto.js").NodeId} NodeIdValue */
/** @typedef {import("../claw-proto.js").NodeMessage} NodeMessageValue */
/** @typedef {import("../claw-proto.js").GatewayMessage} GatewayMessageValue */

/**
 * @typedef {object} AgentOptions
 * @property {string} gateway The gateway's node endpoint, e.g. ws://127.0.0.1:8080/node.
 * @property {string} name
 * @property {NodeCapabilitiesValue} capabilities
 * @property {NodeIdValue} [nodeId] Default: a new random id (which a gateway with node tokens does not know).
 * @property {string} [token] This node's token: sent at the handshake as `Authorization: Bearer <token>`,
 *   with the node id as `X-Claw-Node-Id`.
 * @property {number} [stepMs] How long each simulated workload phase lasts (default 1000).
 * @property {number} [protocolVersion] Default: the package's PROTOCOL_VERSION.
 * @property {(line: string) => void} [log]
 */

/**
 * How the connection ended.
 * @typedef {object} Closed
 * @property {number} code
 * @property {string} reason
 * @property {{ reason: string; graceful: boolean } | undefined} shutdown Set when the gateway asked for it.
 */

/** The settings the gateway controls (Registered, UpdateConfig). */
class Settings {
  heartbeatIntervalSecs = 5;
  metricsIntervalSecs = 10;
  /** @type {number} */
  maxConcurrentWorkloads;
  logLevel = "info";
  /** @param {number} maxConcurrentWorkloads */
  constructor(maxConcurrentWorkloads) {
    this.maxConcurrentWorkloads = maxConcurrentWorkloads;
  }
  /** Apply the fields that are set (None leaves a setting as it is). @param {NodeConfigValue} config */
  apply(config) {
    this.heartbeatIntervalSecs = config.heartbeat_interval_secs ?? this.heartbeatIntervalSecs;
    this.metricsIntervalSecs = config.metrics_interval_secs ?? this.metricsIntervalSecs;
    this.maxConcurrentWorkloads = config.max_concurrent_workloads ?? this.maxConcurrentWorkloads;
    this.logLevel = config.log_level ?? this.logLevel;
  }
  toString() {
    return `heartbeat every ${this.heartbeatIntervalSecs} s, metrics every ${this.metricsIntervalSecs} s, at most ${this.maxConcurrentWorkloads} workload(s), log level ${this.logLevel}`;
  }
}

export class Agent {
  /** @param {AgentOptions} options */
  constructor(options) {
    this.name = options.name;
    this.capabilities = options.capabilities;
    this.nodeId = options.nodeId ?? NodeId.new();
    this.protocolVersion = options.protocolVersion ?? PROTOCOL_VERSION;
    const log = options.log ?? ((line) => console.log(`[${options.name}] ${line}`));
    /** @param {string} line */
    this.log = (line) => log(escapeControl(line));
    this.settings = new Settings(options.capabilities.max_concurrent_workloads);
    this.runner = new WorkloadRunner({ gpus: options.capabilities.gpus, stepMs: options.stepMs ?? 1000, send: (m) => this.send(m) });
    /** @type {ReturnType<typeof setInterval>[]} */
    this.timers = [];
    /** @type {Closed["shutdown"]} */
    this.shutdown = undefined;
    /** @type {Record<string, string>} */
    const headers = { "x-claw-node-id": this.nodeId };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    // The largest gateway message is a DeployWorkload: the gateway's 256 KiB body limit, re-serialized.
    this.socket = new WebSocket(options.gateway, { headers, maxPayload: 1 << 20 });
    this.socket.on("open", () =>
      this.send({ Register: { node_id: this.nodeId, name: this.name, capabilities: this.capabilities, protocol_version: this.protocolVersion } }),
    );
    this.socket.on("message", (data) => this.receive(bytesOf(data)));
    this.socket.on("error", (e) => this.log(`connection error: ${e.message}`));
    /** @type {Promise<Closed>} */
    this.closed = new Promise((resolve) =>
      this.socket.on("close", (code, reason) => {
        this.stopTimers();
        resolve({ code, reason: reason.toString(), shutdown: this.shutdown });
      }),
    );
    /** @type {() => void} */
    this.onRegistered = () => {};
    /** @type {Promise<void>} Resolves on Registered. */
    this.registered = new Promise((resolve) => (this.onRegistered = resolve));
  }

  /** @param {Uint8Array} bytes */
  receive(bytes) {
    /** @type {GatewayMessageValue} */
    let message;
    try {
      message = parseGatewayMessage(bytes);
    } catch (e) {
      this.log(`rejected a frame: ${describeRejection(e)}`);
      return;
    }
    if (this.settings.logLevel === "debug") this.log(`← ${new TextDecoder().decode(bytes)}`);
    GatewayMessage.match(message, {
      Registered: ({ heartbeat_interval_secs, metrics_interval_secs, config }) => {
        this.settings.apply({ heartbeat_interval_secs, metrics_interval_secs, max_concurrent_workloads: null, log_level: null });
        if (config !== null) this.settings.apply(config);
        this.log(`registered as ${this.nodeId}: ${this.settings}`);
        this.startTimers();
        this.onRegistered();
      },
      HeartbeatAck: () => {},
      DeployWorkload: ({ workload }) => {
        this.log(`deploying ${workload.name} (${workload.spec.image}, ${workload.spec.gpu_count} GPU(s))`);
        this.runner.deploy(workload, this.settings.maxConcurrentWorkloads);
      },
      StopWorkload: ({ workload_id, force }) => {
        if (!this.runner.stop(workload_id, force)) this.log(`asked to stop ${workload_id}, which is not running`);
      },
      GetWorkloadStatus: ({ workload_id }) => {
        if (!this.runner.report(workload_id)) this.log(`asked for the status of unknown workload ${workload_id}`);
      },
      UpdateConfig: ({ config }) => {
        this.settings.apply(config);
        this.log(`config updated: ${this.settings}`);
        this.startTimers();
      },
      // The protocol has no Pong: answer with a Heartbeat that echoes the Ping's timestamp.
      Ping: ({ timestamp }) => this.send({ Heartbeat: { node_id: this.nodeId, timestamp } }),
      Shutdown: ({ reason, graceful }) => {
        this.shutdown = { reason, graceful };
        this.log(`shutting down (${graceful ? "graceful" : "immediate"}): ${reason}`);
        this.stopTimers();
        if (!graceful) return this.socket.close(1000, `shutdown: ${reason}`);
        for (const id of this.runner.workloads.keys()) this.runner.stop(id, false);
        void this.runner.idle().then(() => this.socket.close(1000, `shutdown: ${reason}`));
      },
    });
  }

  /** @param {NodeMessageValue} message */
  send(message) {
    const text = serializeNodeMessage(message);
    if (this.settings.logLevel === "debug") this.log(`→ ${text}`);
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(text);
  }

  heartbeat() {
    this.send({ Heartbeat: { node_id: this.nodeId, timestamp: Timestamp.now() } });
  }

  metrics() {
    this.send({
      Metrics: { node_id: this.nodeId, gpu_metrics: gpuMetrics(this.capabilities.gpus, this.runner.busyGpus(), Math.random), timestamp: Timestamp.now() },
    });
  }

  /** (Re)start the periodic messages at the current intervals (0 turns one off), sending one of each now. */
  startTimers() {
    this.stopTimers();
    this.heartbeat();
    this.metrics();
    const { heartbeatIntervalSecs, metricsIntervalSecs } = this.settings;
    if (heartbeatIntervalSecs > 0) this.timers.push(setInterval(() => this.heartbeat(), heartbeatIntervalSecs * 1000));
    if (metricsIntervalSecs > 0) this.timers.push(setInterval(() => this.metrics(), metricsIntervalSecs * 1000));
  }

  stopTimers() {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  /** Disconnect without a Shutdown from the gateway. */
  close() {
    this.stopTimers();
    this.socket.close(1000, "agent stopped");
  }
}

/** @param {AgentOptions} options */
export function startAgent(options) {
  return new Agent(options);
}
