#!/usr/bin/env node
// @ts-check
// node examples/node-agent/main.js --gateway ws://127.0.0.1:8080/node --name gpu-node-01 --gpus 8 --gpu-name "NVIDIA H100" --vram-mb 81920
// Exit status: 0 after the gateway's Shutdown, 1 if the connection ends otherwise, 2 on a bad command line.
import { hostname } from "node:os";
import process from "node:process";
import { parseArgs } from "node:util";
import { GpuCapability, NodeCapabilities, PROTOCOL_VERSION } from "../claw-proto.js";
import { startAgent } from "./agent.js";

const { values } = parseArgs({
  options: {
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

/** @param {string} flag @param {string} value @param {number} max */
function whole(flag, value, max) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    console.error(`node-agent: --${flag} must be a whole number from 0 to ${max}, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return n;
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
  capabilities,
  stepMs: whole("step-ms", values["step-ms"], 3_600_000),
  protocolVersion: whole("protocol-version", values["protocol-version"], U32),
});
process.on("SIGINT", () => agent.close());
process.on("SIGTERM", () => agent.close());
const closed = await agent.closed;
if (closed.shutdown) {
  console.log(`[${values.name}] stopped: ${closed.shutdown.reason}`);
} else {
  console.error(`[${values.name}] the gateway closed the connection: ${closed.code}${closed.reason ? ` ${closed.reason}` : ""}`);
  process.exitCode = 1;
}
