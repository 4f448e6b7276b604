var import_codec = require("./codec.js");
var import_runtime = require("./runtime.js");
const { process, Buffer } = globalThis;
const TYPES = /* @__PURE__ */ new Map([
  ["NodeMessage", (input) => (0, import_codec.serializeNodeMessage)((0, import_codec.parseNodeMessage)(input))],
  ["GatewayMessage", (input) => (0, import_codec.serializeGatewayMessage)((0, import_codec.parseGatewayMessage)(input))],
  ["NodeId", (input) => (0, import_codec.serializeNodeId)((0, import_codec.parseNodeId)(input))],
  ["WorkloadId", (input) => (0, import_codec.serializeWorkloadId)((0, import_codec.parseWorkloadId)(input))],
  ["Uuid", (input) => (0, import_codec.serializeUuid)((0, import_codec.parseUuid)(input))],
  ["Timestamp", (input) => (0, import_codec.serializeTimestamp)((0, import_codec.parseTimestamp)(input))],
  ["NodeCapabilities", (input) => (0, import_codec.serializeNodeCapabilities)((0, import_codec.parseNodeCapabilities)(input))],
  ["GpuCapability", (input) => (0, import_codec.serializeGpuCapability)((0, import_codec.parseGpuCapability)(input))],
  ["GpuMetricsProto", (input) => (0, import_codec.serializeGpuMetricsProto)((0, import_codec.parseGpuMetricsProto)(input))],
  ["WorkloadState", (input) => (0, import_codec.serializeWorkloadState)((0, import_codec.parseWorkloadState)(input))],
  ["Workload", (input) => (0, import_codec.serializeWorkload)((0, import_codec.parseWorkload)(input))],
  ["WorkloadSpec", (input) => (0, import_codec.serializeWorkloadSpec)((0, import_codec.parseWorkloadSpec)(input))],
  ["KeyValue", (input) => (0, import_codec.serializeKeyValue)((0, import_codec.parseKeyValue)(input))],
  ["VolumeMount", (input) => (0, import_codec.serializeVolumeMount)((0, import_codec.parseVolumeMount)(input))],
  ["RestartPolicy", (input) => (0, import_codec.serializeRestartPolicy)((0, import_codec.parseRestartPolicy)(input))],
  ["WorkloadStatus", (input) => (0, import_codec.serializeWorkloadStatus)((0, import_codec.parseWorkloadStatus)(input))],
  ["NodeConfig", (input) => (0, import_codec.serializeNodeConfig)((0, import_codec.parseNodeConfig)(input))],
  ["WorkloadEvent", (input) => (0, import_codec.serializeWorkloadEvent)((0, import_codec.parseWorkloadEvent)(input))],
  ["WorkloadEventKind", (input) => (0, import_codec.serializeWorkloadEventKind)((0, import_codec.parseWorkloadEventKind)(input))],
  ["EventMetadata", (input) => (0, import_codec.serializeEventMetadata)((0, import_codec.parseEventMetadata)(input))],
  ["ValidationError", (input) => (0, import_codec.serializeValidationError)((0, import_codec.parseValidationError)(input))],
  ["ProtoError", (input) => (0, import_codec.serializeProtoError)((0, import_codec.parseProtoError)(input))]
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
    if (e instanceof import_runtime.ProtoError) return failure(e.kind, e.message);
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
