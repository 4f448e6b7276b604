// The reference programs in examples/, run for real on loopback: a gateway, node agents (as the
// command-line programs users start) and the dashboard in headless Chromium.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { chromium } from "playwright-core";
import { startGateway, type Gateway, type GatewayOptions } from "../examples/gateway/gateway.js";
import { startAgent } from "../examples/node-agent/agent.js";
import { startDashboard } from "../examples/dashboard/server.js";
import {
  GpuCapability,
  NodeCapabilities,
  NodeId,
  PROTOCOL_VERSION,
  Timestamp,
  WorkloadSpec,
  parseGatewayMessage,
  parseNodeMessage,
  parseWorkload,
  serializeGatewayMessage,
  serializeNodeMessage,
  type GatewayMessage,
  type NodeMessage,
  type Workload,
} from "../examples/claw-proto.js";
import { ROOT, tempDir } from "./helpers/paths.js";

const AGENT = join(ROOT, "examples/node-agent/main.js");
const CHROMIUM = "/usr/bin/chromium";

/** Resolves when `check` holds (polled); fails naming what it waited for. Not a timing assertion: the limit only ends a hung run. */
async function until<T>(check: () => T | undefined | false, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface AgentProcess {
  output: () => string;
  exit: Promise<number | null>;
}

/** A node's credentials, as the gateway's --add-node prints them. */
interface Credentials {
  nodeId: NodeId;
  token: string;
}

/** Start examples/node-agent/main.js as users do, with its credentials in the environment. */
function spawnAgent(args: string[], credentials: Credentials): AgentProcess {
  const env = { ...process.env, CLAW_NODE_ID: credentials.nodeId, CLAW_NODE_TOKEN: credentials.token };
  const child = spawn(process.execPath, [AGENT, ...args], { cwd: ROOT, env });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d));
  child.stderr.on("data", (d: Buffer) => (output += d));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  cleanups.push(() => child.exitCode === null && child.kill());
  return { output: () => output, exit };
}

/** A gateway with an API token, a feed token and node tokens; `enroll` adds a node (as --add-node does). */
async function gatewayForTest(
  options: GatewayOptions = {},
): Promise<{ gateway: Gateway; log: string[]; enroll: () => Credentials; apiToken: string; feedToken: string }> {
  const log: string[] = [];
  const [apiToken, feedToken] = [newToken(), newToken()];
  const nodeTokens = new Map<string, Buffer>();
  const enroll = () => {
    const credentials = { nodeId: NodeId.new(), token: newToken() };
    nodeTokens.set(credentials.nodeId, createHash("sha256").update(credentials.token).digest());
    return credentials;
  };
  const gateway = await startGateway({
    port: 0,
    heartbeatIntervalSecs: 1,
    metricsIntervalSecs: 1,
    pingIntervalSecs: 0,
    apiToken,
    feedToken,
    nodeTokens,
    log: (l) => log.push(l),
    ...options,
  });
  cleanups.push(() => gateway.close());
  return { gateway, log, enroll, apiToken, feedToken };
}

/** A token as users make them (`openssl rand -hex 32`). */
const newToken = () => randomBytes(32).toString("hex");

const PERIODIC = new Set(["Heartbeat", "HeartbeatAck", "Metrics"]);

/** A frame in a few words: direction, tag, and the detail that matters for the story. */
function describeFrame(direction: string, message: NodeMessage | GatewayMessage): string {
  const [tag, payload] = Object.entries(message)[0] as [string, Record<string, unknown>];
  if (tag === "WorkloadUpdate") return `${direction} WorkloadUpdate ${String(payload.state)}`;
  if (tag === "WorkloadLogs") return `${direction} WorkloadLogs${payload.is_stderr ? " (stderr)" : ""}`;
  if (tag === "DeployWorkload") return `${direction} DeployWorkload ${(payload.workload as Workload).name}`;
  return `${direction} ${tag}`;
}

