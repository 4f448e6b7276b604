// @ts-check
// A claw-proto gateway: nodes connect over WebSocket at /node, dashboards watch /feed/nodes and
// /feed/workloads, and an HTTP control API deploys workloads. Every frame goes through the generated
// parse/serialize functions; a frame they refuse is logged with its JSON pointer and the connection stays up.
import { EventEmitter } from "node:events";
import { createServer } from "node:http";
import { clearInterval, setInterval } from "node:timers";
import { TextDecoder } from "node:util";
import { WebSocketServer } from "ws";
import {
  NodeMessage,
  PROTOCOL_VERSION,
  Timestamp,
  Workload,
  WorkloadId,
  WorkloadStatus,
  parseNodeMessage,
  protocolVersionsCompatible,
  serializeGatewayMessage,
  serializeNodeMessage,
  serializeWorkload,
  validateWorkloadSpec,
} from "../claw-proto.js";
import { bytesOf, describeRejection } from "../wire.js";
import { handleControlRequest } from "./control.js";

/** @typedef {import("../claw-proto.js").NodeId} NodeId */
/** @typedef {import("../claw-proto.js").GatewayMessage} GatewayMessageValue */
/** @typedef {import("../claw-proto.js").NodeMessage} NodeMessageValue */
/** @typedef {import("../claw-proto.js").Workload} WorkloadValue */
/** @typedef {import("../claw-proto.js").WorkloadSpec} WorkloadSpecValue */
/** @typedef {import("../claw-proto.js").NodeCapabilities} NodeCapabilitiesValue */
/** @typedef {import("ws").WebSocket} WebSocket */

/**
 * @typedef {object} GatewayOptions
 * @property {string} [host] Interface to listen on (default 127.0.0.1).
 * @property {number} [port] Default 8080; 0 picks a free port.
 * @property {number} [heartbeatIntervalSecs] Sent to nodes in Registered (default 5).
 * @property {number} [metricsIntervalSecs] Sent to nodes in Registered (default 10).
 * @property {number} [pingIntervalSecs] Ping every node this often to measure latency; 0 never (default 30).
 * @property {number} [missedHeartbeats] Disconnect a node silent for this many heartbeat intervals (default 3).
 * @property {(line: string) => void} [log]
 */

/**
 * A registered node, as the gateway tracks it.
 * @typedef {object} NodeSession
 * @property {NodeId} id
 * @property {string} name
 * @property {NodeCapabilitiesValue} capabilities
 * @property {WebSocket} socket
 * @property {number} lastHeartbeatAt Date.now() of the last Heartbeat.
 * @property {number | undefined} rttMs Round trip of the last answered Ping.
 * @property {Map<string, number>} pings Timestamps of unanswered Pings, with when they were sent.
 * @property {Map<string, NodeMessageValue>} latest Its Register and latest Heartbeat and Metrics, replayed to new dashboards.
 */

/**
 * One message on a node socket.
 * @typedef {object} Frame
 * @property {NodeId | undefined} node Undefined for a frame before Register.
 * @property {"in" | "out"} direction "in": node to gateway.
 * @property {string} text Exactly the text that crossed the socket.
 * @property {NodeMessageValue | GatewayMessageValue} message
 */

/** Why a connection is closed, as WebSocket close codes (RFC 6455; 4000-4999 are the application's). */
export const CLOSE = {
  /** Register named a protocol major version this gateway does not speak. */
  unsupportedVersion: 1002,
  /** Something other than Register came first. */
  notRegistered: 1008,
  /** No heartbeat for `missedHeartbeats` intervals. */
  heartbeatTimeout: 4001,
  /** The same node id registered again on another connection. */
  replaced: 4002,
  goingAway: 1001,
};

const MAX_FRAME_BYTES = 1 << 20;

/**
 * Emits "frame" (Frame), "rejected" ({ peer, reason }), "registered" (NodeSession),
 * "disconnected" ({ node, code, reason }) and "workload" (Workload).
 */
