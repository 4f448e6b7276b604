// The reference gateway (examples/gateway) against hostile peers on loopback: malformed and oversized
// frames, aborted bodies, nodes that lie about who they are or what they run, web pages that try the
// API and the feeds, and peers that hold on to resources. Loops and waits are bounded; nothing asserts speed.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { connect as tcpConnect } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, type ClientOptions } from "ws";
import { startGateway, type Gateway, type GatewayOptions } from "../examples/gateway/gateway.js";
import {
  GpuCapability,
  NodeCapabilities,
  NodeId,
  PROTOCOL_VERSION,
  Timestamp,
  WorkloadId,
  WorkloadSpec,
  parseGatewayMessage,
  serializeNodeMessage,
  type GatewayMessage,
  type NodeMessage,
} from "../examples/claw-proto.js";
import { ROOT, tempDir } from "./helpers/paths.js";

const GATEWAY = join(ROOT, "examples/gateway/main.js");
const AGENT = join(ROOT, "examples/node-agent/main.js");

/** Resolves when `check` holds (polled); fails naming what it waited for. The limit only ends a hung run. */
async function until<T>(check: () => T | undefined | null | false, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Credentials {
  nodeId: NodeId;
  token: string;
}

/** A token as users make them (`openssl rand -hex 32`). */
const newToken = () => randomBytes(32).toString("hex");
const digest = (token: string) => createHash("sha256").update(token).digest();

/** An in-process gateway with an API token, a feed token and node tokens; `enroll` adds a node. */
async function gatewayForTest(options: GatewayOptions = {}) {
  const log: string[] = [];
  const [apiToken, feedToken] = [newToken(), newToken()];
  const nodeTokens = new Map<string, Buffer>();
  const enroll = (): Credentials => {
    const credentials = { nodeId: NodeId.new(), token: newToken() };
    nodeTokens.set(credentials.nodeId, digest(credentials.token));
    return credentials;
  };
  const gateway: Gateway = await startGateway({
    port: 0,
    heartbeatIntervalSecs: 60,
    metricsIntervalSecs: 60,
    pingIntervalSecs: 0,
    apiToken,
    feedToken,
    nodeTokens,
    log: (l) => log.push(l),
    ...options,
  });
  cleanups.push(() => gateway.close());
  const port = Number(new URL(gateway.url).port);
  return { gateway, log, enroll, apiToken, feedToken, port };
}

/** The headers a node agent sends. */
const nodeHeaders = ({ nodeId, token }: Credentials) => ({ "x-claw-node-id": nodeId, authorization: `Bearer ${token}` });

interface Peer {
  ws: WebSocket;
  received: GatewayMessage[];
  closed: Promise<[number, string]>;
  send: (message: NodeMessage) => void;
}

/** A WebSocket that is open; what it receives is parsed as GatewayMessage. */
async function open(url: string, options: ClientOptions = {}, protocols: string[] = []): Promise<Peer> {
  const ws = new WebSocket(url, protocols, options);
  ws.on("error", () => {});
  const received: GatewayMessage[] = [];
  ws.on("message", (data: Buffer) => {
    if (url.endsWith("/node")) received.push(parseGatewayMessage(data));
  });
  const closed = new Promise<[number, string]>((resolve) => ws.on("close", (code, reason) => resolve([code, reason.toString()])));
  cleanups.push(() => ws.terminate());
  await new Promise((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("unexpected-response", (_req, res: IncomingMessage) => reject(new Error(`handshake refused: ${res.statusCode}`)));
    ws.once("close", () => reject(new Error(`could not connect to ${url}`)));
  });
  return { ws, received, closed, send: (message) => ws.send(serializeNodeMessage(message)) };
}

/** How a connection was closed, or "still open" after a bound that only ends a hung run. */
function closedWithin(peer: Peer, ms = 10_000): Promise<[number, string] | "still open"> {
  return Promise.race([peer.closed, new Promise<"still open">((r) => setTimeout(() => r("still open"), ms))]);
}

/** How a handshake ends: "open", or the HTTP status that refused it. */
function handshake(url: string, options: ClientOptions = {}, protocols: string[] = []): Promise<number | "open"> {
  const ws = new WebSocket(url, protocols, options);
  ws.on("error", () => {});
  cleanups.push(() => ws.terminate());
  return new Promise((resolve) => {
    ws.once("open", () => resolve("open"));
    ws.once("unexpected-response", (req, res: IncomingMessage) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
  });
}

const register = (nodeId: NodeId, name = "node"): NodeMessage => ({
  Register: { node_id: nodeId, name, capabilities: NodeCapabilities.default(), protocol_version: PROTOCOL_VERSION },
});
const heartbeat = (nodeId: NodeId): NodeMessage => ({ Heartbeat: { node_id: nodeId, timestamp: Timestamp.now() } });

/** A node that has registered. */
async function registeredNode(gateway: Gateway, credentials: Credentials, name = "node"): Promise<Peer> {
  const peer = await open(`${gateway.url}/node`, { headers: nodeHeaders(credentials) });
  peer.send(register(credentials.nodeId, name));
  await until(() => peer.received.some((m) => "Registered" in m), `${name} to be registered`);
  return peer;
}

/** An HTTP request with any headers (fetch cannot set Host). */
function http(port: number, path: string, headers: Record<string, string>, body = "", method = "POST"): Promise<[number, string]> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.on("end", () => resolve([res.statusCode ?? 0, text]));
    });
    req.on("error", reject);
    req.end(body);
  });
}