describe("examples: gateway and node agents on loopback", () => {
  it("the whole conversation: Register, heartbeats, metrics, a workload's life with logs, Ping, GetWorkloadStatus, UpdateConfig, StopWorkload, Shutdown", async () => {
    const { gateway, log, enroll } = await gatewayForTest();
    const url = `${gateway.url}/node`;
    const a = spawnAgent(["--gateway", url, "--name", "gpu-a", "--gpus", "2", "--gpu-name", "NVIDIA A100", "--vram-mb", "40960", "--step-ms", "40"], enroll());
    const b = spawnAgent(["--gateway", url, "--name", "cpu-b", "--step-ms", "40"], enroll());
    await until(() => gateway.nodes.size === 2, "both agents to register");
    const idOf = (name: string) => [...gateway.nodes.values()].find((n) => n.name === name)!.id;
    const [A, B] = [idOf("gpu-a"), idOf("cpu-b")];
    const frames = (node: NodeId, direction?: "in" | "out", tag?: string) =>
      gateway.transcript.filter((f) => f.node === node && (!direction || f.direction === direction) && (!tag || tag in f.message));
    const payloads = <T>(node: NodeId, direction: "in" | "out", tag: string) =>
      frames(node, direction, tag).map((f) => (f.message as unknown as Record<string, T>)[tag]!);

    // Register carries the GPU figures from the command line; Registered the intervals.
    const [registerA] = payloads<{ capabilities: NodeCapabilities; protocol_version: number }>(A, "in", "Register");
    expect(registerA!.protocol_version).toBe(PROTOCOL_VERSION);
    expect(registerA!.capabilities).toMatchObject({
      total_vram_mb: 81920,
      gpu_count: 2,
      gpus: [{ index: 0, name: "NVIDIA A100", vram_mb: 40960 }, { index: 1 }],
    });
    expect(payloads(A, "out", "Registered")).toEqual([{ heartbeat_interval_secs: 1, metrics_interval_secs: 1, config: null }]);

    // Heartbeats (each acknowledged) and metrics, at the interval the gateway set.
    for (const node of [A, B]) {
      await until(() => frames(node, "in", "Heartbeat").length >= 2 && frames(node, "in", "Metrics").length >= 2, "two heartbeats and two metrics");
      await until(() => frames(node, "out", "HeartbeatAck").length >= 2, "heartbeat acks");
    }
    expect(payloads<{ gpu_metrics: unknown[] }>(A, "in", "Metrics")[0]!.gpu_metrics).toHaveLength(2);
    expect(payloads<{ gpu_metrics: unknown[] }>(B, "in", "Metrics")[0]!.gpu_metrics).toHaveLength(0);

    // A workload's whole life on node A.
    const spec = WorkloadSpec.create({
      image: "clawbernetes/llama:70b",
      gpu_count: 1,
      gpu_memory_mb: 40960,
      env: [["MODEL_PATH", "/models/llama-70b"]],
      ports: [8080],
    });
    const llama = gateway.deploy(A, "llama", spec);
    await until(() => gateway.workloads.get(llama.id)?.status.state === "Completed", "the workload to complete");
    const story = (node: NodeId) =>
      frames(node)
        .filter((f) => !PERIODIC.has(Object.keys(f.message)[0]!))
        .map((f) => describeFrame(f.direction, f.message));
    expect(story(A)).toEqual([
      "in Register",
      "out Registered",
      "out DeployWorkload llama",
      "in WorkloadUpdate Pending",
      "in WorkloadUpdate Pulling",
      "in WorkloadLogs",
      "in WorkloadUpdate Starting",
      "in WorkloadLogs",
      "in WorkloadUpdate Running",
      "in WorkloadLogs",
      "in WorkloadLogs (stderr)",
      "in WorkloadLogs",
      "in WorkloadUpdate Completed",
    ]);
    expect(payloads<{ lines: string[] }>(A, "in", "WorkloadLogs")[0]!.lines).toContain("Pulling clawbernetes/llama:70b");
    expect(gateway.workloads.get(llama.id)!.status).toMatchObject({ node_id: A, started_at: expect.any(String), finished_at: expect.any(String) });
    expect(log).toContain("gpu-a: workload llama is Completed (exit code 0)");

    // Ping: answered by a Heartbeat echoing its timestamp; the gateway measures the round trip.
    gateway.ping(A);
    gateway.ping(B);
    await until(() => gateway.nodes.get(A)?.rttMs !== undefined && gateway.nodes.get(B)?.rttMs !== undefined, "both ping round trips");
    const [ping] = payloads<{ timestamp: string }>(A, "out", "Ping");
    expect(payloads<{ timestamp: string }>(A, "in", "Heartbeat").map((h) => h.timestamp)).toContain(ping!.timestamp);

    // GetWorkloadStatus: the node reports the workload's state.
    gateway.send(A, { GetWorkloadStatus: { workload_id: llama.id } });
    await until(() => payloads<{ message: string }>(A, "in", "WorkloadUpdate").some((u) => u.message === "status requested"), "the status report");
    expect(payloads<{ state: string }>(A, "in", "WorkloadUpdate").at(-1)!.state).toBe("Completed");

    // StopWorkload right after DeployWorkload: the workload never completes.
    const stopped = gateway.deploy(A, "short-lived", WorkloadSpec.create({ image: "nginx:1.25" }));
    gateway.send(A, { StopWorkload: { workload_id: stopped.id, force: false } });
    await until(() => gateway.workloads.get(stopped.id)?.status.state === "Stopped", "the workload to stop");
    const states = payloads<{ workload_id: string; state: string }>(A, "in", "WorkloadUpdate").filter((u) => u.workload_id === stopped.id);
    expect(states.map((u) => u.state).slice(-2)).toEqual(["Stopping", "Stopped"]);
    expect(states.map((u) => u.state)).not.toContain("Completed");

    // UpdateConfig is followed: capacity 0 makes node B refuse the next workload, debug logging shows frames.
    gateway.send(B, { UpdateConfig: { config: { heartbeat_interval_secs: 2, metrics_interval_secs: 3, max_concurrent_workloads: 0, log_level: "debug" } } });
    const refused = gateway.deploy(B, "refused", WorkloadSpec.create({ image: "nginx" }));
    await until(() => gateway.workloads.get(refused.id)?.status.state === "Failed", "node B to refuse the workload");
    expect(gateway.workloads.get(refused.id)!.status.message).toBe("node at capacity: 0 concurrent workload(s)");
    await until(() => b.output().includes('← {"DeployWorkload"'), "node B's debug log");
    expect(b.output()).toContain("config updated: heartbeat every 2 s, metrics every 3 s, at most 0 workload(s), log level debug");

    // Shutdown: each agent closes with the reason and exits 0.
    for (const node of [A, B]) gateway.send(node, { Shutdown: { reason: "test over", graceful: true } });
    expect(await a.exit).toBe(0);
    expect(await b.exit).toBe(0);
    await until(() => gateway.nodes.size === 0, "both nodes to disconnect");
    expect(log).toContain("gpu-a: disconnected (1000 shutdown: test over)");
    expect(log).toContain("cpu-b: disconnected (1000 shutdown: test over)");

    // Everything on the wire is what the generated serializers write.
    expect(gateway.transcript.length).toBeGreaterThan(40);
    for (const f of gateway.transcript) {
      expect(f.direction === "in" ? serializeNodeMessage(parseNodeMessage(f.text)) : serializeGatewayMessage(parseGatewayMessage(f.text))).toBe(f.text);
    }
    expect(log.filter((l) => l.includes("rejected"))).toEqual([]);
  }, 60_000);

  it("a malformed frame is logged with its pointer and the connection stays up; a wrong major version, a missing Register or silence closes it with a reason", async () => {
    const { gateway, log, enroll } = await gatewayForTest();
    const url = `${gateway.url}/node`;
    const connect = async ({ nodeId, token } = enroll()) => {
      const ws = new WebSocket(url, { headers: { "x-claw-node-id": nodeId, authorization: `Bearer ${token}` } });
      await new Promise((resolve) => ws.once("open", resolve));
      const received: GatewayMessage[] = [];
      ws.on("message", (data: Buffer) => received.push(parseGatewayMessage(data)));
      const closed = new Promise<[number, string]>((resolve) => ws.on("close", (code, reason) => resolve([code, reason.toString()])));
      cleanups.push(() => ws.close());
      return { ws, received, closed, nodeId };
    };

    const node = await connect();
    const nodeId = node.nodeId;
    node.ws.send("{not json");
    node.ws.send(`{"Register":{"node_id":"${nodeId}","name":"raw","capabilities":{"total_vram_mb":-1}}}`);
    await until(() => log.filter((l) => l.includes("rejected a frame")).length === 2, "two rejections");
    expect(log.filter((l) => l.includes("rejected a frame")).map((l) => l.replace(/^127\.0\.0\.1:\d+: /, ""))).toEqual([
      expect.stringMatching(/^rejected a frame: ProtoError InvalidMessage at \(the whole message\): /),
      expect.stringMatching(/^rejected a frame: ProtoError InvalidMessage at \/Register\/capabilities\/total_vram_mb: /),
    ]);
    // Still connected: a valid Register is answered.
    node.ws.send(
      serializeNodeMessage({ Register: { node_id: nodeId, name: "raw", capabilities: NodeCapabilities.default(), protocol_version: PROTOCOL_VERSION } }),
    );
    await until(() => node.received.length === 1, "Registered");
    expect(Object.keys(node.received[0]!)).toEqual(["Registered"]);
    // It never sends a heartbeat: after three intervals the gateway hangs up (checked at the end, it takes seconds).
    const silence = node.closed;

    const early = await connect();
    early.ws.send(serializeNodeMessage({ Heartbeat: { node_id: NodeId.new(), timestamp: Timestamp.now() } }));
    expect(await early.closed).toEqual([1008, "the first message must be Register, got Heartbeat"]);

    const future = spawnAgent(["--gateway", url, "--name", "future", "--protocol-version", "2"], enroll());
    expect(await future.exit).toBe(1);
    expect(future.output()).toContain("the gateway closed the connection: 1002 unsupported protocol version 2: this gateway speaks 1");

    expect(await silence).toEqual([4001, "no heartbeat for 3 intervals of 1 s"]);
  }, 30_000);

  it("the node agent logs a malformed gateway frame with its pointer and carries on", async () => {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    await new Promise((resolve) => server.once("listening", resolve));
    const received: NodeMessage[] = [];
    server.on("connection", (ws) => {
      ws.on("message", (data: Buffer) => received.push(parseNodeMessage(data)));
      ws.send('{"Ping":{"timestamp":"yesterday"}}');
      ws.send(serializeGatewayMessage({ Registered: { heartbeat_interval_secs: 1, metrics_interval_secs: 60, config: null } }));
    });
    const { port } = server.address() as { port: number };
    const agent = spawnAgent(["--gateway", `ws://127.0.0.1:${port}`, "--name", "lone"], { nodeId: NodeId.new(), token: newToken() });
    await until(() => received.some((m) => "Heartbeat" in m), "a heartbeat after the bad frame");
    expect(agent.output()).toMatch(/\[lone\] rejected a frame: ProtoError InvalidMessage at \/Ping\/timestamp: /);
    for (const ws of server.clients) ws.send(serializeGatewayMessage({ Shutdown: { reason: "bye", graceful: false } }));
    expect(await agent.exit).toBe(0);
  }, 30_000);
});