export class Gateway extends EventEmitter {
  /** @param {Required<GatewayOptions>} options @param {import("node:http").Server} server */
  constructor(options, server) {
    super();
    this.options = options;
    this.server = server;
    /** @type {Map<NodeId, NodeSession>} */
    this.nodes = new Map();
    /** @type {Map<string, WorkloadValue>} */
    this.workloads = new Map();
    /** @type {Frame[]} Every message on every node socket, in order. */
    this.transcript = [];
    this.log = options.log;
    this.nodeSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
    this.feedSockets = new WebSocketServer({ noServer: true });
    /** @type {Set<WebSocket>} */
    this.nodeFeed = new Set();
    /** @type {Set<WebSocket>} */
    this.workloadFeed = new Set();
    this.nodeSockets.on("connection", (socket, req) => this.acceptNode(socket, `${req.socket.remoteAddress}:${req.socket.remotePort}`));
    server.on("upgrade", (req, socket, head) => {
      const path = new URL(req.url ?? "/", "ws://gateway").pathname;
      if (path === "/node") this.nodeSockets.handleUpgrade(req, socket, head, (ws) => this.nodeSockets.emit("connection", ws, req));
      else if (path === "/feed/nodes" || path === "/feed/workloads") this.feedSockets.handleUpgrade(req, socket, head, (ws) => this.acceptFeed(ws, path));
      else socket.destroy();
    });
    server.on("request", (req, res) => void handleControlRequest(this, req, res));
    this.timers = [setInterval(() => this.dropSilentNodes(), options.heartbeatIntervalSecs * 1000)];
    if (options.pingIntervalSecs > 0) this.timers.push(setInterval(() => this.nodes.forEach((n) => this.ping(n.id)), options.pingIntervalSecs * 1000));
  }

  /** The address nodes connect to. */
  get url() {
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("the gateway is not listening on TCP");
    return `ws://${this.options.host}:${address.port}`;
  }

  /** @param {WebSocket} socket @param {string} peer */
  acceptNode(socket, peer) {
    /** @type {NodeSession | undefined} */
    let session;
    socket.on("message", (data) => {
      const bytes = bytesOf(data);
      /** @type {NodeMessageValue} */
      let message;
      try {
        message = parseNodeMessage(bytes, { maxBytes: MAX_FRAME_BYTES });
      } catch (e) {
        const reason = describeRejection(e);
        this.log(`${session ? session.name : peer}: rejected a frame: ${reason}`);
        this.emit("rejected", { peer, reason });
        return;
      }
      const node = session?.id ?? ("Register" in message ? message.Register.node_id : undefined);
      this.record({ node, direction: "in", text: new TextDecoder().decode(bytes), message });
      if (session === undefined) {
        session = this.register(socket, peer, message);
        return;
      }
      this.handle(session, message);
    });
    socket.on("close", (code, reasonBytes) => {
      const reason = reasonBytes.toString();
      if (session && this.nodes.get(session.id)?.socket === socket) {
        this.nodes.delete(session.id);
        this.log(`${session.name}: disconnected (${code}${reason ? ` ${reason}` : ""})`);
      }
      this.emit("disconnected", { node: session?.id, code, reason });
    });
  }