interface GatewayProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  output: () => string;
  apiToken: string;
  feedToken: string;
  /** Two enrolled nodes: `node` registers, `other` misbehaves. */
  node: Credentials;
  other: Credentials;
}

/** examples/gateway/main.js as users start it, credentials in the environment and one enrolled node. */
async function spawnGateway(): Promise<GatewayProcess> {
  const [apiToken, feedToken] = [newToken(), newToken()];
  const [node, other] = [0, 1].map(() => ({ nodeId: NodeId.new(), token: newToken() })) as [Credentials, Credentials];
  const tokensFile = join(tempDir("claw-gateway-"), "nodes.tokens");
  writeFileSync(tokensFile, [node, other].map((n) => `${n.nodeId} sha256:${digest(n.token).toString("hex")}\n`).join(""));
  const env = { ...process.env, CLAW_API_TOKEN: apiToken, CLAW_FEED_TOKEN: feedToken, CLAW_NODE_TOKENS_FILE: tokensFile };
  const child = spawn(process.execPath, [GATEWAY, "--port", "0", "--heartbeat", "60", "--ping", "0"], { cwd: ROOT, env });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d));
  child.stderr.on("data", (d: Buffer) => (output += d));
  cleanups.push(() => child.exitCode === null && child.kill());
  const port = Number((await until(() => /nodes connect to ws:\/\/127\.0\.0\.1:(\d+)\/node/.exec(output), "the gateway to listen"))[1]);
  return { child, port, output: () => output, apiToken, feedToken, node, other };
}

/** The process is still up and still serves its registered node: a Heartbeat is acknowledged. */
async function stillServes(gateway: GatewayProcess, node: Peer) {
  const acks = node.received.filter((m) => "HeartbeatAck" in m).length;
  node.send(heartbeat(gateway.node.nodeId));
  await until(() => node.received.filter((m) => "HeartbeatAck" in m).length > acks || gateway.child.exitCode !== null, "a HeartbeatAck");
  expect(gateway.child.exitCode).toBeNull();
  expect(node.received.filter((m) => "HeartbeatAck" in m).length).toBeGreaterThan(acks);
}

/** The registered node of a gateway process. */
async function processNode(gateway: GatewayProcess): Promise<Peer> {
  const node = await open(`ws://127.0.0.1:${gateway.port}/node`, { headers: nodeHeaders(gateway.node) });
  node.send(register(gateway.node.nodeId));
  await until(() => node.received.some((m) => "Registered" in m), "the node to register");
  return node;
}

