import {
  parseNodeMessage,
  serializeNodeMessage,
  parseGatewayMessage,
  serializeGatewayMessage,
  parseNodeId,
  serializeNodeId,
  parseWorkloadId,
  serializeWorkloadId,
  parseUuid,
  serializeUuid,
  parseTimestamp,
  serializeTimestamp,
  parseNodeCapabilities,
  serializeNodeCapabilities,
  parseGpuCapability,
  serializeGpuCapability,
  parseGpuMetricsProto,
  serializeGpuMetricsProto,
  parseWorkloadState,
  serializeWorkloadState,
  parseWorkload,
  serializeWorkload,
  parseWorkloadSpec,
  serializeWorkloadSpec,
  parseKeyValue,
  serializeKeyValue,
  parseVolumeMount,
  serializeVolumeMount,
  parseRestartPolicy,
  serializeRestartPolicy,
  parseWorkloadStatus,
  serializeWorkloadStatus,
  parseNodeConfig,
  serializeNodeConfig,
  parseWorkloadEvent,
  serializeWorkloadEvent,
  parseWorkloadEventKind,
  serializeWorkloadEventKind,
  parseEventMetadata,
  serializeEventMetadata,
  parseValidationError,
  serializeValidationError,
  parseProtoError,
  serializeProtoError
} from "./codec.js";
import { ProtoError } from "./runtime.js";
const { process, Buffer } = globalThis;
const TYPES = /* @__PURE__ */ new Map([
  ["NodeMessage", (input) => serializeNodeMessage(parseNodeMessage(input))],
  ["GatewayMessage", (input) => serializeGatewayMessage(parseGatewayMessage(input))],
  ["NodeId", (input) => serializeNodeId(parseNodeId(input))],
  ["WorkloadId", (input) => serializeWorkloadId(parseWorkloadId(input))],
  ["Uuid", (input) => serializeUuid(parseUuid(input))],
  ["Timestamp", (input) => serializeTimestamp(parseTimestamp(input))],
  ["NodeCapabilities", (input) => serializeNodeCapabilities(parseNodeCapabilities(input))],
  ["GpuCapability", (input) => serializeGpuCapability(parseGpuCapability(input))],
  ["GpuMetricsProto", (input) => serializeGpuMetricsProto(parseGpuMetricsProto(input))],
  ["WorkloadState", (input) => serializeWorkloadState(parseWorkloadState(input))],
  ["Workload", (input) => serializeWorkload(parseWorkload(input))],
  ["WorkloadSpec", (input) => serializeWorkloadSpec(parseWorkloadSpec(input))],
  ["KeyValue", (input) => serializeKeyValue(parseKeyValue(input))],
  ["VolumeMount", (input) => serializeVolumeMount(parseVolumeMount(input))],
  ["RestartPolicy", (input) => serializeRestartPolicy(parseRestartPolicy(input))],
  ["WorkloadStatus", (input) => serializeWorkloadStatus(parseWorkloadStatus(input))],
  ["NodeConfig", (input) => serializeNodeConfig(parseNodeConfig(input))],
  ["WorkloadEvent", (input) => serializeWorkloadEvent(parseWorkloadEvent(input))],
  ["WorkloadEventKind", (input) => serializeWorkloadEventKind(parseWorkloadEventKind(input))],
  ["EventMetadata", (input) => serializeEventMetadata(parseEventMetadata(input))],
  ["ValidationError", (input) => serializeValidationError(parseValidationError(input))],
  ["ProtoError", (input) => serializeProtoError(parseProtoError(input))]
]);
const decoder = new TextDecoder("utf-8", { fatal: true });
function failure(kind, error) {
  return JSON.stringify({ ok: false, kind, error });
}
function answer(line) {
  let request;
  try {
    request = JSON.parse(decoder.decode(line));
  } catch (e) {
    return failure("BadRequest", `not a request line: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (request === null || typeof request !== "object" || typeof request.type !== "string") {
    return failure("BadRequest", "a request is an object with a string `type`");
  }
  let input;
  if (typeof request.text === "string" && request.base64 === void 0) input = request.text;
  else if (typeof request.base64 === "string" && request.text === void 0) input = Buffer.from(request.base64, "base64");
  else return failure("BadRequest", "a request has exactly one of `text` and `base64` (a string)");
  const roundTrip = TYPES.get(request.type);
  if (roundTrip === void 0) return failure("UnknownType", `no type \`${request.type}\` in this schema`);
  try {
    return JSON.stringify({ ok: true, canonical: roundTrip(input) });
  } catch (e) {
    if (e instanceof ProtoError) return failure(e.kind, e.message);
    return failure("Crash", e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  }
}
let pending = [];
process.stdin.on("data", (chunk) => {
  const out = [];
  let start = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, start)) {
    let line = chunk.subarray(start, i);
    if (pending.length > 0) {
      line = concat([...pending, line]);
      pending = [];
    }
    out.push(answer(line), "\n");
    start = i + 1;
  }
  if (start < chunk.length) pending.push(chunk.slice(start));
  if (out.length > 0 && !process.stdout.write(out.join(""))) {
    process.stdin.pause();
    process.stdout.once("drain", () => process.stdin.resume());
  }
});
process.stdin.on("end", () => {
  if (pending.length > 0) process.stdout.write(answer(concat(pending)) + "\n");
});
function concat(parts) {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}
//# sourceMappingURL=conformance.js.map
