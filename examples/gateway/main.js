#!/usr/bin/env node
// @ts-check
// node examples/gateway/main.js --help
import { appendFileSync, readFileSync } from "node:fs";
import process from "node:process";
import { parseArgs } from "node:util";
import { NodeId } from "../claw-proto.js";
import { TOKEN_RULE, newToken, nodeTokenLine, readNodeTokens } from "./auth.js";
import { startGateway } from "./gateway.js";

const HELP = `Usage: node examples/gateway/main.js [options]
       node examples/gateway/main.js --node-tokens FILE --add-node NAME

A claw-proto gateway: nodes connect to ws://HOST:PORT/node, dashboards to /feed/nodes and /feed/workloads,
the control API is POST /api/deploy and /api/send.

Credentials (the gateway refuses to start without all three, unless --insecure):
  CLAW_API_TOKEN or CLAW_API_TOKEN_FILE    the control API's token: curl -H "Authorization: Bearer $CLAW_API_TOKEN"
  CLAW_FEED_TOKEN or CLAW_FEED_TOKEN_FILE  the token dashboards present to read the feeds (give it to the dashboard)
  CLAW_NODE_TOKENS_FILE or --node-tokens   the nodes allowed to register, one per line: <node-id> sha256:<hex SHA-256
                                           of its token>; read at each node connection. --add-node writes these lines.
  A token is ${TOKEN_RULE}.

Options:
  --host ADDR            listen address (default 127.0.0.1)
  --port N               default 8080
  --heartbeat S          heartbeat interval sent to nodes (default 5); a node silent for 3 intervals is dropped
  --metrics S            metrics interval sent to nodes (default 10)
  --ping S               ping every node this often, 0 never (default 30)
  --node-tokens FILE     as CLAW_NODE_TOKENS_FILE
  --add-node NAME        add a node to the node tokens file (created if missing), print its CLAW_NODE_ID and
                         CLAW_NODE_TOKEN (shown once: the file keeps only the token's hash) and exit
  --allow-origin URL     a browser origin that may open the feeds: the dashboard's page (repeatable;
                         default http://127.0.0.1:8081 and http://localhost:8081)
  --allow-host NAME      a host name API and feed requests may use besides the listen address and loopback
                         (repeatable; needed when listening on 0.0.0.0)
  --insecure             start even without the credentials above and skip their checks (development only)
  --help                 this text

Refused: a node without its token (401), a Register for another node id or for a node already connected,
an API or feed request with a foreign Host (421) or a cross-origin Origin (403) or without its token (401).
`;

const { values } = parseArgs({
  options: {
    host: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "8080" },
    heartbeat: { type: "string", default: "5" },
    metrics: { type: "string", default: "10" },
    ping: { type: "string", default: "30" },
    "node-tokens": { type: "string" },
    "add-node": { type: "string" },
    "allow-origin": { type: "string", multiple: true, default: ["http://127.0.0.1:8081", "http://localhost:8081"] },
    "allow-host": { type: "string", multiple: true, default: [] },
    insecure: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`gateway: ${message}`);
  process.exit(2);
}

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

/** @param {string} flag @param {string} value */
function seconds(flag, value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) fail(`--${flag} must be a whole number of seconds, got ${JSON.stringify(value)}`);
  return n;
}

/** A token from the variable NAME or from the file named by NAME_FILE. @param {string} name */
function tokenFromEnvironment(name) {
  const value = process.env[name];
  const file = process.env[`${name}_FILE`];
  if (value !== undefined && file !== undefined) fail(`set ${name} or ${name}_FILE, not both`);
  if (file === undefined) return value;
  try {
    return readFileSync(file, "utf8").trim();
  } catch (e) {
    return fail(`${name}_FILE: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const nodeTokensFile = values["node-tokens"] ?? process.env.CLAW_NODE_TOKENS_FILE;

if (values["add-node"] !== undefined) {
  if (nodeTokensFile === undefined) fail("--add-node needs --node-tokens FILE (or CLAW_NODE_TOKENS_FILE)");
  const [id, token] = [NodeId.new(), newToken()];
  appendFileSync(nodeTokensFile, nodeTokenLine(id, token, values["add-node"]), { mode: 0o600 });
  console.log(`added node ${values["add-node"]} to ${nodeTokensFile}; start its agent with (the token is not stored, keep it secret):`);
  console.log(`CLAW_NODE_ID=${id} CLAW_NODE_TOKEN=${token} node examples/node-agent/main.js --name ${JSON.stringify(values["add-node"])}`);
  process.exit(0);
}

const apiToken = tokenFromEnvironment("CLAW_API_TOKEN");
const feedToken = tokenFromEnvironment("CLAW_FEED_TOKEN");
const missing = [
  apiToken === undefined ? "CLAW_API_TOKEN" : "",
  feedToken === undefined ? "CLAW_FEED_TOKEN" : "",
  nodeTokensFile === undefined ? "CLAW_NODE_TOKENS_FILE" : "",
].filter((m) => m !== "");
if (missing.length > 0 && !values.insecure) {
  fail(`refusing to start without ${missing.join(", ")} (see --help; e.g. export CLAW_API_TOKEN=$(openssl rand -hex 32); --insecure skips this)`);
}
/** @type {import("./gateway.js").NodeTokens | undefined} */
let nodeTokens;
if (nodeTokensFile !== undefined) {
  const file = nodeTokensFile;
  try {
    readNodeTokens(file); // a broken file stops the start, not the first node
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  // Read at each connection: --add-node takes effect without a restart, and a removed line revokes a node.
  nodeTokens = { get: (id) => readNodeTokens(file).get(id) };
}

let gateway;
try {
  gateway = await startGateway({
    host: values.host,
    port: seconds("port", values.port),
    heartbeatIntervalSecs: seconds("heartbeat", values.heartbeat),
    metricsIntervalSecs: seconds("metrics", values.metrics),
    pingIntervalSecs: seconds("ping", values.ping),
    apiToken,
    feedToken,
    nodeTokens,
    insecure: values.insecure,
    allowedOrigins: values["allow-origin"],
    allowedHosts: values["allow-host"],
  });
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
const started = gateway;
const http = started.url.replace(/^ws:/, "http:");
console.log(`[gateway] listening: nodes connect to ${started.url}/node, dashboards to ${started.url}/feed/nodes and /feed/workloads`);
console.log(
  `[gateway] control: curl -H "Authorization: Bearer <the API token>" -X POST '${http}/api/deploy?name=demo' -d @examples/gateway/demo-workload.json`,
);
const stop = () => void started.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