describe("gateway security: one hostile peer closes its own connection, never the gateway", () => {
  it("a node frame that is not UTF-8 closes that socket (1007); the gateway and its other nodes carry on", async () => {
    const gateway = await spawnGateway();
    const node = await processNode(gateway);
    const hostile = await open(`ws://127.0.0.1:${gateway.port}/node`, { headers: nodeHeaders(gateway.other) });
    hostile.ws.send(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), { binary: false });
    expect((await hostile.closed)[0]).toBe(1007);
    await stillServes(gateway, node);
  });

  it("a node frame over the limit closes that socket (1009); the gateway and its other nodes carry on", async () => {
    const gateway = await spawnGateway();
    const node = await processNode(gateway);
    const hostile = await open(`ws://127.0.0.1:${gateway.port}/node`, { headers: nodeHeaders(gateway.other) });
    hostile.ws.send("x".repeat(2 << 20));
    expect((await hostile.closed)[0]).toBe(1009);
    await stillServes(gateway, node);
  });

  it("a dashboard feed frame that is not UTF-8 (1007) or over the feed limit (1009) closes that feed only", async () => {
    const gateway = await spawnGateway();
    const node = await processNode(gateway);
    const feed = () => open(`ws://127.0.0.1:${gateway.port}/feed/nodes`, {}, ["claw-feed", `bearer.${gateway.feedToken}`]);
    const notUtf8 = await feed();
    notUtf8.ws.send(Buffer.from([0xc3, 0x28]), { binary: false });
    expect((await notUtf8.closed)[0]).toBe(1007);
    const big = await feed();
    big.ws.send("x".repeat(64 * 1024));
    expect((await big.closed)[0]).toBe(1009);
    await stillServes(gateway, node);
  });

  it("a client that aborts an HTTP request body mid-way does not stop the gateway", async () => {
    const gateway = await spawnGateway();
    const node = await processNode(gateway);
    for (let i = 0; i < 3; i++) {
      const socket = tcpConnect(gateway.port, "127.0.0.1");
      socket.on("error", () => {});
      let answer = "";
      let closed = false;
      socket.on("data", (d: Buffer) => (answer += d));
      socket.on("close", () => (closed = true));
      socket.write(
        `POST /api/deploy?name=aborted HTTP/1.1\r\nHost: 127.0.0.1:${gateway.port}\r\nAuthorization: Bearer ${gateway.apiToken}\r\n` +
          "Content-Type: application/json\r\nContent-Length: 100000\r\nExpect: 100-continue\r\n\r\n",
      );
      // 100 Continue: the request handler is running and about to read the body.
      await until(() => answer.includes("100 Continue") || closed, "100 Continue");
      expect(answer, `the gateway's output: ${gateway.output()}`).toContain("100 Continue");
      socket.write('{"image":"nginx","env":[["A","');
      socket.resetAndDestroy();
      await until(() => closed, "the aborted connection to close");
    }
    const auth = { authorization: `Bearer ${gateway.apiToken}`, host: `127.0.0.1:${gateway.port}` };
    expect(await http(gateway.port, "/api/send", auth, '{"Ping":{"timestamp":"2024-01-02T03:04:05Z"}}')).toEqual([202, "sent Ping to 1 node(s)\n"]);
    await stillServes(gateway, node);
  });
});

