// @ts-check
// The gateway's HTTP control API: bodies are claw-proto JSON, read by the generated parsers.
//   POST /api/deploy?node=<id>&name=<name>   body: a WorkloadSpec   → 201 and the Workload sent
//   POST /api/send?node=<id>                 body: a GatewayMessage → 202 (no node: every node)
// Every request needs `Authorization: Bearer <API token>` (401), a Host naming this gateway (421) and,
// from a browser, no Origin but the gateway's own (403): a web page cannot deploy or read workloads.
import { Buffer } from "node:buffer";
import { parseGatewayMessage, parseWorkloadSpec, serializeWorkload } from "../claw-proto.js";
import { describeRejection } from "../wire.js";
import { InvalidSpecError } from "./gateway.js";

/** @typedef {import("../claw-proto.js").NodeId} NodeId */

/** A WorkloadSpec or GatewayMessage; what the gateway sends on must fit in a node agent's frame limit. */
const MAX_BODY_BYTES = 256 * 1024;
const USAGE =
  "claw-proto gateway: nodes connect to ws://…/node; dashboards to ws://…/feed/nodes and ws://…/feed/workloads;\n" +
  "POST /api/deploy?node=<id>&name=<name> with a WorkloadSpec, POST /api/send?node=<id> with a GatewayMessage\n";

/**
 * @param {import("./gateway.js").Gateway} gateway
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export async function handleControlRequest(gateway, req, res) {
  /** @param {number} status @param {string} body @param {string} [type] */
  const reply = (status, body, type = "text/plain; charset=utf-8") => res.writeHead(status, { "content-type": type }).end(body);
  /** @param {number} status @param {string} why */
  const refuse = (status, why) => {
    gateway.log(`refused an API request from ${req.socket.remoteAddress}:${req.socket.remotePort}: ${status} ${why}`);
    return reply(status, `${why}\n`);
  };
  const refusal = gateway.browserRefusal(req, []);
  if (refusal !== undefined) return refuse(refusal.status, refusal.why);
  if (!gateway.apiAuthorized(req)) {
    res.setHeader("www-authenticate", 'Bearer realm="claw-proto gateway"');
    return refuse(401, "the control API needs Authorization: Bearer <the API token>");
  }
  const url = new URL(req.url ?? "/", "http://gateway");
  if (req.method !== "POST" || (url.pathname !== "/api/deploy" && url.pathname !== "/api/send")) return reply(404, USAGE);
  /** @type {Uint8Array | undefined} */
  let body;
  try {
    body = await readBody(req);
  } catch {
    return res.destroy(); // the client went away mid-body: nobody to answer
  }
  if (body === undefined) {
    res.setHeader("connection", "close");
    return reply(413, `the body is larger than ${MAX_BODY_BYTES} bytes\n`);
  }
  const nodeParam = url.searchParams.get("node");
  const node = /** @type {NodeId | undefined} */ (nodeParam ?? [...gateway.nodes.keys()][0]);
  if (node === undefined || !gateway.nodes.has(node)) return reply(409, nodeParam ? `no registered node ${nodeParam}\n` : "no node is registered\n");
  try {
    if (url.pathname === "/api/deploy") {
      const spec = parseWorkloadSpec(body);
      const workload = gateway.deploy(node, url.searchParams.get("name") ?? `workload-${Date.now().toString(36)}`, spec);
      return reply(201, serializeWorkload(workload), "application/json");
    }
    const message = parseGatewayMessage(body);
    const targets = nodeParam ? [node] : [...gateway.nodes.keys()];
    for (const target of targets) gateway.send(target, message);
    return reply(202, `sent ${Object.keys(message)[0]} to ${targets.length} node(s)\n`);
  } catch (e) {
    if (e instanceof InvalidSpecError) return reply(422, `${e.message}\n`);
    return reply(400, `${describeRejection(e)}\n`);
  }
}

/** @param {import("node:http").IncomingMessage} req @returns {Promise<Uint8Array | undefined>} */
async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
