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