describe("gateway security: a node proves its id and speaks only for itself", () => {
  it("refuses a node handshake without its token, with a wrong one, with another node's, or from a browser", async () => {
    const { gateway, enroll } = await gatewayForTest();
    const url = `${gateway.url}/node`;
    const [a, b] = [enroll(), enroll()];
    expect(await handshake(url)).toBe(401);
    expect(await handshake(url, { headers: { "x-claw-node-id": a.nodeId } })).toBe(401);
    expect(await handshake(url, { headers: nodeHeaders({ nodeId: a.nodeId, token: newToken() }) })).toBe(401);
    expect(await handshake(url, { headers: nodeHeaders({ nodeId: a.nodeId, token: b.token }) })).toBe(401);
    expect(await handshake(url, { headers: nodeHeaders({ nodeId: NodeId.new(), token: a.token }) })).toBe(401);
    expect(await handshake(url, { headers: nodeHeaders({ nodeId: a.nodeId, token: a.token.toUpperCase() }) })).toBe(401);
    expect(await handshake(url, { headers: nodeHeaders(a), origin: "http://127.0.0.1:8081" })).toBe(403);
    expect(await handshake(url, { headers: nodeHeaders(a) })).toBe("open");
    expect(gateway.nodes.size).toBe(0);
  });

  it("closes a connection whose Register names another node than the one it authenticated as (1008)", async () => {
    const { gateway, enroll } = await gatewayForTest();
    const [a, b] = [enroll(), enroll()];
    const peer = await open(`${gateway.url}/node`, { headers: nodeHeaders(a) });
    peer.send(register(b.nodeId, "impostor"));
    expect(await closedWithin(peer)).toEqual([1008, `this connection authenticated as node ${a.nodeId}, not ${b.nodeId}`]);
    expect(gateway.nodes.size).toBe(0);
  });

  it("refuses a second Register for a connected node (4009); the connected node keeps its session", async () => {
    const { gateway, enroll } = await gatewayForTest();
    const a = enroll();
    const first = await registeredNode(gateway, a, "first");
    const second = await open(`${gateway.url}/node`, { headers: nodeHeaders(a) });
    second.send(register(a.nodeId, "second"));
    expect(await closedWithin(second)).toEqual([4009, `node ${a.nodeId} is already connected`]);
    expect(gateway.nodes.get(a.nodeId)?.name).toBe("first");
    first.send(heartbeat(a.nodeId));
    await until(() => first.received.some((m) => "HeartbeatAck" in m), "the first connection's HeartbeatAck");
    expect(first.ws.readyState).toBe(WebSocket.OPEN);
  });

  it("ignores WorkloadLogs and WorkloadUpdate from a node for a workload deployed to another node", async () => {
    const { gateway, log, enroll } = await gatewayForTest();
    const [a, b] = [enroll(), enroll()];
    const runner = await registeredNode(gateway, a, "runner");
    const other = await registeredNode(gateway, b, "other");
    const workload = gateway.deploy(a.nodeId, "secret-job", WorkloadSpec.create({ image: "nginx" }));
    other.send({ WorkloadLogs: { workload_id: workload.id, lines: ["forged line"], is_stderr: false } });
    other.send({ WorkloadUpdate: { workload_id: workload.id, state: "Failed", message: "forged", timestamp: Timestamp.now() } });
    runner.send({ WorkloadLogs: { workload_id: workload.id, lines: ["real line"], is_stderr: false } });
    await until(() => log.includes("runner: [secret-job] real line"), "the runner's log line");
    expect(log).toContain(`other: ignored logs for a workload it does not run (${workload.id})`);
    expect(log.filter((l) => l.includes("forged"))).toEqual([]);
    expect(gateway.workloads.get(workload.id)?.status.state).toBe("Pending");
  });

  it("a DeployWorkload sent through /api/send belongs to the node it was sent to, whatever its status names", async () => {
    const { gateway, enroll, port, apiToken } = await gatewayForTest();
    const [a, b] = [enroll(), enroll()];
    const runner = await registeredNode(gateway, a, "runner");
    const other = await registeredNode(gateway, b, "other");
    const id = WorkloadId.new();
    const now = Timestamp.now();
    const body = JSON.stringify({
      DeployWorkload: {
        workload: {
          id,
          name: "sent",
          spec: JSON.parse(readFileSync(join(ROOT, "examples/gateway/demo-workload.json"), "utf8")),
          status: { node_id: b.nodeId, state: "Pending", message: null, started_at: null, finished_at: null },
          created_at: now,
          updated_at: now,
        },
      },
    });
    const headers = { authorization: `Bearer ${apiToken}`, host: `127.0.0.1:${port}` };
    expect(await http(port, `/api/send?node=${a.nodeId}`, headers, body)).toEqual([202, "sent DeployWorkload to 1 node(s)\n"]);
    await until(() => runner.received.some((m) => "DeployWorkload" in m), "the DeployWorkload");
    const sent = runner.received.find((m) => "DeployWorkload" in m) as { DeployWorkload: { workload: { status: { node_id: string } } } };
    expect(sent.DeployWorkload.workload.status.node_id).toBe(a.nodeId);
    expect(gateway.workloads.get(id)?.status.node_id).toBe(a.nodeId);
    other.send({ WorkloadUpdate: { workload_id: id, state: "Failed", message: "forged", timestamp: Timestamp.now() } });
    runner.send({ WorkloadUpdate: { workload_id: id, state: "Pulling", message: null, timestamp: Timestamp.now() } });
    await until(() => gateway.workloads.get(id)?.status.state === "Pulling", "the runner's update");
  });

  it("prints node names and log lines with control characters escaped", async () => {
    const { gateway, log, enroll } = await gatewayForTest();
    const a = enroll();
    const node = await registeredNode(gateway, a, "evil\u001b]0;owned\u0007");
    const workload = gateway.deploy(a.nodeId, "job", WorkloadSpec.create({ image: "nginx" }));
    node.send({
      WorkloadLogs: { workload_id: workload.id, lines: ["\u001b[2J\u001b[Hcleared", "one\nforged: line", "txt.\u202eexe", "c:\\dir"], is_stderr: true },
    });
    await until(() => log.some((l) => l.includes("c:")), "the last log line");
    const lines = log.filter((l) => l.includes("[job]"));
    expect(lines).toEqual([
      "evil\\x1b]0;owned\\x07: [job] (stderr) \\x1b[2J\\x1b[Hcleared",
      "evil\\x1b]0;owned\\x07: [job] (stderr) one\\x0aforged: line",
      "evil\\x1b]0;owned\\x07: [job] (stderr) txt.\\u202eexe",
      "evil\\x1b]0;owned\\x07: [job] (stderr) c:\\\\dir",
    ]);
    // eslint-disable-next-line no-control-regex
    expect(log.filter((l) => /[\u0000-\u001f\u007f-\u009f\u202e]/.test(l))).toEqual([]);
  });
});