describe("examples: the gateway's HTTP control API", () => {
  it("deploys a WorkloadSpec body, forwards a GatewayMessage body, and answers a bad body with the parser's pointer", async () => {
    const { gateway, enroll, apiToken } = await gatewayForTest();
    const api = gateway.url.replace(/^ws:/, "http:");
    const post = async (path: string, body: string) => {
      const res = await fetch(`${api}${path}`, { method: "POST", body, headers: { authorization: `Bearer ${apiToken}` } });
      return [res.status, await res.text()] as const;
    };
    expect(await post("/api/deploy", "{}")).toEqual([409, "no node is registered\n"]);
    const agent = startAgent({
      ...enroll(),
      gateway: `${gateway.url}/node`,
      name: "api-node",
      capabilities: NodeCapabilities.create({ max_concurrent_workloads: 1 }),
      stepMs: 40,
      log: () => {},
    });
    cleanups.push(() => agent.close());
    await agent.registered;

    const demo = readFileSync(join(ROOT, "examples/gateway/demo-workload.json"), "utf8");
    const [status, body] = await post("/api/deploy?name=demo", demo.replace('"gpu_count": 1', '"gpu_count": 0'));
    expect(status).toBe(201);
    const workload = parseWorkload(body);
    expect(workload).toMatchObject({ name: "demo", spec: { image: "clawbernetes/llama:70b" }, status: { node_id: agent.nodeId } });
    await until(() => gateway.workloads.get(workload.id)?.status.state === "Completed", "the deployed workload to complete");

    expect(await post("/api/deploy", demo.replace('"gpu_count": 1', '"gpu_count": 1.0'))).toEqual([
      400,
      expect.stringMatching(/^ProtoError InvalidMessage at \/gpu_count: /),
    ]);
    expect(await post("/api/deploy", demo.replace('"gpu_count": 1', '"gpu_count": 100'))).toEqual([
      422,
      expect.stringMatching(/^invalid workload spec: \/gpu_count: /),
    ]);
    expect(await post("/api/send", '{"Ping":{"timestamp":"2024-01-02T03:04:05Z"}}')).toEqual([202, "sent Ping to 1 node(s)\n"]);
    expect(await post("/api/send", '{"Pong":{}}')).toEqual([400, expect.stringMatching(/^ProtoError UnknownMessageType at /)]);
    expect(await post(`/api/send?node=${NodeId.new()}`, "{}")).toEqual([409, expect.stringMatching(/^no registered node /)]);
  }, 30_000);
});

