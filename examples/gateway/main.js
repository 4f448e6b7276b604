#!/usr/bin/env node
// @ts-check
// node examples/gateway/main.js [--port 8080] [--host 127.0.0.1] [--heartbeat 5] [--metrics 10] [--ping 30]
import process from "node:process";
import { parseArgs } from "node:util";
import { startGateway } from "./gateway.js";

const { values } = parseArgs({
  options: {
    host: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "8080" },
    heartbeat: { type: "string", default: "5" },
    metrics: { type: "string", default: "10" },
    ping: { type: "string", default: "30" },
  },
});

/** @param {string} flag @param {string} value */
function seconds(flag, value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    console.error(`gateway: --${flag} must be a whole number of seconds, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return n;
}

const gateway = await startGateway({
  host: values.host,
  port: seconds("port", values.port),
  heartbeatIntervalSecs: seconds("heartbeat", values.heartbeat),
  metricsIntervalSecs: seconds("metrics", values.metrics),
  pingIntervalSecs: seconds("ping", values.ping),
});
const http = gateway.url.replace(/^ws:/, "http:");
console.log(`[gateway] listening: nodes connect to ${gateway.url}/node, dashboards to ${gateway.url}/feed/nodes and /feed/workloads`);
console.log(`[gateway] control: curl -X POST '${http}/api/deploy?name=demo' -d @examples/gateway/demo-workload.json`);
const stop = () => void gateway.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