describe("gateway security: a web page the operator visits cannot use the API or the feeds", () => {
  it("the control API refuses a request without the API token (401), with a foreign Host (421) or a cross-origin Origin (403)", async () => {
    const { gateway, enroll, port, apiToken, feedToken } = await gatewayForTest();
    const a = enroll();
    const node = await registeredNode(gateway, a, "target");
    const spec = readFileSync(join(ROOT, "examples/gateway/demo-workload.json"), "utf8").replace('"gpu_count": 1', '"gpu_count": 0');
    const host = `127.0.0.1:${port}`;
    const bearer = (token: string) => ({ authorization: `Bearer ${token}`, host });
    const status = async (headers: Record<string, string>) => (await http(port, "/api/deploy?name=x", headers, spec))[0];
    expect(await status({ host })).toBe(401);
    expect(await status(bearer(newToken()))).toBe(401);
    expect(await status(bearer(feedToken))).toBe(401);
    expect(await status({ authorization: `Basic ${apiToken}`, host })).toBe(401);
    // DNS rebinding: a page on attacker.example, resolved to 127.0.0.1, sends its own name as Host.
    expect(await status({ ...bearer(apiToken), host: `attacker.example:${port}` })).toBe(421);
    expect(await status({ ...bearer(apiToken), host: "127.0.0.1" })).toBe(421);
    expect(await status({ ...bearer(apiToken), origin: "https://attacker.example" })).toBe(403);
    expect(await status({ ...bearer(apiToken), origin: "null" })).toBe(403);
    expect(await status({ ...bearer(apiToken), origin: "http://127.0.0.1:8081" })).toBe(403);
    expect(await http(port, "/api/nothing", { host }, "", "GET")).toEqual([401, expect.any(String)]);
    expect(node.received.filter((m) => "DeployWorkload" in m)).toEqual([]);
    expect(gateway.workloads.size).toBe(0);
    // The operator's own requests: curl (no Origin), with localhost or the address as Host.
    expect(await status(bearer(apiToken))).toBe(201);
    expect(await status({ ...bearer(apiToken), host: `localhost:${port}` })).toBe(201);
    expect(await status({ ...bearer(apiToken), origin: `http://${host}` })).toBe(201);
  });

  it("the feeds refuse a dashboard without the feed token (401), with a foreign Host (421) or from an origin not allowed (403)", async () => {
    const dashboardOrigin = "http://127.0.0.1:8081";
    const { gateway, enroll, port, apiToken, feedToken } = await gatewayForTest({ allowedOrigins: [dashboardOrigin] });
    await registeredNode(gateway, enroll(), "listed");
    gateway.deploy([...gateway.nodes.keys()][0]!, "job", WorkloadSpec.create({ image: "nginx", env: [["DB_PASSWORD", "hunter2"]] }));
    for (const path of ["/feed/nodes", "/feed/workloads"]) {
      const url = `${gateway.url}${path}`;
      const offer = (token: string) => ["claw-feed", `bearer.${token}`];
      expect(await handshake(url)).toBe(401);
      expect(await handshake(url, {}, ["claw-feed"])).toBe(401);
      expect(await handshake(url, {}, offer(newToken()))).toBe(401);
      expect(await handshake(url, {}, offer(apiToken))).toBe(401);
      expect(await handshake(url, { headers: { host: `attacker.example:${port}` } }, offer(feedToken))).toBe(421);
      expect(await handshake(url, { origin: "https://attacker.example" }, offer(feedToken))).toBe(403);
      expect(await handshake(url, { origin: "http://127.0.0.1:9999" }, offer(feedToken))).toBe(403);
      expect(await handshake(url, { origin: dashboardOrigin }, offer(feedToken))).toBe("open");
    }
    // The allowed dashboard gets the state.
    const feed = new WebSocket(`${gateway.url}/feed/workloads`, ["claw-feed", `bearer.${feedToken}`], { origin: dashboardOrigin });
    cleanups.push(() => feed.terminate());
    const frames: string[] = [];
    feed.on("message", (d: Buffer) => frames.push(d.toString()));
    await until(() => frames.length === 1, "the workload replay");
    expect(frames[0]).toContain("hunter2");
  });
});

