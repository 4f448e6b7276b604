#!/usr/bin/env node
// @ts-check
// node examples/dashboard/main.js [--port 8081] [--gateway ws://127.0.0.1:8080]
import process from "node:process";
import { parseArgs } from "node:util";
import { startDashboard } from "./server.js";

const { values } = parseArgs({
  options: {
    host: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "8081" },
    gateway: { type: "string", default: "ws://127.0.0.1:8080" },
  },
});
const dashboard = await startDashboard({ host: values.host, port: Number(values.port) });
console.log(`[dashboard] bundled ${dashboard.bundleBytes} bytes; open ${dashboard.url}?gateway=${encodeURIComponent(values.gateway)}`);
const stop = () => void dashboard.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
