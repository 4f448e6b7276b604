// @ts-check
// A claw-proto gateway: nodes connect over WebSocket at /node, dashboards watch /feed/nodes and
// /feed/workloads, and an HTTP control API deploys workloads. Every frame goes through the generated
// parse/serialize functions; a frame they refuse is logged with its JSON pointer and the connection stays up
// (until too many arrive). Nodes, the API and the feeds each need a token (auth.js); a peer can close its
// own connection, never the gateway.
import { EventEmitter } from "node:events";
import { STATUS_CODES, createServer } from "node:http";
import { clearInterval, clearTimeout, setInterval, setTimeout } from "node:timers";
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
import { bytesOf, describeRejection, escapeControl } from "../wire.js";
import {
  FEED_PROTOCOL,
  MalformedFrames,
  bearerToken,
  canonicalNodeId,
  configuredToken,
  feedToken,
  hostAllowed,
  hostNames,
  originAllowed,
  tokenMatches,
} from "./auth.js";
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
 * @property {string} [apiToken] The control API's bearer token (`Authorization: Bearer <token>`).
 * @property {string} [feedToken] The token dashboards offer, as the subprotocol `bearer.<token>`, to read the feeds.
 * @property {NodeTokens} [nodeTokens] Each node's token digest, by node id; asked on every node connection.
 * @property {boolean} [insecure] Start although a token above is missing, and skip that check. For development only.
 * @property {string[]} [allowedOrigins] Browser origins that may open the feeds: the dashboard's (e.g. http://127.0.0.1:8081).
 * @property {string[]} [allowedHosts] Names the Host header of an API or feed request may carry, besides the listening address and loopback.
 * @property {number} [registerTimeoutSecs] Close a node connection that has not registered by then (default 10).
 * @property {number} [malformedFrameLimit] Close a node connection that sends more refused frames than this... (default 10)
 * @property {number} [malformedWindowSecs] ...within this many seconds (default 60).
 * @property {number} [transcriptFrames] Keep the last this many frames in `transcript` (default 1000)...
 * @property {number} [transcriptBytes] ...and at most this much frame text (default 16 MiB).
 * @property {(line: string) => void} [log] Receives each log line with control characters escaped.
 */

/**
 * Node id → the SHA-256 of its token (auth.js: readNodeTokens reads them from a file).
 * @typedef {{ get(nodeId: string): Buffer | undefined }} NodeTokens
 */

/** @typedef {"apiToken" | "feedToken" | "nodeTokens"} Credential */
/** @typedef {Required<Omit<GatewayOptions, Credential>> & Pick<GatewayOptions, Credential>} FullOptions */
/** @typedef {import("node:buffer").Buffer} Buffer */

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
  /** Register named another node than the one the connection authenticated as. */
  wrongNode: 1008,
  /** No Register within `registerTimeoutSecs`. */
  registerTimeout: 1008,
  /** More than `malformedFrameLimit` refused frames within `malformedWindowSecs`. */
  tooManyMalformed: 1008,
  /** A peer that does not read what it is sent (its send buffer passed the limit). */
  tooSlow: 1008,
  /** Register named a node that is connected on another connection: refused, the first one stays. */
  alreadyConnected: 4009,
  goingAway: 1001,
};

/**
 * The largest frame a node may send (ws's maxPayload, and the parser's limit). The biggest node messages
 * are Register and Metrics with one entry per GPU (a few KiB) and WorkloadLogs, which a node splits into
 * batches below this.
 */
export const MAX_NODE_FRAME_BYTES = 256 * 1024;
/** Dashboards send nothing on the read-only feeds (any message closes the socket). */
export const MAX_FEED_FRAME_BYTES = 1024;
/** A socket whose unsent data passes this is closed: a dashboard or node that stopped reading. */
export const MAX_BUFFERED_BYTES = 8 << 20;
/** Unanswered Pings remembered per node. */
const MAX_PENDING_PINGS = 16;