describe("gateway security: bounded resources", () => {
  it("keeps only the last transcriptFrames frames", async () => {
    const { gateway, enroll } = await gatewayForTest({ transcriptFrames: 20 });
    const a = enroll();
    const node = await registeredNode(gateway, a);
    for (let i = 0; i < 100; i++) node.send(heartbeat(a.nodeId));
    await until(() => node.received.filter((m) => "HeartbeatAck" in m).length === 100, "100 HeartbeatAcks");
    expect(gateway.transcript).toHaveLength(20);
    expect(gateway.transcript.at(-1)?.message).toHaveProperty("HeartbeatAck");
  });

  it("closes a node connection that does not register within registerTimeoutSecs (1008)", async () => {
    const { gateway, enroll } = await gatewayForTest({ registerTimeoutSecs: 1 });
    const silent = await open(`${gateway.url}/node`, { headers: nodeHeaders(enroll()) });
    expect(await closedWithin(silent)).toEqual([1008, "no Register within 1 s"]);
  }, 20_000);

  it("closes a node connection after more than malformedFrameLimit refused frames within the window (1008), not before", async () => {
    const { gateway, enroll, log } = await gatewayForTest({ malformedFrameLimit: 5, malformedWindowSecs: 600 });
    const a = enroll();
    const peer = await open(`${gateway.url}/node`, { headers: nodeHeaders(a) });
    for (let i = 0; i < 5; i++) peer.ws.send("{not json");
    peer.send(register(a.nodeId));
    await until(() => peer.received.some((m) => "Registered" in m), "Registered after 5 malformed frames");
    peer.ws.send("{not json");
    expect(await closedWithin(peer)).toEqual([1008, "more than 5 malformed frames within 600 s"]);
    expect(log.filter((l) => l.includes("rejected a frame"))).toHaveLength(6);
  }, 20_000);

  it("drops a dashboard that stops reading its feed instead of buffering for it without end", async () => {
    const { gateway, enroll, feedToken } = await gatewayForTest();
    await registeredNode(gateway, enroll());
    const feed = await open(`${gateway.url}/feed/nodes`, {}, ["claw-feed", `bearer.${feedToken}`]);
    (feed.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const gpus = Array.from({ length: 64 }, (_, index) => GpuCapability.create({ index, name: "NVIDIA H100", vram_mb: 81920 }));
    const metrics: NodeMessage = {
      Metrics: {
        node_id: NodeId.new(),
        gpu_metrics: gpus.map((g) => ({
          index: g.index,
          utilization_percent: 50,
          memory_used_mb: 1,
          memory_total_mb: 2,
          temperature_celsius: 40,
          power_watts: 300,
        })),
        timestamp: Timestamp.now(),
      },
    };
    // About 10 KB a frame: 4,000 of them are far more than any socket buffer.
    for (let i = 0; i < 4000 && gateway.nodeFeed.size > 0; i++) {
      gateway.toDashboards(metrics);
      if (i % 100 === 0) await new Promise((r) => setImmediate(r));
    }
    await until(() => gateway.nodeFeed.size === 0, "the gateway to drop the dashboard that does not read");
  }, 30_000);
});

describe("gateway security: the command lines and their credentials", () => {
  it("the gateway refuses to start without tokens; --add-node enrolls a node whose agent registers with CLAW_NODE_TOKEN_FILE", async () => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("CLAW_")));
    const run = (args: string[], env: NodeJS.ProcessEnv = clean, script = GATEWAY) => {
      const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d));
      child.stderr.on("data", (d: Buffer) => (output += d));
      cleanups.push(() => child.exitCode === null && child.kill());
      const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      return { output: () => output, exit };
    };
    const bounded = (exit: Promise<number | null>) => Promise.race([exit, new Promise<"still running">((r) => setTimeout(() => r("still running"), 10_000))]);

    const refused = run(["--port", "0"]);
    expect(await bounded(refused.exit)).toBe(2);
    expect(refused.output()).toContain("refusing to start without CLAW_API_TOKEN, CLAW_FEED_TOKEN, CLAW_NODE_TOKENS_FILE");
    await expect(startGateway({ port: 0, log: () => {} })).rejects.toThrow("the gateway needs apiToken, feedToken, nodeTokens");
    const weak = run(["--port", "0"], { ...clean, CLAW_API_TOKEN: "secret", CLAW_FEED_TOKEN: newToken(), CLAW_NODE_TOKENS_FILE: "/dev/null" });
    expect(await bounded(weak.exit)).toBe(2);
    expect(weak.output()).toContain("the API token must be at least 32 characters");

    const dir = tempDir("claw-cli-");
    const tokensFile = join(dir, "nodes.tokens");
    const added = run(["--node-tokens", tokensFile, "--add-node", "gpu-01"]);
    expect(await bounded(added.exit)).toBe(0);
    const [, nodeId, nodeToken] = /CLAW_NODE_ID=(\S+) CLAW_NODE_TOKEN=(\S+)/.exec(added.output()) ?? [];
    expect(readFileSync(tokensFile, "utf8")).toBe(`${nodeId} sha256:${digest(nodeToken!).toString("hex")}  # gpu-01\n`);

    const apiTokenFile = join(dir, "api.token");
    writeFileSync(apiTokenFile, `${newToken()}\n`);
    const env = { ...clean, CLAW_API_TOKEN_FILE: apiTokenFile, CLAW_FEED_TOKEN: newToken(), CLAW_NODE_TOKENS_FILE: tokensFile };
    const gateway = run(["--port", "0", "--ping", "0"], env);
    const port = (await until(() => /ws:\/\/127\.0\.0\.1:(\d+)\/node/.exec(gateway.output()), "the gateway to listen"))[1];
    const nodeTokenFile = join(dir, "node.token");
    writeFileSync(nodeTokenFile, `${nodeToken}\n`);
    const agent = run(
      ["--gateway", `ws://127.0.0.1:${port}/node`, "--name", "gpu-01"],
      { ...clean, CLAW_NODE_ID: nodeId, CLAW_NODE_TOKEN_FILE: nodeTokenFile },
      AGENT,
    );
    await until(() => gateway.output().includes(`gpu-01: registered as ${nodeId}`), "the agent to register");
    const stranger = run(["--gateway", `ws://127.0.0.1:${port}/node`, "--name", "stranger"], { ...clean, CLAW_NODE_TOKEN: newToken() }, AGENT);
    expect(await bounded(stranger.exit)).toBe(1);
    expect(stranger.output()).toContain("Unexpected server response: 401");
    const auth = { authorization: `Bearer ${readFileSync(apiTokenFile, "utf8").trim()}`, host: `127.0.0.1:${port}` };
    expect(await http(Number(port), "/api/send", auth, '{"Shutdown":{"reason":"done","graceful":true}}')).toEqual([202, "sent Shutdown to 1 node(s)\n"]);
    expect(await bounded(agent.exit)).toBe(0);
  }, 30_000);
});
