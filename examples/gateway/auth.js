// @ts-check
// Who may talk to the gateway. Nodes prove their id with a per-node token; the operator's control API
// and the dashboards' feeds take their own tokens; and browser requests are checked (Origin, Host) so a
// web page the operator happens to visit can neither deploy nor read workload specs (env holds secrets).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { Buffer } from "node:buffer";
import { NodeId } from "../claw-proto.js";

/** A token: at least 32 characters, all usable in an HTTP header and in Sec-WebSocket-Protocol. */
export const TOKEN_SYNTAX = /^[A-Za-z0-9._~-]{32,1024}$/;
export const TOKEN_RULE = "at least 32 characters from A-Z a-z 0-9 . _ ~ - (e.g. `openssl rand -hex 32`)";

/** The subprotocol a dashboard asks for; its token rides along as a second one, `bearer.<token>`. */
export const FEED_PROTOCOL = "claw-feed";
const BEARER_PROTOCOL = "bearer.";

/** A random token. */
export function newToken() {
  return randomBytes(32).toString("hex");
}

/** How the node tokens file stores a token: "sha256:<64 hex digits>". @param {string} token */
export function tokenDigest(token) {
  return `sha256:${createHash("sha256").update(token, "utf8").digest("hex")}`;
}

/** @param {string} token @returns {Buffer} */
function sha256(token) {
  return createHash("sha256").update(token, "utf8").digest();
}

/** Compared against when a node id is unknown, so that answer takes as long as a wrong token. */
const NO_SUCH_NODE = sha256(newToken());

/**
 * Does `presented` hash to `expected`? Both sides are 32-byte digests, compared in constant time.
 * @param {string | undefined} presented @param {Buffer | undefined} expected
 */
export function tokenMatches(presented, expected) {
  if (presented === undefined) return false;
  const match = timingSafeEqual(sha256(presented), expected ?? NO_SUCH_NODE);
  return match && expected !== undefined;
}

/**
 * A configured token (API or feed): checked, and kept only as its digest.
 * @param {string} what for the error message @param {string} token
 * @returns {Buffer}
 */
export function configuredToken(what, token) {
  if (!TOKEN_SYNTAX.test(token)) throw new Error(`${what} must be ${TOKEN_RULE}`);
  return sha256(token);
}

/**
 * Parse a node tokens file: one node per line, `<node-id> sha256:<hex>`, `#` starts a comment.
 * @param {string} text
 * @returns {Map<string, Buffer>} node id → token digest
 */
export function parseNodeTokens(text) {
  /** @type {Map<string, Buffer>} */
  const tokens = new Map();
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/#.*/, "").trim();
    if (line === "") return;
    const match = /^(\S+)\s+sha256:([0-9a-f]{64})$/.exec(line);
    const id = canonicalNodeId(match?.[1]);
    if (match === null || id === undefined) throw new Error(`line ${index + 1}: expected "<node-id> sha256:<64 lowercase hex digits>"`);
    tokens.set(id, Buffer.from(match[2] ?? "", "hex"));
  });
  return tokens;
}

/** A node id in its one canonical spelling, or undefined if it is not one. @param {string | undefined} text */
export function canonicalNodeId(text) {
  if (text === undefined) return undefined;
  try {
    return NodeId.fromStr(text);
  } catch {
    return undefined;
  }
}

/** @param {string} path @returns {Map<string, Buffer>} */
export function readNodeTokens(path) {
  try {
    return parseNodeTokens(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`node tokens file ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The line `--add-node` appends for a node. @param {string} nodeId @param {string} token @param {string} name */
export function nodeTokenLine(nodeId, token, name) {
  return `${nodeId} ${tokenDigest(token)}  # ${name.replace(/[^\x20-\x7e]/g, "?")}\n`;
}

/** The bearer token of an Authorization header. @param {string | undefined} header */
export function bearerToken(header) {
  const match = /^Bearer ([^\s]+)$/i.exec(header ?? "");
  return match?.[1];
}

/** The token a dashboard offers in Sec-WebSocket-Protocol. @param {string | undefined} header */
export function feedToken(header) {
  const offered = (header ?? "").split(",").map((p) => p.trim());
  return offered.find((p) => p.startsWith(BEARER_PROTOCOL))?.slice(BEARER_PROTOCOL.length);
}

/** The Sec-WebSocket-Protocol list a dashboard sends. @param {string | undefined} token */
export function feedProtocols(token) {
  return token === undefined ? [FEED_PROTOCOL] : [FEED_PROTOCOL, `${BEARER_PROTOCOL}${token}`];
}

/**
 * Host names a request may name: the listening address, loopback, and the ones configured.
 * @param {string} listeningHost @param {readonly string[]} allowedHosts
 */
export function hostNames(listeningHost, allowedHosts) {
  const bracket = (/** @type {string} */ h) => (h.includes(":") && !h.startsWith("[") ? `[${h}]` : h);
  return new Set([listeningHost, "localhost", "127.0.0.1", "::1", ...allowedHosts].map((h) => bracket(h.toLowerCase())));
}

/**
 * Is the Host header one of `names` with the listening port? Refuses the name a DNS-rebinding page
 * would carry (its own domain, resolved to this machine).
 * @param {string | undefined} host @param {ReadonlySet<string>} names @param {number} port
 */
export function hostAllowed(host, names, port) {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec((host ?? "").toLowerCase());
  if (match === null) return false;
  return names.has(match[1] ?? "") && Number(match[2] ?? "80") === port;
}

/**
 * A browser always sends Origin on a WebSocket handshake and on a POST; tools like curl and ws do not.
 * Allowed: no Origin, the gateway's own origin (http://<Host>), or one of `origins`.
 * @param {string | undefined} origin @param {string | undefined} host @param {readonly string[]} origins
 */
export function originAllowed(origin, host, origins) {
  if (origin === undefined) return true;
  const o = origin.toLowerCase();
  return o === `http://${(host ?? "").toLowerCase()}` || origins.some((allowed) => allowed.toLowerCase().replace(/\/$/, "") === o);
}

/** Counts refused frames on one connection: more than `limit` within `windowMs` is too many. */
export class MalformedFrames {
  /** @param {number} limit @param {number} windowMs */
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    /** @type {number[]} when each recent one arrived */
    this.times = [];
  }
  /** Count one; true when that makes too many. @param {number} now */
  tooMany(now) {
    this.times.push(now);
    while (this.times.length > 0 && (this.times[0] ?? now) <= now - this.windowMs) this.times.shift();
    return this.times.length > this.limit;
  }
}
