// @ts-check
// What the gateway and the node agent share about frames on a socket (Node.js side).
import { Buffer } from "node:buffer";
import { ProtoError } from "./claw-proto.js";

/**
 * A ws frame as the bytes the generated parsers take (they decode UTF-8 themselves, strictly).
 * @param {import("ws").RawData} data
 * @returns {Uint8Array}
 */
export function bytesOf(data) {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/**
 * One log line for a frame the generated parser refused: kind, JSON pointer, detail.
 * @param {unknown} error
 * @returns {string}
 */
export function describeRejection(error) {
  if (error instanceof ProtoError) return `ProtoError ${error.kind} at ${error.pointer === "" ? "(the whole message)" : error.pointer}: ${error.detail}`;
  throw error;
}

/**
 * Text from a peer made safe to print: control characters (C0, DEL, C1), line and paragraph separators
 * and bidirectional-text controls become \xNN or \uNNNN, and a backslash becomes \\, so a log line
 * cannot move the cursor, rewrite the terminal's title, forge another line or reorder what is shown.
 * @param {string} text
 * @returns {string}
 */
export function escapeControl(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => {
    if (c === "\\") return "\\\\";
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