/**
 * Emits "frame" (Frame), "rejected" ({ peer, reason }), "registered" (NodeSession),
 * "disconnected" ({ node, code, reason }) and "workload" (Workload).
 */
export class Gateway extends EventEmitter {
  /** @param {FullOptions} options @param {import("node:http").Server} server */
  constructor(options, server) {
    super();
    this.options = options;
    this.server = server;
    /** @type {Map<NodeId, NodeSession>} */
    this.nodes = new Map();
    /** @type {Map<string, WorkloadValue>} */
    this.workloads = new Map();
    /** @type {Frame[]} The latest messages on the node sockets, in order (at most `transcriptFrames` of them). */
    this.transcript = [];
    this.transcriptTextBytes = 0;
    /** @param {string} line */
    this.log = (line) => options.log(escapeControl(line));
    this.apiTokenDigest = options.apiToken === undefined ? undefined : configuredToken("the API token", options.apiToken);
    this.feedTokenDigest = options.feedToken === undefined ? undefined : configuredToken("the feed token", options.feedToken);
    this.hostNames = hostNames(options.host, options.allowedHosts);
    this.nodeSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_NODE_FRAME_BYTES });
    this.feedSockets = new WebSocketServer({
      noServer: true,
      maxPayload: MAX_FEED_FRAME_BYTES,
      handleProtocols: (protocols) => (protocols.has(FEED_PROTOCOL) ? FEED_PROTOCOL : false),
    });
    for (const wss of [this.nodeSockets, this.feedSockets]) wss.on("error", (e) => this.log(`WebSocket server error: ${e.message}`));
    /** @type {Set<WebSocket>} */
    this.nodeFeed = new Set();
    /** @type {Set<WebSocket>} */
    this.workloadFeed = new Set();
    server.on("upgrade", (req, socket, head) => this.upgrade(req, /** @type {import("node:net").Socket} */ (socket), head));
    server.on("request", (req, res) => {
      res.on("error", () => res.destroy());
      handleControlRequest(this, req, res).catch((e) => {
        this.log(`control API: ${e instanceof Error ? e.message : String(e)}`);
        if (res.headersSent) res.destroy();
        else res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("internal error\n");
      });
    });
    server.on("error", (e) => this.log(`HTTP server error: ${e.message}`));
    this.timers = [setInterval(() => this.dropSilentNodes(), options.heartbeatIntervalSecs * 1000)];
    if (options.pingIntervalSecs > 0) this.timers.push(setInterval(() => this.nodes.forEach((n) => this.ping(n.id)), options.pingIntervalSecs * 1000));
  }

  /**
   * A WebSocket handshake: /node for node agents, /feed/nodes and /feed/workloads for dashboards.
   * Every check happens here, so a refused peer never gets a WebSocket.
   * @param {import("node:http").IncomingMessage} req @param {import("node:net").Socket} socket @param {Buffer} head
   */
  upgrade(req, socket, head) {
    socket.on("error", () => socket.destroy());
    const peer = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
    const path = new URL(req.url ?? "/", "ws://gateway").pathname;
    /** @param {number} status @param {string} why */
    const refuse = (status, why) => {
      this.log(`refused a connection to ${path} from ${peer}: ${status} ${why}`);
      socket.once("finish", () => socket.destroy());
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: text/plain; charset=utf-8\r\n\r\n${why}\n`);
    };
    if (path === "/node") {
      // Node agents are programs, not web pages: a browser (which always sends Origin) may not connect.
      if (req.headers.origin !== undefined) return refuse(403, "browsers may not connect as a node");
      const claimed = canonicalNodeId(header(req, "x-claw-node-id"));
      const nodeTokens = this.options.nodeTokens;
      if (nodeTokens !== undefined) {
        let expected;
        try {
          expected = claimed === undefined ? undefined : nodeTokens.get(claimed);
        } catch (e) {
          return refuse(503, `cannot read the node tokens: ${e instanceof Error ? e.message : String(e)}`);
        }
        // One answer for an unknown node and a wrong token, after a comparison either way.
        if (!tokenMatches(bearerToken(header(req, "authorization")), expected) || claimed === undefined) {
          return refuse(401, "a node must send X-Claw-Node-Id and Authorization: Bearer <its token>");
        }
      }
      this.nodeSockets.handleUpgrade(req, socket, head, (ws) => this.acceptNode(ws, peer, claimed));
    } else if (path === "/feed/nodes" || path === "/feed/workloads") {
      const refusal = this.browserRefusal(req, this.options.allowedOrigins);
      if (refusal !== undefined) return refuse(refusal.status, refusal.why);
      if (this.feedTokenDigest !== undefined && !tokenMatches(feedToken(header(req, "sec-websocket-protocol")), this.feedTokenDigest)) {
        return refuse(401, `a dashboard must offer the subprotocols ${FEED_PROTOCOL} and bearer.<the feed token>`);
      }
      this.feedSockets.handleUpgrade(req, socket, head, (ws) => this.acceptFeed(ws, path));
    } else {
      refuse(404, "nodes connect to /node; dashboards to /feed/nodes and /feed/workloads");
    }
  }

  /**
   * Refuse what a web page the operator visits could send: a Host that is not this gateway (DNS rebinding)
   * or a cross-origin Origin.
   * @param {import("node:http").IncomingMessage} req @param {readonly string[]} origins cross-origin pages allowed
   * @returns {{ status: number; why: string } | undefined}
   */
  browserRefusal(req, origins) {
    const address = this.server.address();
    const port = address !== null && typeof address !== "string" ? address.port : -1;
    if (!hostAllowed(req.headers.host, this.hostNames, port))
      return { status: 421, why: `this gateway does not serve the host ${req.headers.host ?? "(none)"}` };
    if (!originAllowed(req.headers.origin, req.headers.host, origins)) return { status: 403, why: `requests from ${req.headers.origin} are not allowed` };
    return undefined;
  }

  /** Does the request carry the API token? (Always, without one configured.) @param {import("node:http").IncomingMessage} req */
  apiAuthorized(req) {
    return this.apiTokenDigest === undefined || tokenMatches(bearerToken(header(req, "authorization")), this.apiTokenDigest);
  }

  /** The address nodes connect to. */
  get url() {
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("the gateway is not listening on TCP");
    return `ws://${this.options.host}:${address.port}`;
  }

  /**
   * @param {WebSocket} socket @param {string} peer
   * @param {NodeId | undefined} authenticated The node id of the handshake's X-Claw-Node-Id, proved by its token
   *   when the gateway has node tokens; Register must name it.
   */
  acceptNode(socket, peer, authenticated) {
    /** @type {NodeSession | undefined} */
    let session;
    const malformed = new MalformedFrames(this.options.malformedFrameLimit, this.options.malformedWindowSecs * 1000);
    const registerTimer = setTimeout(() => {
      this.log(`${peer}: no Register within ${this.options.registerTimeoutSecs} s`);
      socket.close(CLOSE.registerTimeout, `no Register within ${this.options.registerTimeoutSecs} s`);
    }, this.options.registerTimeoutSecs * 1000);
    // ws reports a frame it cannot take (invalid UTF-8, over maxPayload) here, then closes this socket with 1007 or 1009.
    socket.on("error", (e) => this.log(`${session ? session.name : peer}: connection error: ${e.message}`));
    socket.on("message", (data) => {
      if (socket.readyState !== socket.OPEN) return; // closing: ignore what was already on its way
      const bytes = bytesOf(data);
      /** @type {NodeMessageValue} */
      let message;
      try {
        message = parseNodeMessage(bytes, { maxBytes: MAX_NODE_FRAME_BYTES });
      } catch (e) {
        const reason = describeRejection(e);
        this.log(`${session ? session.name : peer}: rejected a frame: ${reason}`);
        this.emit("rejected", { peer, reason });
        if (malformed.tooMany(Date.now())) {
          const why = `more than ${this.options.malformedFrameLimit} malformed frames within ${this.options.malformedWindowSecs} s`;
          this.log(`${session ? session.name : peer}: closed: ${why}`);
          socket.close(CLOSE.tooManyMalformed, why);
        }
        return;
      }
      const text = new TextDecoder().decode(bytes);
      if (session === undefined) {
        clearTimeout(registerTimer);
        session = this.register(socket, peer, message, text, authenticated);
        return;
      }
      this.record({ node: session.id, direction: "in", text, message });
      this.handle(session, message);
    });
    socket.on("close", (code, reasonBytes) => {
      clearTimeout(registerTimer);
      const reason = reasonBytes.toString();
      if (session && this.nodes.get(session.id)?.socket === socket) {
        this.nodes.delete(session.id);
        this.log(`${session.name}: disconnected (${code}${reason ? ` ${reason}` : ""})`);
      }
      this.emit("disconnected", { node: session?.id, code, reason });
    });
  }

  /**
   * The first message on a node socket must be Register, for the node the connection authenticated as,
   * with a protocol version we speak, and for a node not already connected.
   * @param {WebSocket} socket @param {string} peer @param {NodeMessageValue} message @param {string} text
   * @param {NodeId | undefined} authenticated
   * @returns {NodeSession | undefined}
   */
  register(socket, peer, message, text, authenticated) {
    /** @param {number} code @param {string} reason */
    const refuse = (code, reason) => {
      this.record({ node: undefined, direction: "in", text, message });
      this.log(`${peer}: refused: ${reason}`);
      socket.close(code, reason);
      return undefined;
    };
    if (!("Register" in message)) return refuse(CLOSE.notRegistered, `the first message must be Register, got ${Object.keys(message)[0]}`);
    const { node_id, name, capabilities, protocol_version } = message.Register;
    if (authenticated !== undefined && node_id !== authenticated) {
      return refuse(CLOSE.wrongNode, `this connection authenticated as node ${authenticated}, not ${node_id}`);
    }
    if (!protocolVersionsCompatible(protocol_version, PROTOCOL_VERSION)) {
      return refuse(CLOSE.unsupportedVersion, `unsupported protocol version ${protocol_version}: this gateway speaks ${PROTOCOL_VERSION}`);
    }
    // Not a takeover: the connected node keeps its session (a dead connection is dropped after missedHeartbeats).
    if (this.nodes.has(node_id)) return refuse(CLOSE.alreadyConnected, `node ${node_id} is already connected`);
    this.record({ node: node_id, direction: "in", text, message });
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
        const workload = this.workloads.get(workload_id);
        if (workload === undefined || workload.status.node_id !== session.id) {
          return this.log(`${session.name}: ignored logs for a workload it does not run (${workload_id})`);
        }
        for (const line of lines) this.log(`${session.name}: [${workload.name}]${is_stderr ? " (stderr)" : ""} ${line}`);
        this.toDashboards(message);
      },
    });
  }

  /**
   * Send a message to a node. A DeployWorkload also starts tracking its workload, as run by that node
   * (only that node may report its state and logs).
   * @param {NodeId} nodeId @param {GatewayMessageValue} message
   */
  send(nodeId, message) {
    const session = this.nodes.get(nodeId);
    if (session === undefined) throw new Error(`no registered node ${nodeId}`);
    if ("DeployWorkload" in message) {
      const { workload } = message.DeployWorkload;
      message = { DeployWorkload: { workload: { ...workload, status: { ...workload.status, node_id: nodeId } } } };
    }
    const text = serializeGatewayMessage(message);
    if (!sendOrDrop(session.socket, text)) return this.log(`${session.name}: closed: it does not read what it is sent`);
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
    if (session.pings.size >= MAX_PENDING_PINGS) session.pings.delete(session.pings.keys().next().value ?? "");
    session.pings.set(timestamp, performance.now());
    this.send(nodeId, { Ping: { timestamp } });
  }

  /** @param {WorkloadValue} workload */
  track(workload) {
    this.workloads.set(workload.id, workload);
    const text = serializeWorkload(workload);
    for (const ws of this.workloadFeed) sendOrDrop(ws, text);
    this.emit("workload", workload);
  }

  /** @param {NodeMessageValue} message */
  toDashboards(message) {
    const text = serializeNodeMessage(message);
    for (const ws of this.nodeFeed) sendOrDrop(ws, text);
  }

  /** A dashboard gets the current state first, then every change. @param {WebSocket} ws @param {string} path */
  acceptFeed(ws, path) {
    const [feed, replay] =
      path === "/feed/nodes"
        ? [this.nodeFeed, [...this.nodes.values()].flatMap((n) => [...n.latest.values()].map(serializeNodeMessage))]
        : [this.workloadFeed, [...this.workloads.values()].map(serializeWorkload)];
    ws.on("error", (e) => this.log(`dashboard ${path}: connection error: ${e.message}`));
    ws.on("message", () => ws.close(CLOSE.notRegistered, "this feed is read-only"));
    ws.on("close", () => feed.delete(ws));
    feed.add(ws);
    for (const text of replay) sendOrDrop(ws, text);
  }

  /** Keep the frame in the transcript, dropping the oldest beyond the limits. @param {Frame} frame */
  record(frame) {
    this.transcript.push(frame);
    this.transcriptTextBytes += frame.text.length;
    while (this.transcript.length > this.options.transcriptFrames || (this.transcriptTextBytes > this.options.transcriptBytes && this.transcript.length > 1)) {
      this.transcriptTextBytes -= this.transcript.shift()?.text.length ?? 0;
    }
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
 * Send unless the peer has stopped reading: then close its socket. @returns {boolean} sent
 * @param {WebSocket} ws @param {string} text
 */
function sendOrDrop(ws, text) {
  if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
    ws.close(CLOSE.tooSlow, "not reading what it is sent");
    ws.terminate();
    return false;
  }
  ws.send(text);
  return true;
}