  /**
   * The first message on a node socket must be Register with a protocol version we speak.
   * @param {WebSocket} socket @param {string} peer @param {NodeMessageValue} message
   * @returns {NodeSession | undefined}
   */
  register(socket, peer, message) {
    if (!("Register" in message)) {
      socket.close(CLOSE.notRegistered, `the first message must be Register, got ${Object.keys(message)[0]}`);
      return undefined;
    }
    const { node_id, name, capabilities, protocol_version } = message.Register;
    if (!protocolVersionsCompatible(protocol_version, PROTOCOL_VERSION)) {
      const reason = `unsupported protocol version ${protocol_version}: this gateway speaks ${PROTOCOL_VERSION}`;
      this.log(`${name} (${peer}): refused: ${reason}`);
      socket.close(CLOSE.unsupportedVersion, reason);
      return undefined;
    }
    this.nodes.get(node_id)?.socket.close(CLOSE.replaced, "the node registered again on another connection");
    /** @type {NodeSession} */
    const session = { id: node_id, name, capabilities, socket, lastHeartbeatAt: Date.now(), rttMs: undefined, pings: new Map(), latest: new Map() };
    this.nodes.set(node_id, session);
    session.latest.set("Register", message);
    const gpus = capabilities.gpus.map((g) => g.name);
    this.log(`${name}: registered as ${node_id} from ${peer} with ${capabilities.gpu_count} GPU(s)${gpus.length ? ` (${[...new Set(gpus)].join(", ")})` : ""}`);
    this.send(node_id, {
      Registered: { heartbeat_interval_secs: this.options.heartbeatIntervalSecs, metrics_interval_secs: this.options.metricsIntervalSecs, config: null },
    });
    this.toDashboards(message);
    this.emit("registered", session);
    return session;
  }

  /** @param {NodeSession} session @param {NodeMessageValue} message */
  handle(session, message) {
    NodeMessage.match(message, {
      Register: () => this.log(`${session.name}: ignored a second Register on the same connection`),
      Heartbeat: ({ node_id, timestamp }) => {
        if (node_id !== session.id) return this.log(`${session.name}: ignored a Heartbeat for another node (${node_id})`);
        session.lastHeartbeatAt = Date.now();
        const pingSentAt = session.pings.get(timestamp);
        // The protocol has no Pong: a node answers Ping with a Heartbeat echoing the Ping's timestamp.
        if (pingSentAt !== undefined) {
          session.pings.delete(timestamp);
          session.rttMs = performance.now() - pingSentAt;
          this.log(`${session.name}: ping round trip ${session.rttMs.toFixed(1)} ms`);
        }
        session.latest.set("Heartbeat", message);
        this.send(session.id, { HeartbeatAck: { timestamp: Timestamp.now() } });
        this.toDashboards(message);
      },
      Metrics: ({ node_id }) => {
        if (node_id !== session.id) return this.log(`${session.name}: ignored Metrics for another node (${node_id})`);
        session.latest.set("Metrics", message);
        this.toDashboards(message);
      },
      WorkloadUpdate: ({ workload_id, state, message: note, timestamp }) => {
        const workload = this.workloads.get(workload_id);
        if (workload === undefined || workload.status.node_id !== session.id) {
          return this.log(`${session.name}: ignored an update for a workload it does not run (${workload_id})`);
        }
        const finished = state === "Completed" || state === "Failed" || state === "Stopped";
        const status = {
          ...workload.status,
          state,
          message: note,
          started_at: state === "Running" && workload.status.started_at === null ? timestamp : workload.status.started_at,
          finished_at: finished ? timestamp : workload.status.finished_at,
        };
        this.log(`${session.name}: workload ${workload.name} is ${state}${note ? ` (${note})` : ""}`);
        this.toDashboards(message);
        this.track({ ...workload, status, updated_at: timestamp });
      },
      WorkloadLogs: ({ workload_id, lines, is_stderr }) => {
        const name = this.workloads.get(workload_id)?.name ?? workload_id;
        for (const line of lines) this.log(`${session.name}: [${name}]${is_stderr ? " (stderr)" : ""} ${line}`);
        this.toDashboards(message);
      },
    });
  }

  /**
   * Send a message to a node. A DeployWorkload also starts tracking its workload.
   * @param {NodeId} nodeId @param {GatewayMessageValue} message
   */
  send(nodeId, message) {
    const session = this.nodes.get(nodeId);
    if (session === undefined) throw new Error(`no registered node ${nodeId}`);
    const text = serializeGatewayMessage(message);
    session.socket.send(text);
    this.record({ node: nodeId, direction: "out", text, message });
    if ("DeployWorkload" in message) this.track(message.DeployWorkload.workload);
  }

