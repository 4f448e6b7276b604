#!/usr/bin/env node
// @ts-check
// node examples/node-agent/main.js --help
// Exit status: 0 after the gateway's Shutdown, 1 if the connection ends otherwise, 2 on a bad command line.
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import process from "node:process";
import { parseArgs } from "node:util";
import { GpuCapability, NodeCapabilities, NodeId, PROTOCOL_VERSION } from "../claw-proto.js";
import { escapeControl } from "../wire.js";
import { startAgent } from "./agent.js";

const HELP = `Usage: CLAW_NODE_ID=<id> CLAW_NODE_TOKEN=<token> node examples/node-agent/main.js [options]

A claw-proto node agent with simulated GPUs and workloads.

Credentials (from the gateway's --add-node; without them a gateway that checks node tokens refuses the node):
  CLAW_NODE_ID                               this node's id (default: a new random id)
  CLAW_NODE_TOKEN or CLAW_NODE_TOKEN_FILE    this node's token, sent as Authorization: Bearer <token>

Options:
  --gateway URL            the gateway's node endpoint (default ws://127.0.0.1:8080/node)
  --name NAME              default: this host's name
  --gpus N --gpu-name NAME --vram-mb MB --compute-capability X.Y --driver-version V
                           the GPUs to report (default 0 GPUs; NVIDIA H100, 81920 MB, 9.0, 535.104.05)
  --max-workloads N        default 4
  --runtimes A,B           default docker,containerd
  --step-ms MS             how long each simulated workload phase lasts (default 1000)
  --protocol-version N     the protocol major version to announce (default ${PROTOCOL_VERSION})
  --help                   this text

Exit status: 0 after the gateway's Shutdown, 1 if the connection ends otherwise, 2 on a bad command line.
`;

const { values } = parseArgs({
  options: {
    help: { type: "boolean", default: false },
    gateway: { type: "string", default: "ws://127.0.0.1:8080/node" },
    name: { type: "string", default: hostname() },
    gpus: { type: "string", default: "0" },
    "gpu-name": { type: "string", default: "NVIDIA H100" },
    "vram-mb": { type: "string", default: "81920" },
    "compute-capability": { type: "string", default: "9.0" },
    "driver-version": { type: "string", default: "535.104.05" },
    "max-workloads": { type: "string", default: "4" },
    runtimes: { type: "string", default: "docker,containerd" },
    "step-ms": { type: "string", default: "1000" },
    "protocol-version": { type: "string", default: String(PROTOCOL_VERSION) },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`node-agent: ${message}`);
  process.exit(2);
}

/** @param {string} flag @param {string} value @param {number} max */
function whole(flag, value, max) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) fail(`--${flag} must be a whole number from 0 to ${max}, got ${JSON.stringify(value)}`);
  return n;
}

/** @returns {string | undefined} */
function nodeToken() {
  const { CLAW_NODE_TOKEN: value, CLAW_NODE_TOKEN_FILE: file } = process.env;
  if (value !== undefined && file !== undefined) fail("set CLAW_NODE_TOKEN or CLAW_NODE_TOKEN_FILE, not both");
  if (file === undefined) return value;
  try {
    return readFileSync(file, "utf8").trim();
  } catch (e) {
    return fail(`CLAW_NODE_TOKEN_FILE: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** @returns {NodeId | undefined} */
function nodeId() {
  const id = process.env.CLAW_NODE_ID;
  if (id === undefined) return undefined;
  try {
    return NodeId.fromStr(id);
  } catch {
    return fail(`CLAW_NODE_ID is not a node id (a UUID): ${JSON.stringify(id)}`);
  }
}

const U32 = 0xffffffff;
const gpuCount = whole("gpus", values.gpus, 64);
const vramMb = whole("vram-mb", values["vram-mb"], Number.MAX_SAFE_INTEGER);
const capabilities = NodeCapabilities.create({
  total_vram_mb: gpuCount * vramMb,
  gpu_count: gpuCount,
  gpus: Array.from({ length: gpuCount }, (_, index) =>
    GpuCapability.create({
      index,
      name: values["gpu-name"],
      vram_mb: vramMb,
      compute_capability: values["compute-capability"],
      driver_version: values["driver-version"],
    }),
  ),
  max_concurrent_workloads: whole("max-workloads", values["max-workloads"], U32),
  supported_runtimes: values.runtimes.split(",").filter((r) => r !== ""),
});

const agent = startAgent({
  gateway: values.gateway,
  name: values.name,
  nodeId: nodeId(),
  token: nodeToken(),
  capabilities,
  stepMs: whole("step-ms", values["step-ms"], 3_600_000),
  protocolVersion: whole("protocol-version", values["protocol-version"], U32),
});
process.on("SIGINT", () => agent.close());
process.on("SIGTERM", () => agent.close());
const closed = await agent.closed;
if (closed.shutdown) {
  console.log(escapeControl(`[${values.name}] stopped: ${closed.shutdown.reason}`));
} else {
  console.error(escapeControl(`[${values.name}] the gateway closed the connection: ${closed.code}${closed.reason ? ` ${closed.reason}` : ""}`));
  process.exitCode = 1;
}
