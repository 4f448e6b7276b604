#!/usr/bin/env node
// @ts-check
// node examples/dashboard/main.js --help
import { readFileSync } from "node:fs";
import process from "node:process";
import { parseArgs } from "node:util";
import { startDashboard } from "./server.js";

const HELP = `Usage: CLAW_FEED_TOKEN=<token> node examples/dashboard/main.js [--port 8081] [--gateway ws://127.0.0.1:8080]

Serves the dashboard page and prints the URL to open. The URL carries the gateway's feed token in its
fragment (#token=…), which browsers never send to a server; the page offers it to the gateway only.

  CLAW_FEED_TOKEN or CLAW_FEED_TOKEN_FILE   the gateway's feed token
  --host ADDR       listen address (default 127.0.0.1)
  --port N          default 8081; the gateway must allow this page's origin (its --allow-origin,
                    by default http://127.0.0.1:8081 and http://localhost:8081)
  --gateway URL     the gateway (default ws://127.0.0.1:8080)
  --help            this text
`;

const { values } = parseArgs({
  options: {
    host: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "8081" },
    gateway: { type: "string", default: "ws://127.0.0.1:8080" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`dashboard: ${message}`);
  process.exit(2);
}

/** @returns {string | undefined} */
function feedToken() {
  const { CLAW_FEED_TOKEN: value, CLAW_FEED_TOKEN_FILE: file } = process.env;
  if (value !== undefined && file !== undefined) fail("set CLAW_FEED_TOKEN or CLAW_FEED_TOKEN_FILE, not both");
  if (file === undefined) return value;
  try {
    return readFileSync(file, "utf8").trim();
  } catch (e) {
    return fail(`CLAW_FEED_TOKEN_FILE: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const token = feedToken();
if (token === undefined) console.error("dashboard: no CLAW_FEED_TOKEN: the gateway will refuse the feeds unless it runs with --insecure");
const dashboard = await startDashboard({ host: values.host, port: Number(values.port) });
const fragment = token === undefined ? "" : `#token=${encodeURIComponent(token)}`;
console.log(`[dashboard] bundled ${dashboard.bundleBytes} bytes; open ${dashboard.url}?gateway=${encodeURIComponent(values.gateway)}${fragment}`);
const stop = () => void dashboard.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