  /**
   * Deploy a workload to a node; the spec must pass the spec's validation rules.
   * @param {NodeId} nodeId @param {string} name @param {WorkloadSpecValue} spec
   * @returns {WorkloadValue}
   */
  deploy(nodeId, name, spec) {
    const issues = validateWorkloadSpec(spec);
    if (issues.length > 0) throw new InvalidSpecError(issues.map((i) => `${i.pointer}: ${i.message}`));
    const now = Timestamp.now();
    const workload = Workload.create({
      id: WorkloadId.new(),
      name,
      spec,
      status: WorkloadStatus.create({ node_id: nodeId }),
      created_at: now,
      updated_at: now,
    });
    this.send(nodeId, { DeployWorkload: { workload } });
    return workload;
  }

  /** Measure a node's latency; the answer updates its `rttMs`. @param {NodeId} nodeId */
  ping(nodeId) {
    const session = this.nodes.get(nodeId);
    if (session === undefined) return;
    const timestamp = Timestamp.now();
    session.pings.set(timestamp, performance.now());
    this.send(nodeId, { Ping: { timestamp } });
  }

  /** @param {WorkloadValue} workload */
  track(workload) {
    this.workloads.set(workload.id, workload);
    const text = serializeWorkload(workload);
    for (const ws of this.workloadFeed) ws.send(text);
    this.emit("workload", workload);
  }

  /** @param {NodeMessageValue} message */
  toDashboards(message) {
    const text = serializeNodeMessage(message);
    for (const ws of this.nodeFeed) ws.send(text);
  }

  /** A dashboard gets the current state first, then every change. @param {WebSocket} ws @param {string} path */
  acceptFeed(ws, path) {
    const [feed, replay] =
      path === "/feed/nodes"
        ? [this.nodeFeed, [...this.nodes.values()].flatMap((n) => [...n.latest.values()].map(serializeNodeMessage))]
        : [this.workloadFeed, [...this.workloads.values()].map(serializeWorkload)];
    feed.add(ws);
    for (const text of replay) ws.send(text);
    ws.on("message", () => ws.close(CLOSE.notRegistered, "this feed is read-only"));
    ws.on("close", () => feed.delete(ws));
  }

  /** @param {Frame} frame */
  record(frame) {
    this.transcript.push(frame);
    this.emit("frame", frame);
  }

  dropSilentNodes() {
    const limit = this.options.missedHeartbeats * this.options.heartbeatIntervalSecs * 1000;
    for (const session of this.nodes.values()) {
      if (Date.now() - session.lastHeartbeatAt > limit) {
        session.socket.close(CLOSE.heartbeatTimeout, `no heartbeat for ${this.options.missedHeartbeats} intervals of ${this.options.heartbeatIntervalSecs} s`);
      }
    }
  }

  /** Close every connection, then the server. @returns {Promise<void>} */
  close() {
    for (const t of this.timers) clearInterval(t);
    for (const ws of [...this.nodeSockets.clients, ...this.feedSockets.clients]) ws.close(CLOSE.goingAway, "gateway shutting down");
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** A workload spec that the spec's validation rules refuse. */
export class InvalidSpecError extends Error {
  /** @param {string[]} issues "pointer: message" */
  constructor(issues) {
    super(`invalid workload spec: ${issues.join("; ")}`);
    this.issues = issues;
  }
}

/**
 * Start a gateway; resolves once it listens.
 * @param {GatewayOptions} [options]
 * @returns {Promise<Gateway>}
 */
export async function startGateway(options = {}) {
  /** @type {Required<GatewayOptions>} */
  const full = {
    host: "127.0.0.1",
    port: 8080,
    heartbeatIntervalSecs: 5,
    metricsIntervalSecs: 10,
    pingIntervalSecs: 30,
    missedHeartbeats: 3,
    log: (line) => console.log(`[gateway] ${line}`),
    ...options,
  };
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(full.port, full.host, () => resolve(undefined));
  });
  return new Gateway(full, server);
}