/** One request header as a string (undefined if missing or repeated). @param {import("node:http").IncomingMessage} req @param {string} name */
function header(req, name) {
  const value = req.headers[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * Start a gateway; resolves once it listens. Without `apiToken`, `feedToken` and `nodeTokens` it refuses
 * to start, unless `insecure` is set.
 * @param {GatewayOptions} [options]
 * @returns {Promise<Gateway>}
 */
export async function startGateway(options = {}) {
  /** @type {FullOptions} */
  const full = {
    host: "127.0.0.1",
    port: 8080,
    heartbeatIntervalSecs: 5,
    metricsIntervalSecs: 10,
    pingIntervalSecs: 30,
    missedHeartbeats: 3,
    insecure: false,
    allowedOrigins: [],
    allowedHosts: [],
    registerTimeoutSecs: 10,
    malformedFrameLimit: 10,
    malformedWindowSecs: 60,
    transcriptFrames: 1000,
    transcriptBytes: 16 << 20,
    log: (line) => console.log(`[gateway] ${line}`),
    ...options,
  };
  const missing = /** @type {const} */ (["apiToken", "feedToken", "nodeTokens"]).filter((k) => full[k] === undefined);
  if (missing.length > 0 && !full.insecure) throw new Error(`the gateway needs ${missing.join(", ")} (or insecure: true, for development)`);
  const server = createServer({ headersTimeout: 10_000, requestTimeout: 30_000 });
  const gateway = new Gateway(full, server);
  try {
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(full.port, full.host, () => resolve(undefined));
    });
  } catch (e) {
    for (const t of gateway.timers) clearInterval(t);
    throw e;
  }
  if (missing.length > 0) gateway.log(`INSECURE: no ${missing.join(", ")}: anyone who can reach ${gateway.url} is not asked for it`);
  return gateway;
}