// Without Chromium a developer's `npm test` skips this one test, loudly; CI (CI=true) requires it.
const MISSING_CHROMIUM = `${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium; .ci/run does this)`;
const skipBrowser = !existsSync(CHROMIUM) && process.env["CI"] !== "true";
if (skipBrowser) console.warn(`\n*** SKIPPED the dashboard test: ${MISSING_CHROMIUM} ***\n`);

describe("examples: the dashboard in headless Chromium", () => {
  it.skipIf(skipBrowser)(
    "shows the nodes with their GPUs and utilisation, and a workload reaching Completed",
    async () => {
      if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
      // The dashboard first: the gateway allows its page's origin.
      const dashboard = await startDashboard({ port: 0 });
      cleanups.push(() => dashboard.close());
      const { gateway, enroll, feedToken } = await gatewayForTest({ allowedOrigins: [new URL(dashboard.url).origin] });
      const capabilities = NodeCapabilities.create({
        total_vram_mb: 163840,
        gpu_count: 2,
        gpus: [0, 1].map((index) => GpuCapability.create({ index, name: "NVIDIA H100", vram_mb: 81920, compute_capability: "9.0" })),
        max_concurrent_workloads: 4,
        supported_runtimes: ["docker"],
      });
      const agents = [
        startAgent({ ...enroll(), gateway: `${gateway.url}/node`, name: "h100-01", capabilities, stepMs: 40, log: () => {} }),
        startAgent({ ...enroll(), gateway: `${gateway.url}/node`, name: "cpu-02", capabilities: NodeCapabilities.default(), stepMs: 40, log: () => {} }),
      ];
      for (const agent of agents) cleanups.push(() => agent.close());
      await Promise.all(agents.map((a) => a.registered));

      const browser = await chromium.launchPersistentContext(tempDir("claw-chromium-"), {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      });
      cleanups.push(() => browser.close());
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      // As examples/dashboard/main.js prints it: the feed token in the fragment.
      await page.goto(`${dashboard.url}?gateway=${encodeURIComponent(gateway.url)}#token=${feedToken}`);

      const h100 = page.locator(`tr[data-node-id="${agents[0]!.nodeId}"]`);
      const cpu = page.locator(`tr[data-node-id="${agents[1]!.nodeId}"]`);
      await h100.waitFor();
      await cpu.waitFor();
      expect(await h100.locator("strong").textContent()).toBe("h100-01");
      expect(await h100.textContent()).toContain("2 × NVIDIA H100 (160 GB in all)");
      expect(await cpu.locator("strong").textContent()).toBe("cpu-02");
      // Utilisation from Metrics, one bar per GPU.
      await h100.locator("[data-gpu]").nth(1).waitFor();
      expect(await h100.locator("[data-gpu]").allTextContents()).toEqual([expect.stringMatching(/^GPU 0\d+% · /), expect.stringMatching(/^GPU 1\d+% · /)]);

      const workload = gateway.deploy(agents[0]!.nodeId, "llama", WorkloadSpec.create({ image: "clawbernetes/llama:70b", gpu_count: 1 }));
      const row = page.locator(`tr[data-workload-id="${workload.id}"]`);
      await row.locator('[data-state="Completed"]').waitFor();
      expect(await row.locator("td").allTextContents()).toEqual(["llama", "clawbernetes/llama:70b", "h100-01", "Completed (exit code 0)", "llama finished"]);
      expect(await page.locator("#status").textContent()).toContain("no frame rejected");
      expect(problems).toEqual([]);
    },
    60_000,
  );
});

describe("examples: types", () => {
  it("type-check (checkJs, strict) against the generated package's declarations", () => {
    const configFile = join(ROOT, "examples/tsconfig.json");
    const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, join(ROOT, "examples"));
    expect(parsed.fileNames.length).toBeGreaterThan(8);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  }, 60_000);
});
