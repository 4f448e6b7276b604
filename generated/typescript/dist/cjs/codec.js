var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var codec_exports = {};
__export(codec_exports, {
  parseEventMetadata: () => parseEventMetadata,
  parseGatewayMessage: () => parseGatewayMessage,
  parseGpuCapability: () => parseGpuCapability,
  parseGpuMetricsProto: () => parseGpuMetricsProto,
  parseKeyValue: () => parseKeyValue,
  parseNodeCapabilities: () => parseNodeCapabilities,
  parseNodeConfig: () => parseNodeConfig,
  parseNodeId: () => parseNodeId,
  parseNodeMessage: () => parseNodeMessage,
  parseProtoError: () => parseProtoError,
  parseRestartPolicy: () => parseRestartPolicy,
  parseTimestamp: () => parseTimestamp,
  parseUuid: () => parseUuid,
  parseValidationError: () => parseValidationError,
  parseVolumeMount: () => parseVolumeMount,
  parseWorkload: () => parseWorkload,
  parseWorkloadEvent: () => parseWorkloadEvent,
  parseWorkloadEventKind: () => parseWorkloadEventKind,
  parseWorkloadId: () => parseWorkloadId,
  parseWorkloadSpec: () => parseWorkloadSpec,
  parseWorkloadState: () => parseWorkloadState,
  parseWorkloadStatus: () => parseWorkloadStatus,
  serializeEventMetadata: () => serializeEventMetadata,
  serializeGatewayMessage: () => serializeGatewayMessage,
  serializeGpuCapability: () => serializeGpuCapability,
  serializeGpuMetricsProto: () => serializeGpuMetricsProto,
  serializeKeyValue: () => serializeKeyValue,
  serializeNodeCapabilities: () => serializeNodeCapabilities,
  serializeNodeConfig: () => serializeNodeConfig,
  serializeNodeId: () => serializeNodeId,
  serializeNodeMessage: () => serializeNodeMessage,
  serializeProtoError: () => serializeProtoError,
  serializeRestartPolicy: () => serializeRestartPolicy,
  serializeTimestamp: () => serializeTimestamp,
  serializeUuid: () => serializeUuid,
  serializeValidationError: () => serializeValidationError,
  serializeVolumeMount: () => serializeVolumeMount,
  serializeWorkload: () => serializeWorkload,
  serializeWorkloadEvent: () => serializeWorkloadEvent,
  serializeWorkloadEventKind: () => serializeWorkloadEventKind,
  serializeWorkloadId: () => serializeWorkloadId,
  serializeWorkloadSpec: () => serializeWorkloadSpec,
  serializeWorkloadState: () => serializeWorkloadState,
  serializeWorkloadStatus: () => serializeWorkloadStatus
});
module.exports = __toCommonJS(codec_exports);
var import_runtime = require("./runtime.js");
var import_runtime2 = require("./runtime.js");
var import_runtime3 = require("./runtime.js");
var import_runtime4 = require("./runtime.js");
var import_runtime5 = require("./runtime.js");
var import_runtime6 = require("./runtime.js");
var import_scalars = require("./scalars.js");
var import_scalars2 = require("./scalars.js");
var validate = __toESM(require("./validate.js"));
function readUuidString(r) {
  const canonical = r.readQuoted(import_scalars.CANONICAL_UUID_TOKEN);
  if (canonical !== void 0) return canonical;
  const s = r.readString("a UUID string");
  try {
    return (0, import_scalars.normalizeUuid)(s);
  } catch (e) {
    return r.fail(e.message);
  }
}
function writeUuidString(v) {
  if (!(0, import_scalars.isCanonicalUuid)(v)) throw new import_runtime.WriteFailure(`expected a lowercase hyphenated UUID, got ${(0, import_runtime.describe)(v)}`);
  return `"${v}"`;
}
function readTimestampString(r) {
  const token = r.readQuoted(import_scalars2.COMMON_TIMESTAMP_TOKEN);
  if (token !== void 0 && (0, import_scalars2.hasCanonicalFields)(token)) return token;
  const s = token ?? r.readString("a formatted date and time string");
  try {
    return (0, import_scalars2.normalizeTimestamp)(s);
  } catch (e) {
    return r.fail(e.message);
  }
}
function writeTimestampString(v) {
  if (!(0, import_scalars2.isCanonicalTimestamp)(v)) throw new import_runtime.WriteFailure(`expected a timestamp as chrono writes it (RFC 3339, UTC, "Z"), got ${(0, import_runtime.describe)(v)}`);
  return `"${v}"`;
}
function located(e, value, check) {
  const first = check(value)[0];
  if (first) throw new import_runtime.ProtoError("SerializationError", first.message, first.pointer);
  throw new import_runtime.ProtoError("SerializationError", e instanceof import_runtime.WriteFailure ? e.message : `the value cannot be written: ${(0, import_runtime.describeError)(e)}`);
}
function readNodeMessage(r) {
  const messageKind = r.path.length === 0 ? "UnknownMessageType" : "InvalidMessage";
  if (r.atString()) {
    const tag2 = r.readString();
    switch (tag2) {
      case "Register":
        return r.fail("invalid type: unit variant, expected struct variant `NodeMessage::Register`");
      case "Heartbeat":
        return r.fail("invalid type: unit variant, expected struct variant `NodeMessage::Heartbeat`");
      case "Metrics":
        return r.fail("invalid type: unit variant, expected struct variant `NodeMessage::Metrics`");
      case "WorkloadUpdate":
        return r.fail("invalid type: unit variant, expected struct variant `NodeMessage::WorkloadUpdate`");
      case "WorkloadLogs":
        return r.fail("invalid type: unit variant, expected struct variant `NodeMessage::WorkloadLogs`");
      default:
        return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag2)}, expected one of "Register", "Heartbeat", "Metrics", "WorkloadUpdate", "WorkloadLogs"`, messageKind);
    }
  }
  if (!r.atObject()) return r.invalidType("enum NodeMessage");
  const tag = r.beginVariant("enum NodeMessage");
  let value;
  r.path.push(tag);
  switch (tag) {
    case "Register":
      value = { Register: readNodeMessageRegister(r) };
      break;
    case "Heartbeat":
      value = { Heartbeat: readNodeMessageHeartbeat(r) };
      break;
    case "Metrics":
      value = { Metrics: readNodeMessageMetrics(r) };
      break;
    case "WorkloadUpdate":
      value = { WorkloadUpdate: readNodeMessageWorkloadUpdate(r) };
      break;
    case "WorkloadLogs":
      value = { WorkloadLogs: readNodeMessageWorkloadLogs(r) };
      break;
    default:
      r.path.pop();
      return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag)}, expected one of "Register", "Heartbeat", "Metrics", "WorkloadUpdate", "WorkloadLogs"`, messageKind);
  }
  r.path.pop();
  r.endTag();
  return value;
}
const FIELDS_NodeMessageRegister = ["node_id", "name", "capabilities", "protocol_version"];
const KEYS_NodeMessageRegister = ['"node_id":', '"name":', '"capabilities":', '"protocol_version":'];
function readNodeMessageRegister(r) {
  if (r.atArray()) return readNodeMessageRegisterSeq(r);
  r.beginObject("struct variant NodeMessage::Register");
  let nodeId;
  let name;
  let capabilities;
  let protocolVersion;
  for (let first = true, i = r.field(true, FIELDS_NodeMessageRegister, KEYS_NodeMessageRegister, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_NodeMessageRegister, KEYS_NodeMessageRegister, i + 1)) {
    switch (i) {
      case 0:
        if (nodeId !== void 0) r.fail("duplicate field `node_id`");
        r.path.push("node_id");
        nodeId = readNodeId(r);
        r.path.pop();
        break;
      case 1:
        if (name !== void 0) r.fail("duplicate field `name`");
        r.path.push("name");
        name = r.readString();
        r.path.pop();
        break;
      case 2:
        if (capabilities !== void 0) r.fail("duplicate field `capabilities`");
        r.path.push("capabilities");
        capabilities = readNodeCapabilities(r);
        r.path.pop();
        break;
      case 3:
        if (protocolVersion !== void 0) r.fail("duplicate field `protocol_version`");
        r.path.push("protocol_version");
        protocolVersion = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (nodeId === void 0) r.fail("missing field `node_id`");
  if (name === void 0) r.fail("missing field `name`");
  if (capabilities === void 0) r.fail("missing field `capabilities`");
  if (protocolVersion === void 0) r.fail("missing field `protocol_version`");
  return { node_id: nodeId, name, capabilities, protocol_version: protocolVersion };
}
const SEQ_NodeMessageRegister = [readNodeId, import_runtime2.readStringElement, readNodeCapabilities, (r) => r.readInt(0, 4294967295, "u32")];
function readNodeMessageRegisterSeq(r, first = true) {
  const [nodeId, name, capabilities, protocolVersion] = (0, import_runtime4.readStructSeq)(r, first, "struct variant NodeMessage::Register with 4 elements", SEQ_NodeMessageRegister);
  return { node_id: nodeId, name, capabilities, protocol_version: protocolVersion };
}
function writeNodeMessageRegister(v) {
  (0, import_runtime.expectObject)(v, "struct variant NodeMessage::Register");
  return '{"node_id":' + writeNodeId(v.node_id) + ',"name":' + (0, import_runtime.writeString)(v.name) + ',"capabilities":' + writeNodeCapabilities(v.capabilities) + ',"protocol_version":' + (0, import_runtime.writeInt)(v.protocol_version, 0, 4294967295, "u32") + "}";
}
const FIELDS_NodeMessageHeartbeat = ["node_id", "timestamp"];
const KEYS_NodeMessageHeartbeat = ['"node_id":', '"timestamp":'];
function readNodeMessageHeartbeat(r) {
  if (r.atArray()) return readNodeMessageHeartbeatSeq(r);
  r.beginObject("struct variant NodeMessage::Heartbeat");
  let nodeId;
  let timestamp;
  for (let first = true, i = r.field(true, FIELDS_NodeMessageHeartbeat, KEYS_NodeMessageHeartbeat, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_NodeMessageHeartbeat, KEYS_NodeMessageHeartbeat, i + 1)) {
    switch (i) {
      case 0:
        if (nodeId !== void 0) r.fail("duplicate field `node_id`");
        r.path.push("node_id");
        nodeId = readNodeId(r);
        r.path.pop();
        break;
      case 1:
        if (timestamp !== void 0) r.fail("duplicate field `timestamp`");
        r.path.push("timestamp");
        timestamp = readTimestamp(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (nodeId === void 0) r.fail("missing field `node_id`");
  if (timestamp === void 0) r.fail("missing field `timestamp`");
  return { node_id: nodeId, timestamp };
}
const SEQ_NodeMessageHeartbeat = [readNodeId, readTimestamp];
function readNodeMessageHeartbeatSeq(r, first = true) {
  const [nodeId, timestamp] = (0, import_runtime4.readStructSeq)(r, first, "struct variant NodeMessage::Heartbeat with 2 elements", SEQ_NodeMessageHeartbeat);
  return { node_id: nodeId, timestamp };
}
function writeNodeMessageHeartbeat(v) {
  (0, import_runtime.expectObject)(v, "struct variant NodeMessage::Heartbeat");
  return '{"node_id":' + writeNodeId(v.node_id) + ',"timestamp":' + writeTimestamp(v.timestamp) + "}";
}
const FIELDS_NodeMessageMetrics = ["node_id", "gpu_metrics", "timestamp"];
const KEYS_NodeMessageMetrics = ['"node_id":', '"gpu_metrics":', '"timestamp":'];
function readNodeMessageMetrics(r) {
  if (r.atArray()) return readNodeMessageMetricsSeq(r);
  r.beginObject("struct variant NodeMessage::Metrics");
  let nodeId;
  let gpuMetrics;
  let timestamp;
  for (let first = true, i = r.field(true, FIELDS_NodeMessageMetrics, KEYS_NodeMessageMetrics, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_NodeMessageMetrics, KEYS_NodeMessageMetrics, i + 1)) {
    switch (i) {
      case 0:
        if (nodeId !== void 0) r.fail("duplicate field `node_id`");
        r.path.push("node_id");
        nodeId = readNodeId(r);
        r.path.pop();
        break;
      case 1:
        if (gpuMetrics !== void 0) r.fail("duplicate field `gpu_metrics`");
        r.path.push("gpu_metrics");
        gpuMetrics = (0, import_runtime.readList)(r, readGpuMetricsProto);
        r.path.pop();
        break;
      case 2:
        if (timestamp !== void 0) r.fail("duplicate field `timestamp`");
        r.path.push("timestamp");
        timestamp = readTimestamp(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (nodeId === void 0) r.fail("missing field `node_id`");
  if (gpuMetrics === void 0) r.fail("missing field `gpu_metrics`");
  if (timestamp === void 0) r.fail("missing field `timestamp`");
  return { node_id: nodeId, gpu_metrics: gpuMetrics, timestamp };
}
const SEQ_NodeMessageMetrics = [readNodeId, (r) => (0, import_runtime.readList)(r, readGpuMetricsProto), readTimestamp];
function readNodeMessageMetricsSeq(r, first = true) {
  const [nodeId, gpuMetrics, timestamp] = (0, import_runtime4.readStructSeq)(r, first, "struct variant NodeMessage::Metrics with 3 elements", SEQ_NodeMessageMetrics);
  return { node_id: nodeId, gpu_metrics: gpuMetrics, timestamp };
}
function writeNodeMessageMetrics(v) {
  (0, import_runtime.expectObject)(v, "struct variant NodeMessage::Metrics");
  return '{"node_id":' + writeNodeId(v.node_id) + ',"gpu_metrics":' + (0, import_runtime.writeList)(v.gpu_metrics, writeGpuMetricsProto) + ',"timestamp":' + writeTimestamp(v.timestamp) + "}";
}
const FIELDS_NodeMessageWorkloadUpdate = ["workload_id", "state", "message", "timestamp"];
const KEYS_NodeMessageWorkloadUpdate = ['"workload_id":', '"state":', '"message":', '"timestamp":'];
function readNodeMessageWorkloadUpdate(r) {
  if (r.atArray()) return readNodeMessageWorkloadUpdateSeq(r);
  r.beginObject("struct variant NodeMessage::WorkloadUpdate");
  let workloadId;
  let state;
  let message;
  let timestamp;
  for (let first = true, i = r.field(true, FIELDS_NodeMessageWorkloadUpdate, KEYS_NodeMessageWorkloadUpdate, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_NodeMessageWorkloadUpdate, KEYS_NodeMessageWorkloadUpdate, i + 1)) {
    switch (i) {
      case 0:
        if (workloadId !== void 0) r.fail("duplicate field `workload_id`");
        r.path.push("workload_id");
        workloadId = readWorkloadId(r);
        r.path.pop();
        break;
      case 1:
        if (state !== void 0) r.fail("duplicate field `state`");
        r.path.push("state");
        state = readWorkloadState(r);
        r.path.pop();
        break;
      case 2:
        if (message !== void 0) r.fail("duplicate field `message`");
        r.path.push("message");
        message = r.readNullIf() ? null : r.readString();
        r.path.pop();
        break;
      case 3:
        if (timestamp !== void 0) r.fail("duplicate field `timestamp`");
        r.path.push("timestamp");
        timestamp = readTimestamp(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (workloadId === void 0) r.fail("missing field `workload_id`");
  if (state === void 0) r.fail("missing field `state`");
  if (message === void 0) message = null;
  if (timestamp === void 0) r.fail("missing field `timestamp`");
  return { workload_id: workloadId, state, message, timestamp };
}
const SEQ_NodeMessageWorkloadUpdate = [readWorkloadId, readWorkloadState, (r) => r.readNullIf() ? null : r.readString(), readTimestamp];
function readNodeMessageWorkloadUpdateSeq(r, first = true) {
  const [workloadId, state, message, timestamp] = (0, import_runtime4.readStructSeq)(r, first, "struct variant NodeMessage::WorkloadUpdate with 4 elements", SEQ_NodeMessageWorkloadUpdate);
  return { workload_id: workloadId, state, message, timestamp };
}
function writeNodeMessageWorkloadUpdate(v) {
  (0, import_runtime.expectObject)(v, "struct variant NodeMessage::WorkloadUpdate");
  return '{"workload_id":' + writeWorkloadId(v.workload_id) + ',"state":' + writeWorkloadState(v.state) + ',"message":' + (v.message == null ? "null" : (0, import_runtime.writeString)(v.message)) + ',"timestamp":' + writeTimestamp(v.timestamp) + "}";
}
const FIELDS_NodeMessageWorkloadLogs = ["workload_id", "lines", "is_stderr"];
const KEYS_NodeMessageWorkloadLogs = ['"workload_id":', '"lines":', '"is_stderr":'];
function readNodeMessageWorkloadLogs(r) {
  if (r.atArray()) return readNodeMessageWorkloadLogsSeq(r);
  r.beginObject("struct variant NodeMessage::WorkloadLogs");
  let workloadId;
  let lines;
  let isStderr;
  for (let first = true, i = r.field(true, FIELDS_NodeMessageWorkloadLogs, KEYS_NodeMessageWorkloadLogs, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_NodeMessageWorkloadLogs, KEYS_NodeMessageWorkloadLogs, i + 1)) {
    switch (i) {
      case 0:
        if (workloadId !== void 0) r.fail("duplicate field `workload_id`");
        r.path.push("workload_id");
        workloadId = readWorkloadId(r);
        r.path.pop();
        break;
      case 1:
        if (lines !== void 0) r.fail("duplicate field `lines`");
        r.path.push("lines");
        lines = (0, import_runtime.readList)(r, import_runtime2.readStringElement);
        r.path.pop();
        break;
      case 2:
        if (isStderr !== void 0) r.fail("duplicate field `is_stderr`");
        r.path.push("is_stderr");
        isStderr = r.readBool();
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (workloadId === void 0) r.fail("missing field `workload_id`");
  if (lines === void 0) r.fail("missing field `lines`");
  if (isStderr === void 0) r.fail("missing field `is_stderr`");
  return { workload_id: workloadId, lines, is_stderr: isStderr };
}
const SEQ_NodeMessageWorkloadLogs = [readWorkloadId, (r) => (0, import_runtime.readList)(r, import_runtime2.readStringElement), (r) => r.readBool()];
function readNodeMessageWorkloadLogsSeq(r, first = true) {
  const [workloadId, lines, isStderr] = (0, import_runtime4.readStructSeq)(r, first, "struct variant NodeMessage::WorkloadLogs with 3 elements", SEQ_NodeMessageWorkloadLogs);
  return { workload_id: workloadId, lines, is_stderr: isStderr };
}
function writeNodeMessageWorkloadLogs(v) {
  (0, import_runtime.expectObject)(v, "struct variant NodeMessage::WorkloadLogs");
  return '{"workload_id":' + writeWorkloadId(v.workload_id) + ',"lines":' + (0, import_runtime.writeList)(v.lines, import_runtime.writeString) + ',"is_stderr":' + (0, import_runtime5.writeBool)(v.is_stderr) + "}";
}
function writeNodeMessage(v) {
  (0, import_runtime.expectObject)(v, "enum NodeMessage");
  const tag = (0, import_runtime6.tagOf)(v);
  const value = v[tag];
  switch (tag) {
    case "Register":
      return '{"Register":' + writeNodeMessageRegister(value) + "}";
    case "Heartbeat":
      return '{"Heartbeat":' + writeNodeMessageHeartbeat(value) + "}";
    case "Metrics":
      return '{"Metrics":' + writeNodeMessageMetrics(value) + "}";
    case "WorkloadUpdate":
      return '{"WorkloadUpdate":' + writeNodeMessageWorkloadUpdate(value) + "}";
    case "WorkloadLogs":
      return '{"WorkloadLogs":' + writeNodeMessageWorkloadLogs(value) + "}";
  }
  throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.quoted)(tag)} of NodeMessage`);
}
function parseNodeMessage(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readNodeMessage(r);
  r.end();
  return value;
}
function serializeNodeMessage(value) {
  try {
    return writeNodeMessage(value);
  } catch (e) {
    return located(e, value, validate.validateNodeMessage);
  }
}
function readGatewayMessage(r) {
  const messageKind = r.path.length === 0 ? "UnknownMessageType" : "InvalidMessage";
  if (r.atString()) {
    const tag2 = r.readString();
    switch (tag2) {
      case "Registered":
        return r.fail("invalid type: unit variant, expected struct variant `GatewayMessage::Registered`");
      case "HeartbeatAck":
        return r.fail("invalid type: unit variant, expected struct variant `GatewayMessage::HeartbeatAck`");
      case "DeployWorkload":
        return r.fail("invalid type: unit variant, expected struct variant `GatewayMessage::DeployWorkload`");
      case "StopWorkload":
        return r.fail("invalid type: unit variant, expected struct variant `GatewayMessage::StopWorkload`");
      case "GetWorkloadStatus":
        return r.fail("invalid type: unit variant, expected struct variant `GatewayMessage::GetWorkloadStatus`");
      case "UpdateConfig":
        return r.fail("invalid type: unit variant, expected struct variant `GatewayMessage::UpdateConfig`");
      case "Ping":
        return r.fail("invalid type: unit variant, expected struct variant `GatewayMessage::Ping`");
      case "Shutdown":
        return r.fail("invalid type: unit variant, expected struct variant `GatewayMessage::Shutdown`");
      default:
        return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag2)}, expected one of "Registered", "HeartbeatAck", "DeployWorkload", "StopWorkload", "GetWorkloadStatus", "UpdateConfig", "Ping", "Shutdown"`, messageKind);
    }
  }
  if (!r.atObject()) return r.invalidType("enum GatewayMessage");
  const tag = r.beginVariant("enum GatewayMessage");
  let value;
  r.path.push(tag);
  switch (tag) {
    case "Registered":
      value = { Registered: readGatewayMessageRegistered(r) };
      break;
    case "HeartbeatAck":
      value = { HeartbeatAck: readGatewayMessageHeartbeatAck(r) };
      break;
    case "DeployWorkload":
      value = { DeployWorkload: readGatewayMessageDeployWorkload(r) };
      break;
    case "StopWorkload":
      value = { StopWorkload: readGatewayMessageStopWorkload(r) };
      break;
    case "GetWorkloadStatus":
      value = { GetWorkloadStatus: readGatewayMessageGetWorkloadStatus(r) };
      break;
    case "UpdateConfig":
      value = { UpdateConfig: readGatewayMessageUpdateConfig(r) };
      break;
    case "Ping":
      value = { Ping: readGatewayMessagePing(r) };
      break;
    case "Shutdown":
      value = { Shutdown: readGatewayMessageShutdown(r) };
      break;
    default:
      r.path.pop();
      return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag)}, expected one of "Registered", "HeartbeatAck", "DeployWorkload", "StopWorkload", "GetWorkloadStatus", "UpdateConfig", "Ping", "Shutdown"`, messageKind);
  }
  r.path.pop();
  r.endTag();
  return value;
}
const FIELDS_GatewayMessageRegistered = ["heartbeat_interval_secs", "metrics_interval_secs", "config"];
const KEYS_GatewayMessageRegistered = ['"heartbeat_interval_secs":', '"metrics_interval_secs":', '"config":'];
function readGatewayMessageRegistered(r) {
  if (r.atArray()) return readGatewayMessageRegisteredSeq(r);
  r.beginObject("struct variant GatewayMessage::Registered");
  let heartbeatIntervalSecs;
  let metricsIntervalSecs;
  let config;
  for (let first = true, i = r.field(true, FIELDS_GatewayMessageRegistered, KEYS_GatewayMessageRegistered, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_GatewayMessageRegistered, KEYS_GatewayMessageRegistered, i + 1)) {
    switch (i) {
      case 0:
        if (heartbeatIntervalSecs !== void 0) r.fail("duplicate field `heartbeat_interval_secs`");
        r.path.push("heartbeat_interval_secs");
        heartbeatIntervalSecs = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 1:
        if (metricsIntervalSecs !== void 0) r.fail("duplicate field `metrics_interval_secs`");
        r.path.push("metrics_interval_secs");
        metricsIntervalSecs = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 2:
        if (config !== void 0) r.fail("duplicate field `config`");
        r.path.push("config");
        config = r.readNullIf() ? null : readNodeConfig(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (heartbeatIntervalSecs === void 0) r.fail("missing field `heartbeat_interval_secs`");
  if (metricsIntervalSecs === void 0) r.fail("missing field `metrics_interval_secs`");
  if (config === void 0) config = null;
  return { heartbeat_interval_secs: heartbeatIntervalSecs, metrics_interval_secs: metricsIntervalSecs, config };
}
const SEQ_GatewayMessageRegistered = [(r) => r.readInt(0, 4294967295, "u32"), (r) => r.readInt(0, 4294967295, "u32"), (r) => r.readNullIf() ? null : readNodeConfig(r)];
function readGatewayMessageRegisteredSeq(r, first = true) {
  const [heartbeatIntervalSecs, metricsIntervalSecs, config] = (0, import_runtime4.readStructSeq)(r, first, "struct variant GatewayMessage::Registered with 3 elements", SEQ_GatewayMessageRegistered);
  return { heartbeat_interval_secs: heartbeatIntervalSecs, metrics_interval_secs: metricsIntervalSecs, config };
}
function writeGatewayMessageRegistered(v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::Registered");
  return '{"heartbeat_interval_secs":' + (0, import_runtime.writeInt)(v.heartbeat_interval_secs, 0, 4294967295, "u32") + ',"metrics_interval_secs":' + (0, import_runtime.writeInt)(v.metrics_interval_secs, 0, 4294967295, "u32") + ',"config":' + (v.config == null ? "null" : writeNodeConfig(v.config)) + "}";
}
const FIELDS_GatewayMessageHeartbeatAck = ["timestamp"];
const KEYS_GatewayMessageHeartbeatAck = ['"timestamp":'];
function readGatewayMessageHeartbeatAck(r) {
  if (r.atArray()) return readGatewayMessageHeartbeatAckSeq(r);
  r.beginObject("struct variant GatewayMessage::HeartbeatAck");
  let timestamp;
  for (let first = true, i = r.field(true, FIELDS_GatewayMessageHeartbeatAck, KEYS_GatewayMessageHeartbeatAck, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_GatewayMessageHeartbeatAck, KEYS_GatewayMessageHeartbeatAck, i + 1)) {
    switch (i) {
      case 0:
        if (timestamp !== void 0) r.fail("duplicate field `timestamp`");
        r.path.push("timestamp");
        timestamp = readTimestamp(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (timestamp === void 0) r.fail("missing field `timestamp`");
  return { timestamp };
}
const SEQ_GatewayMessageHeartbeatAck = [readTimestamp];
function readGatewayMessageHeartbeatAckSeq(r, first = true) {
  const [timestamp] = (0, import_runtime4.readStructSeq)(r, first, "struct variant GatewayMessage::HeartbeatAck with 1 elements", SEQ_GatewayMessageHeartbeatAck);
  return { timestamp };
}
function writeGatewayMessageHeartbeatAck(v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::HeartbeatAck");
  return '{"timestamp":' + writeTimestamp(v.timestamp) + "}";
}
const FIELDS_GatewayMessageDeployWorkload = ["workload"];
const KEYS_GatewayMessageDeployWorkload = ['"workload":'];
function readGatewayMessageDeployWorkload(r) {
  if (r.atArray()) return readGatewayMessageDeployWorkloadSeq(r);
  r.beginObject("struct variant GatewayMessage::DeployWorkload");
  let workload;
  for (let first = true, i = r.field(true, FIELDS_GatewayMessageDeployWorkload, KEYS_GatewayMessageDeployWorkload, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_GatewayMessageDeployWorkload, KEYS_GatewayMessageDeployWorkload, i + 1)) {
    switch (i) {
      case 0:
        if (workload !== void 0) r.fail("duplicate field `workload`");
        r.path.push("workload");
        workload = readWorkload(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (workload === void 0) r.fail("missing field `workload`");
  return { workload };
}
const SEQ_GatewayMessageDeployWorkload = [readWorkload];
function readGatewayMessageDeployWorkloadSeq(r, first = true) {
  const [workload] = (0, import_runtime4.readStructSeq)(r, first, "struct variant GatewayMessage::DeployWorkload with 1 elements", SEQ_GatewayMessageDeployWorkload);
  return { workload };
}
function writeGatewayMessageDeployWorkload(v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::DeployWorkload");
  return '{"workload":' + writeWorkload(v.workload) + "}";
}
const FIELDS_GatewayMessageStopWorkload = ["workload_id", "force"];
const KEYS_GatewayMessageStopWorkload = ['"workload_id":', '"force":'];
function readGatewayMessageStopWorkload(r) {
  if (r.atArray()) return readGatewayMessageStopWorkloadSeq(r);
  r.beginObject("struct variant GatewayMessage::StopWorkload");
  let workloadId;
  let force;
  for (let first = true, i = r.field(true, FIELDS_GatewayMessageStopWorkload, KEYS_GatewayMessageStopWorkload, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_GatewayMessageStopWorkload, KEYS_GatewayMessageStopWorkload, i + 1)) {
    switch (i) {
      case 0:
        if (workloadId !== void 0) r.fail("duplicate field `workload_id`");
        r.path.push("workload_id");
        workloadId = readWorkloadId(r);
        r.path.pop();
        break;
      case 1:
        if (force !== void 0) r.fail("duplicate field `force`");
        r.path.push("force");
        force = r.readBool();
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (workloadId === void 0) r.fail("missing field `workload_id`");
  if (force === void 0) r.fail("missing field `force`");
  return { workload_id: workloadId, force };
}
const SEQ_GatewayMessageStopWorkload = [readWorkloadId, (r) => r.readBool()];
function readGatewayMessageStopWorkloadSeq(r, first = true) {
  const [workloadId, force] = (0, import_runtime4.readStructSeq)(r, first, "struct variant GatewayMessage::StopWorkload with 2 elements", SEQ_GatewayMessageStopWorkload);
  return { workload_id: workloadId, force };
}
function writeGatewayMessageStopWorkload(v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::StopWorkload");
  return '{"workload_id":' + writeWorkloadId(v.workload_id) + ',"force":' + (0, import_runtime5.writeBool)(v.force) + "}";
}
const FIELDS_GatewayMessageGetWorkloadStatus = ["workload_id"];
const KEYS_GatewayMessageGetWorkloadStatus = ['"workload_id":'];
function readGatewayMessageGetWorkloadStatus(r) {
  if (r.atArray()) return readGatewayMessageGetWorkloadStatusSeq(r);
  r.beginObject("struct variant GatewayMessage::GetWorkloadStatus");
  let workloadId;
  for (let first = true, i = r.field(true, FIELDS_GatewayMessageGetWorkloadStatus, KEYS_GatewayMessageGetWorkloadStatus, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_GatewayMessageGetWorkloadStatus, KEYS_GatewayMessageGetWorkloadStatus, i + 1)) {
    switch (i) {
      case 0:
        if (workloadId !== void 0) r.fail("duplicate field `workload_id`");
        r.path.push("workload_id");
        workloadId = readWorkloadId(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (workloadId === void 0) r.fail("missing field `workload_id`");
  return { workload_id: workloadId };
}
const SEQ_GatewayMessageGetWorkloadStatus = [readWorkloadId];
function readGatewayMessageGetWorkloadStatusSeq(r, first = true) {
  const [workloadId] = (0, import_runtime4.readStructSeq)(r, first, "struct variant GatewayMessage::GetWorkloadStatus with 1 elements", SEQ_GatewayMessageGetWorkloadStatus);
  return { workload_id: workloadId };
}
function writeGatewayMessageGetWorkloadStatus(v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::GetWorkloadStatus");
  return '{"workload_id":' + writeWorkloadId(v.workload_id) + "}";
}
const FIELDS_GatewayMessageUpdateConfig = ["config"];
const KEYS_GatewayMessageUpdateConfig = ['"config":'];
function readGatewayMessageUpdateConfig(r) {
  if (r.atArray()) return readGatewayMessageUpdateConfigSeq(r);
  r.beginObject("struct variant GatewayMessage::UpdateConfig");
  let config;
  for (let first = true, i = r.field(true, FIELDS_GatewayMessageUpdateConfig, KEYS_GatewayMessageUpdateConfig, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_GatewayMessageUpdateConfig, KEYS_GatewayMessageUpdateConfig, i + 1)) {
    switch (i) {
      case 0:
        if (config !== void 0) r.fail("duplicate field `config`");
        r.path.push("config");
        config = readNodeConfig(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (config === void 0) r.fail("missing field `config`");
  return { config };
}
const SEQ_GatewayMessageUpdateConfig = [readNodeConfig];
function readGatewayMessageUpdateConfigSeq(r, first = true) {
  const [config] = (0, import_runtime4.readStructSeq)(r, first, "struct variant GatewayMessage::UpdateConfig with 1 elements", SEQ_GatewayMessageUpdateConfig);
  return { config };
}
function writeGatewayMessageUpdateConfig(v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::UpdateConfig");
  return '{"config":' + writeNodeConfig(v.config) + "}";
}
const FIELDS_GatewayMessagePing = ["timestamp"];
const KEYS_GatewayMessagePing = ['"timestamp":'];
function readGatewayMessagePing(r) {
  if (r.atArray()) return readGatewayMessagePingSeq(r);
  r.beginObject("struct variant GatewayMessage::Ping");
  let timestamp;
  for (let first = true, i = r.field(true, FIELDS_GatewayMessagePing, KEYS_GatewayMessagePing, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_GatewayMessagePing, KEYS_GatewayMessagePing, i + 1)) {
    switch (i) {
      case 0:
        if (timestamp !== void 0) r.fail("duplicate field `timestamp`");
        r.path.push("timestamp");
        timestamp = readTimestamp(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (timestamp === void 0) r.fail("missing field `timestamp`");
  return { timestamp };
}
const SEQ_GatewayMessagePing = [readTimestamp];
function readGatewayMessagePingSeq(r, first = true) {
  const [timestamp] = (0, import_runtime4.readStructSeq)(r, first, "struct variant GatewayMessage::Ping with 1 elements", SEQ_GatewayMessagePing);
  return { timestamp };
}
function writeGatewayMessagePing(v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::Ping");
  return '{"timestamp":' + writeTimestamp(v.timestamp) + "}";
}
const FIELDS_GatewayMessageShutdown = ["reason", "graceful"];
const KEYS_GatewayMessageShutdown = ['"reason":', '"graceful":'];
function readGatewayMessageShutdown(r) {
  if (r.atArray()) return readGatewayMessageShutdownSeq(r);
  r.beginObject("struct variant GatewayMessage::Shutdown");
  let reason;
  let graceful;
  for (let first = true, i = r.field(true, FIELDS_GatewayMessageShutdown, KEYS_GatewayMessageShutdown, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_GatewayMessageShutdown, KEYS_GatewayMessageShutdown, i + 1)) {
    switch (i) {
      case 0:
        if (reason !== void 0) r.fail("duplicate field `reason`");
        r.path.push("reason");
        reason = r.readString();
        r.path.pop();
        break;
      case 1:
        if (graceful !== void 0) r.fail("duplicate field `graceful`");
        r.path.push("graceful");
        graceful = r.readBool();
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (reason === void 0) r.fail("missing field `reason`");
  if (graceful === void 0) r.fail("missing field `graceful`");
  return { reason, graceful };
}
const SEQ_GatewayMessageShutdown = [import_runtime2.readStringElement, (r) => r.readBool()];
function readGatewayMessageShutdownSeq(r, first = true) {
  const [reason, graceful] = (0, import_runtime4.readStructSeq)(r, first, "struct variant GatewayMessage::Shutdown with 2 elements", SEQ_GatewayMessageShutdown);
  return { reason, graceful };
}
function writeGatewayMessageShutdown(v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::Shutdown");
  return '{"reason":' + (0, import_runtime.writeString)(v.reason) + ',"graceful":' + (0, import_runtime5.writeBool)(v.graceful) + "}";
}
function writeGatewayMessage(v) {
  (0, import_runtime.expectObject)(v, "enum GatewayMessage");
  const tag = (0, import_runtime6.tagOf)(v);
  const value = v[tag];
  switch (tag) {
    case "Registered":
      return '{"Registered":' + writeGatewayMessageRegistered(value) + "}";
    case "HeartbeatAck":
      return '{"HeartbeatAck":' + writeGatewayMessageHeartbeatAck(value) + "}";
    case "DeployWorkload":
      return '{"DeployWorkload":' + writeGatewayMessageDeployWorkload(value) + "}";
    case "StopWorkload":
      return '{"StopWorkload":' + writeGatewayMessageStopWorkload(value) + "}";
    case "GetWorkloadStatus":
      return '{"GetWorkloadStatus":' + writeGatewayMessageGetWorkloadStatus(value) + "}";
    case "UpdateConfig":
      return '{"UpdateConfig":' + writeGatewayMessageUpdateConfig(value) + "}";
    case "Ping":
      return '{"Ping":' + writeGatewayMessagePing(value) + "}";
    case "Shutdown":
      return '{"Shutdown":' + writeGatewayMessageShutdown(value) + "}";
  }
  throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.quoted)(tag)} of GatewayMessage`);
}
function parseGatewayMessage(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readGatewayMessage(r);
  r.end();
  return value;
}
function serializeGatewayMessage(value) {
  try {
    return writeGatewayMessage(value);
  } catch (e) {
    return located(e, value, validate.validateGatewayMessage);
  }
}
function readNodeId(r) {
  return readUuid(r);
}
function writeNodeId(v) {
  return writeUuid(v);
}
function parseNodeId(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readNodeId(r);
  r.end();
  return value;
}
function serializeNodeId(value) {
  try {
    return writeNodeId(value);
  } catch (e) {
    return located(e, value, validate.validateNodeId);
  }
}
function readWorkloadId(r) {
  return readUuid(r);
}
function writeWorkloadId(v) {
  return writeUuid(v);
}
function parseWorkloadId(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readWorkloadId(r);
  r.end();
  return value;
}
function serializeWorkloadId(value) {
  try {
    return writeWorkloadId(value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadId);
  }
}
function readUuid(r) {
  return readUuidString(r);
}
function writeUuid(v) {
  return writeUuidString(v);
}
function parseUuid(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readUuid(r);
  r.end();
  return value;
}
function serializeUuid(value) {
  try {
    return writeUuid(value);
  } catch (e) {
    return located(e, value, validate.validateUuid);
  }
}
function readTimestamp(r) {
  return readTimestampString(r);
}
function writeTimestamp(v) {
  return writeTimestampString(v);
}
function parseTimestamp(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readTimestamp(r);
  r.end();
  return value;
}
function serializeTimestamp(value) {
  try {
    return writeTimestamp(value);
  } catch (e) {
    return located(e, value, validate.validateTimestamp);
  }
}
const FIELDS_NodeCapabilities = ["total_vram_mb", "gpu_count", "gpus", "max_concurrent_workloads", "supported_runtimes"];
const KEYS_NodeCapabilities = ['"total_vram_mb":', '"gpu_count":', '"gpus":', '"max_concurrent_workloads":', '"supported_runtimes":'];
function readNodeCapabilities(r) {
  if (r.atArray()) return readNodeCapabilitiesSeq(r);
  r.beginObject("struct NodeCapabilities");
  let totalVramMb;
  let gpuCount;
  let gpus;
  let maxConcurrentWorkloads;
  let supportedRuntimes;
  for (let first = true, i = r.field(true, FIELDS_NodeCapabilities, KEYS_NodeCapabilities, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_NodeCapabilities, KEYS_NodeCapabilities, i + 1)) {
    switch (i) {
      case 0:
        if (totalVramMb !== void 0) r.fail("duplicate field `total_vram_mb`");
        r.path.push("total_vram_mb");
        totalVramMb = r.readInt(0, 9007199254740991, "u64");
        r.path.pop();
        break;
      case 1:
        if (gpuCount !== void 0) r.fail("duplicate field `gpu_count`");
        r.path.push("gpu_count");
        gpuCount = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 2:
        if (gpus !== void 0) r.fail("duplicate field `gpus`");
        r.path.push("gpus");
        gpus = (0, import_runtime.readList)(r, readGpuCapability);
        r.path.pop();
        break;
      case 3:
        if (maxConcurrentWorkloads !== void 0) r.fail("duplicate field `max_concurrent_workloads`");
        r.path.push("max_concurrent_workloads");
        maxConcurrentWorkloads = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 4:
        if (supportedRuntimes !== void 0) r.fail("duplicate field `supported_runtimes`");
        r.path.push("supported_runtimes");
        supportedRuntimes = (0, import_runtime.readList)(r, import_runtime2.readStringElement);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (totalVramMb === void 0) r.fail("missing field `total_vram_mb`");
  if (gpuCount === void 0) r.fail("missing field `gpu_count`");
  if (gpus === void 0) r.fail("missing field `gpus`");
  if (maxConcurrentWorkloads === void 0) r.fail("missing field `max_concurrent_workloads`");
  if (supportedRuntimes === void 0) r.fail("missing field `supported_runtimes`");
  return { total_vram_mb: totalVramMb, gpu_count: gpuCount, gpus, max_concurrent_workloads: maxConcurrentWorkloads, supported_runtimes: supportedRuntimes };
}
const SEQ_NodeCapabilities = [(r) => r.readInt(0, 9007199254740991, "u64"), (r) => r.readInt(0, 4294967295, "u32"), (r) => (0, import_runtime.readList)(r, readGpuCapability), (r) => r.readInt(0, 4294967295, "u32"), (r) => (0, import_runtime.readList)(r, import_runtime2.readStringElement)];
function readNodeCapabilitiesSeq(r, first = true) {
  const [totalVramMb, gpuCount, gpus, maxConcurrentWorkloads, supportedRuntimes] = (0, import_runtime4.readStructSeq)(r, first, "struct NodeCapabilities with 5 elements", SEQ_NodeCapabilities);
  return { total_vram_mb: totalVramMb, gpu_count: gpuCount, gpus, max_concurrent_workloads: maxConcurrentWorkloads, supported_runtimes: supportedRuntimes };
}
function writeNodeCapabilities(v) {
  (0, import_runtime.expectObject)(v, "struct NodeCapabilities");
  return '{"total_vram_mb":' + (0, import_runtime.writeInt)(v.total_vram_mb, 0, 9007199254740991, "u64") + ',"gpu_count":' + (0, import_runtime.writeInt)(v.gpu_count, 0, 4294967295, "u32") + ',"gpus":' + (0, import_runtime.writeList)(v.gpus, writeGpuCapability) + ',"max_concurrent_workloads":' + (0, import_runtime.writeInt)(v.max_concurrent_workloads, 0, 4294967295, "u32") + ',"supported_runtimes":' + (0, import_runtime.writeList)(v.supported_runtimes, import_runtime.writeString) + "}";
}
function parseNodeCapabilities(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readNodeCapabilities(r);
  r.end();
  return value;
}
function serializeNodeCapabilities(value) {
  try {
    return writeNodeCapabilities(value);
  } catch (e) {
    return located(e, value, validate.validateNodeCapabilities);
  }
}
const FIELDS_GpuCapability = ["index", "name", "vram_mb", "compute_capability", "driver_version"];
const KEYS_GpuCapability = ['"index":', '"name":', '"vram_mb":', '"compute_capability":', '"driver_version":'];
const CANONICAL_GpuCapability = /\{"index":(0|[1-9][0-9]{0,14}),"name":"([^"\\\x00-\x1f\ud800-\udfff]*)","vram_mb":(0|[1-9][0-9]{0,14}),"compute_capability":"([^"\\\x00-\x1f\ud800-\udfff]*)","driver_version":"([^"\\\x00-\x1f\ud800-\udfff]*)"\}/y;
function readGpuCapability(r) {
  const m = r.matchObject(CANONICAL_GpuCapability);
  if (m !== null) {
    const index2 = +m[1];
    const name2 = m[2];
    const vramMb2 = +m[3];
    const computeCapability2 = m[4];
    const driverVersion2 = m[5];
    if (index2 <= 4294967295) {
      r.pos = CANONICAL_GpuCapability.lastIndex;
      return { index: index2, name: name2, vram_mb: vramMb2, compute_capability: computeCapability2, driver_version: driverVersion2 };
    }
  }
  if (r.atArray()) return readGpuCapabilitySeq(r);
  r.beginObject("struct GpuCapability");
  let index;
  let name;
  let vramMb;
  let computeCapability;
  let driverVersion;
  for (let first = true, i = r.field(true, FIELDS_GpuCapability, KEYS_GpuCapability, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_GpuCapability, KEYS_GpuCapability, i + 1)) {
    switch (i) {
      case 0:
        if (index !== void 0) r.fail("duplicate field `index`");
        r.path.push("index");
        index = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 1:
        if (name !== void 0) r.fail("duplicate field `name`");
        r.path.push("name");
        name = r.readString();
        r.path.pop();
        break;
      case 2:
        if (vramMb !== void 0) r.fail("duplicate field `vram_mb`");
        r.path.push("vram_mb");
        vramMb = r.readInt(0, 9007199254740991, "u64");
        r.path.pop();
        break;
      case 3:
        if (computeCapability !== void 0) r.fail("duplicate field `compute_capability`");
        r.path.push("compute_capability");
        computeCapability = r.readString();
        r.path.pop();
        break;
      case 4:
        if (driverVersion !== void 0) r.fail("duplicate field `driver_version`");
        r.path.push("driver_version");
        driverVersion = r.readString();
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (index === void 0) r.fail("missing field `index`");
  if (name === void 0) r.fail("missing field `name`");
  if (vramMb === void 0) r.fail("missing field `vram_mb`");
  if (computeCapability === void 0) r.fail("missing field `compute_capability`");
  if (driverVersion === void 0) r.fail("missing field `driver_version`");
  return { index, name, vram_mb: vramMb, compute_capability: computeCapability, driver_version: driverVersion };
}
const SEQ_GpuCapability = [(r) => r.readInt(0, 4294967295, "u32"), import_runtime2.readStringElement, (r) => r.readInt(0, 9007199254740991, "u64"), import_runtime2.readStringElement, import_runtime2.readStringElement];
function readGpuCapabilitySeq(r, first = true) {
  const [index, name, vramMb, computeCapability, driverVersion] = (0, import_runtime4.readStructSeq)(r, first, "struct GpuCapability with 5 elements", SEQ_GpuCapability);
  return { index, name, vram_mb: vramMb, compute_capability: computeCapability, driver_version: driverVersion };
}
function writeGpuCapability(v) {
  (0, import_runtime.expectObject)(v, "struct GpuCapability");
  return '{"index":' + (0, import_runtime.writeInt)(v.index, 0, 4294967295, "u32") + ',"name":' + (0, import_runtime.writeString)(v.name) + ',"vram_mb":' + (0, import_runtime.writeInt)(v.vram_mb, 0, 9007199254740991, "u64") + ',"compute_capability":' + (0, import_runtime.writeString)(v.compute_capability) + ',"driver_version":' + (0, import_runtime.writeString)(v.driver_version) + "}";
}
function parseGpuCapability(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readGpuCapability(r);
  r.end();
  return value;
}
function serializeGpuCapability(value) {
  try {
    return writeGpuCapability(value);
  } catch (e) {
    return located(e, value, validate.validateGpuCapability);
  }
}
const FIELDS_GpuMetricsProto = ["index", "utilization_percent", "memory_used_mb", "memory_total_mb", "temperature_celsius", "power_watts"];
const KEYS_GpuMetricsProto = ['"index":', '"utilization_percent":', '"memory_used_mb":', '"memory_total_mb":', '"temperature_celsius":', '"power_watts":'];
const CANONICAL_GpuMetricsProto = /\{"index":(0|[1-9][0-9]{0,14}),"utilization_percent":(0|[1-9][0-9]{0,14}),"memory_used_mb":(0|[1-9][0-9]{0,14}),"memory_total_mb":(0|[1-9][0-9]{0,14}),"temperature_celsius":(0|[1-9][0-9]{0,14}),"power_watts":(0|[1-9][0-9]{0,14})\}/y;
function readGpuMetricsProto(r) {
  const m = r.matchObject(CANONICAL_GpuMetricsProto);
  if (m !== null) {
    const index2 = +m[1];
    const utilizationPercent2 = +m[2];
    const memoryUsedMb2 = +m[3];
    const memoryTotalMb2 = +m[4];
    const temperatureCelsius2 = +m[5];
    const powerWatts2 = +m[6];
    if (index2 <= 4294967295 && utilizationPercent2 <= 4294967295 && temperatureCelsius2 <= 4294967295 && powerWatts2 <= 4294967295) {
      r.pos = CANONICAL_GpuMetricsProto.lastIndex;
      return { index: index2, utilization_percent: utilizationPercent2, memory_used_mb: memoryUsedMb2, memory_total_mb: memoryTotalMb2, temperature_celsius: temperatureCelsius2, power_watts: powerWatts2 };
    }
  }
  if (r.atArray()) return readGpuMetricsProtoSeq(r);
  r.beginObject("struct GpuMetricsProto");
  let index;
  let utilizationPercent;
  let memoryUsedMb;
  let memoryTotalMb;
  let temperatureCelsius;
  let powerWatts;
  for (let first = true, i = r.field(true, FIELDS_GpuMetricsProto, KEYS_GpuMetricsProto, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_GpuMetricsProto, KEYS_GpuMetricsProto, i + 1)) {
    switch (i) {
      case 0:
        if (index !== void 0) r.fail("duplicate field `index`");
        r.path.push("index");
        index = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 1:
        if (utilizationPercent !== void 0) r.fail("duplicate field `utilization_percent`");
        r.path.push("utilization_percent");
        utilizationPercent = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 2:
        if (memoryUsedMb !== void 0) r.fail("duplicate field `memory_used_mb`");
        r.path.push("memory_used_mb");
        memoryUsedMb = r.readInt(0, 9007199254740991, "u64");
        r.path.pop();
        break;
      case 3:
        if (memoryTotalMb !== void 0) r.fail("duplicate field `memory_total_mb`");
        r.path.push("memory_total_mb");
        memoryTotalMb = r.readInt(0, 9007199254740991, "u64");
        r.path.pop();
        break;
      case 4:
        if (temperatureCelsius !== void 0) r.fail("duplicate field `temperature_celsius`");
        r.path.push("temperature_celsius");
        temperatureCelsius = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 5:
        if (powerWatts !== void 0) r.fail("duplicate field `power_watts`");
        r.path.push("power_watts");
        powerWatts = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (index === void 0) r.fail("missing field `index`");
  if (utilizationPercent === void 0) r.fail("missing field `utilization_percent`");
  if (memoryUsedMb === void 0) r.fail("missing field `memory_used_mb`");
  if (memoryTotalMb === void 0) r.fail("missing field `memory_total_mb`");
  if (temperatureCelsius === void 0) r.fail("missing field `temperature_celsius`");
  if (powerWatts === void 0) r.fail("missing field `power_watts`");
  return { index, utilization_percent: utilizationPercent, memory_used_mb: memoryUsedMb, memory_total_mb: memoryTotalMb, temperature_celsius: temperatureCelsius, power_watts: powerWatts };
}
const SEQ_GpuMetricsProto = [(r) => r.readInt(0, 4294967295, "u32"), (r) => r.readInt(0, 4294967295, "u32"), (r) => r.readInt(0, 9007199254740991, "u64"), (r) => r.readInt(0, 9007199254740991, "u64"), (r) => r.readInt(0, 4294967295, "u32"), (r) => r.readInt(0, 4294967295, "u32")];
function readGpuMetricsProtoSeq(r, first = true) {
  const [index, utilizationPercent, memoryUsedMb, memoryTotalMb, temperatureCelsius, powerWatts] = (0, import_runtime4.readStructSeq)(r, first, "struct GpuMetricsProto with 6 elements", SEQ_GpuMetricsProto);
  return { index, utilization_percent: utilizationPercent, memory_used_mb: memoryUsedMb, memory_total_mb: memoryTotalMb, temperature_celsius: temperatureCelsius, power_watts: powerWatts };
}
function writeGpuMetricsProto(v) {
  (0, import_runtime.expectObject)(v, "struct GpuMetricsProto");
  return '{"index":' + (0, import_runtime.writeInt)(v.index, 0, 4294967295, "u32") + ',"utilization_percent":' + (0, import_runtime.writeInt)(v.utilization_percent, 0, 4294967295, "u32") + ',"memory_used_mb":' + (0, import_runtime.writeInt)(v.memory_used_mb, 0, 9007199254740991, "u64") + ',"memory_total_mb":' + (0, import_runtime.writeInt)(v.memory_total_mb, 0, 9007199254740991, "u64") + ',"temperature_celsius":' + (0, import_runtime.writeInt)(v.temperature_celsius, 0, 4294967295, "u32") + ',"power_watts":' + (0, import_runtime.writeInt)(v.power_watts, 0, 4294967295, "u32") + "}";
}
function parseGpuMetricsProto(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readGpuMetricsProto(r);
  r.end();
  return value;
}
function serializeGpuMetricsProto(value) {
  try {
    return writeGpuMetricsProto(value);
  } catch (e) {
    return located(e, value, validate.validateGpuMetricsProto);
  }
}
function readWorkloadState(r) {
  if (r.atString()) {
    const tag2 = r.readString();
    switch (tag2) {
      case "Pending":
      case "Pulling":
      case "Starting":
      case "Running":
      case "Stopping":
      case "Stopped":
      case "Failed":
      case "Completed":
        return tag2;
      default:
        return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag2)}, expected one of "Pending", "Pulling", "Starting", "Running", "Stopping", "Stopped", "Failed", "Completed"`);
    }
  }
  if (!r.atObject()) return r.invalidType("enum WorkloadState");
  const tag = r.beginVariant("enum WorkloadState");
  let value;
  r.path.push(tag);
  switch (tag) {
    case "Pending":
      r.readUnit("unit variant WorkloadState::Pending");
      value = "Pending";
      break;
    case "Pulling":
      r.readUnit("unit variant WorkloadState::Pulling");
      value = "Pulling";
      break;
    case "Starting":
      r.readUnit("unit variant WorkloadState::Starting");
      value = "Starting";
      break;
    case "Running":
      r.readUnit("unit variant WorkloadState::Running");
      value = "Running";
      break;
    case "Stopping":
      r.readUnit("unit variant WorkloadState::Stopping");
      value = "Stopping";
      break;
    case "Stopped":
      r.readUnit("unit variant WorkloadState::Stopped");
      value = "Stopped";
      break;
    case "Failed":
      r.readUnit("unit variant WorkloadState::Failed");
      value = "Failed";
      break;
    case "Completed":
      r.readUnit("unit variant WorkloadState::Completed");
      value = "Completed";
      break;
    default:
      r.path.pop();
      return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag)}, expected one of "Pending", "Pulling", "Starting", "Running", "Stopping", "Stopped", "Failed", "Completed"`);
  }
  r.path.pop();
  r.endTag();
  return value;
}
function writeWorkloadState(v) {
  if (typeof v === "string") {
    switch (v) {
      case "Pending":
        return '"Pending"';
      case "Pulling":
        return '"Pulling"';
      case "Starting":
        return '"Starting"';
      case "Running":
        return '"Running"';
      case "Stopping":
        return '"Stopping"';
      case "Stopped":
        return '"Stopped"';
      case "Failed":
        return '"Failed"';
      case "Completed":
        return '"Completed"';
    }
    throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.describe)(v)} of WorkloadState`);
  }
  throw new import_runtime.WriteFailure(`expected a variant name of WorkloadState as a string`);
}
function parseWorkloadState(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readWorkloadState(r);
  r.end();
  return value;
}
function serializeWorkloadState(value) {
  try {
    return writeWorkloadState(value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadState);
  }
}
const FIELDS_Workload = ["id", "name", "spec", "status", "created_at", "updated_at"];
const KEYS_Workload = ['"id":', '"name":', '"spec":', '"status":', '"created_at":', '"updated_at":'];
function readWorkload(r) {
  if (r.atArray()) return readWorkloadSeq(r);
  r.beginObject("struct Workload");
  let id;
  let name;
  let spec;
  let status;
  let createdAt;
  let updatedAt;
  for (let first = true, i = r.field(true, FIELDS_Workload, KEYS_Workload, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_Workload, KEYS_Workload, i + 1)) {
    switch (i) {
      case 0:
        if (id !== void 0) r.fail("duplicate field `id`");
        r.path.push("id");
        id = readWorkloadId(r);
        r.path.pop();
        break;
      case 1:
        if (name !== void 0) r.fail("duplicate field `name`");
        r.path.push("name");
        name = r.readString();
        r.path.pop();
        break;
      case 2:
        if (spec !== void 0) r.fail("duplicate field `spec`");
        r.path.push("spec");
        spec = readWorkloadSpec(r);
        r.path.pop();
        break;
      case 3:
        if (status !== void 0) r.fail("duplicate field `status`");
        r.path.push("status");
        status = readWorkloadStatus(r);
        r.path.pop();
        break;
      case 4:
        if (createdAt !== void 0) r.fail("duplicate field `created_at`");
        r.path.push("created_at");
        createdAt = readTimestamp(r);
        r.path.pop();
        break;
      case 5:
        if (updatedAt !== void 0) r.fail("duplicate field `updated_at`");
        r.path.push("updated_at");
        updatedAt = readTimestamp(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (id === void 0) r.fail("missing field `id`");
  if (name === void 0) r.fail("missing field `name`");
  if (spec === void 0) r.fail("missing field `spec`");
  if (status === void 0) r.fail("missing field `status`");
  if (createdAt === void 0) r.fail("missing field `created_at`");
  if (updatedAt === void 0) r.fail("missing field `updated_at`");
  return { id, name, spec, status, created_at: createdAt, updated_at: updatedAt };
}
const SEQ_Workload = [readWorkloadId, import_runtime2.readStringElement, readWorkloadSpec, readWorkloadStatus, readTimestamp, readTimestamp];
function readWorkloadSeq(r, first = true) {
  const [id, name, spec, status, createdAt, updatedAt] = (0, import_runtime4.readStructSeq)(r, first, "struct Workload with 6 elements", SEQ_Workload);
  return { id, name, spec, status, created_at: createdAt, updated_at: updatedAt };
}
function writeWorkload(v) {
  (0, import_runtime.expectObject)(v, "struct Workload");
  return '{"id":' + writeWorkloadId(v.id) + ',"name":' + (0, import_runtime.writeString)(v.name) + ',"spec":' + writeWorkloadSpec(v.spec) + ',"status":' + writeWorkloadStatus(v.status) + ',"created_at":' + writeTimestamp(v.created_at) + ',"updated_at":' + writeTimestamp(v.updated_at) + "}";
}
function parseWorkload(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readWorkload(r);
  r.end();
  return value;
}
function serializeWorkload(value) {
  try {
    return writeWorkload(value);
  } catch (e) {
    return located(e, value, validate.validateWorkload);
  }
}
const FIELDS_WorkloadSpec = ["image", "command", "args", "env", "gpu_count", "gpu_memory_mb", "cpu_millicores", "memory_mb", "ports", "volumes", "restart_policy"];
const KEYS_WorkloadSpec = ['"image":', '"command":', '"args":', '"env":', '"gpu_count":', '"gpu_memory_mb":', '"cpu_millicores":', '"memory_mb":', '"ports":', '"volumes":', '"restart_policy":'];
function readWorkloadSpec(r) {
  if (r.atArray()) return readWorkloadSpecSeq(r);
  r.beginObject("struct WorkloadSpec");
  let image;
  let command;
  let args;
  let env;
  let gpuCount;
  let gpuMemoryMb;
  let cpuMillicores;
  let memoryMb;
  let ports;
  let volumes;
  let restartPolicy;
  for (let first = true, i = r.field(true, FIELDS_WorkloadSpec, KEYS_WorkloadSpec, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_WorkloadSpec, KEYS_WorkloadSpec, i + 1)) {
    switch (i) {
      case 0:
        if (image !== void 0) r.fail("duplicate field `image`");
        r.path.push("image");
        image = r.readString();
        r.path.pop();
        break;
      case 1:
        if (command !== void 0) r.fail("duplicate field `command`");
        r.path.push("command");
        command = r.readNullIf() ? null : (0, import_runtime.readList)(r, import_runtime2.readStringElement);
        r.path.pop();
        break;
      case 2:
        if (args !== void 0) r.fail("duplicate field `args`");
        r.path.push("args");
        args = r.readNullIf() ? null : (0, import_runtime.readList)(r, import_runtime2.readStringElement);
        r.path.pop();
        break;
      case 3:
        if (env !== void 0) r.fail("duplicate field `env`");
        r.path.push("env");
        env = (0, import_runtime.readList)(r, readKeyValue);
        r.path.pop();
        break;
      case 4:
        if (gpuCount !== void 0) r.fail("duplicate field `gpu_count`");
        r.path.push("gpu_count");
        gpuCount = r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 5:
        if (gpuMemoryMb !== void 0) r.fail("duplicate field `gpu_memory_mb`");
        r.path.push("gpu_memory_mb");
        gpuMemoryMb = r.readNullIf() ? null : r.readInt(0, 9007199254740991, "u64");
        r.path.pop();
        break;
      case 6:
        if (cpuMillicores !== void 0) r.fail("duplicate field `cpu_millicores`");
        r.path.push("cpu_millicores");
        cpuMillicores = r.readNullIf() ? null : r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 7:
        if (memoryMb !== void 0) r.fail("duplicate field `memory_mb`");
        r.path.push("memory_mb");
        memoryMb = r.readNullIf() ? null : r.readInt(0, 9007199254740991, "u64");
        r.path.pop();
        break;
      case 8:
        if (ports !== void 0) r.fail("duplicate field `ports`");
        r.path.push("ports");
        ports = (0, import_runtime.readList)(r, (r2) => r2.readInt(0, 65535, "u16"));
        r.path.pop();
        break;
      case 9:
        if (volumes !== void 0) r.fail("duplicate field `volumes`");
        r.path.push("volumes");
        volumes = (0, import_runtime.readList)(r, readVolumeMount);
        r.path.pop();
        break;
      case 10:
        if (restartPolicy !== void 0) r.fail("duplicate field `restart_policy`");
        r.path.push("restart_policy");
        restartPolicy = readRestartPolicy(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (image === void 0) r.fail("missing field `image`");
  if (command === void 0) command = null;
  if (args === void 0) args = null;
  if (env === void 0) r.fail("missing field `env`");
  if (gpuCount === void 0) r.fail("missing field `gpu_count`");
  if (gpuMemoryMb === void 0) gpuMemoryMb = null;
  if (cpuMillicores === void 0) cpuMillicores = null;
  if (memoryMb === void 0) memoryMb = null;
  if (ports === void 0) r.fail("missing field `ports`");
  if (volumes === void 0) r.fail("missing field `volumes`");
  if (restartPolicy === void 0) r.fail("missing field `restart_policy`");
  return { image, command, args, env, gpu_count: gpuCount, gpu_memory_mb: gpuMemoryMb, cpu_millicores: cpuMillicores, memory_mb: memoryMb, ports, volumes, restart_policy: restartPolicy };
}
const SEQ_WorkloadSpec = [import_runtime2.readStringElement, (r) => r.readNullIf() ? null : (0, import_runtime.readList)(r, import_runtime2.readStringElement), (r) => r.readNullIf() ? null : (0, import_runtime.readList)(r, import_runtime2.readStringElement), (r) => (0, import_runtime.readList)(r, readKeyValue), (r) => r.readInt(0, 4294967295, "u32"), (r) => r.readNullIf() ? null : r.readInt(0, 9007199254740991, "u64"), (r) => r.readNullIf() ? null : r.readInt(0, 4294967295, "u32"), (r) => r.readNullIf() ? null : r.readInt(0, 9007199254740991, "u64"), (r) => (0, import_runtime.readList)(r, (r2) => r2.readInt(0, 65535, "u16")), (r) => (0, import_runtime.readList)(r, readVolumeMount), readRestartPolicy];
function readWorkloadSpecSeq(r, first = true) {
  const [image, command, args, env, gpuCount, gpuMemoryMb, cpuMillicores, memoryMb, ports, volumes, restartPolicy] = (0, import_runtime4.readStructSeq)(r, first, "struct WorkloadSpec with 11 elements", SEQ_WorkloadSpec);
  return { image, command, args, env, gpu_count: gpuCount, gpu_memory_mb: gpuMemoryMb, cpu_millicores: cpuMillicores, memory_mb: memoryMb, ports, volumes, restart_policy: restartPolicy };
}
function writeWorkloadSpec(v) {
  (0, import_runtime.expectObject)(v, "struct WorkloadSpec");
  return '{"image":' + (0, import_runtime.writeString)(v.image) + ',"command":' + (v.command == null ? "null" : (0, import_runtime.writeList)(v.command, import_runtime.writeString)) + ',"args":' + (v.args == null ? "null" : (0, import_runtime.writeList)(v.args, import_runtime.writeString)) + ',"env":' + (0, import_runtime.writeList)(v.env, writeKeyValue) + ',"gpu_count":' + (0, import_runtime.writeInt)(v.gpu_count, 0, 4294967295, "u32") + ',"gpu_memory_mb":' + (v.gpu_memory_mb == null ? "null" : (0, import_runtime.writeInt)(v.gpu_memory_mb, 0, 9007199254740991, "u64")) + ',"cpu_millicores":' + (v.cpu_millicores == null ? "null" : (0, import_runtime.writeInt)(v.cpu_millicores, 0, 4294967295, "u32")) + ',"memory_mb":' + (v.memory_mb == null ? "null" : (0, import_runtime.writeInt)(v.memory_mb, 0, 9007199254740991, "u64")) + ',"ports":' + (0, import_runtime.writeList)(v.ports, (x) => (0, import_runtime.writeInt)(x, 0, 65535, "u16")) + ',"volumes":' + (0, import_runtime.writeList)(v.volumes, writeVolumeMount) + ',"restart_policy":' + writeRestartPolicy(v.restart_policy) + "}";
}
function parseWorkloadSpec(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readWorkloadSpec(r);
  r.end();
  return value;
}
function serializeWorkloadSpec(value) {
  try {
    return writeWorkloadSpec(value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadSpec);
  }
}
function readKeyValue(r) {
  return (0, import_runtime3.readTuple)(r, [import_runtime2.readStringElement, import_runtime2.readStringElement]);
}
function writeKeyValue(v) {
  return (0, import_runtime3.writeTuple)(v, [import_runtime.writeString, import_runtime.writeString]);
}
function parseKeyValue(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readKeyValue(r);
  r.end();
  return value;
}
function serializeKeyValue(value) {
  try {
    return writeKeyValue(value);
  } catch (e) {
    return located(e, value, validate.validateKeyValue);
  }
}
const FIELDS_VolumeMount = ["host_path", "container_path", "read_only"];
const KEYS_VolumeMount = ['"host_path":', '"container_path":', '"read_only":'];
function readVolumeMount(r) {
  if (r.atArray()) return readVolumeMountSeq(r);
  r.beginObject("struct VolumeMount");
  let hostPath;
  let containerPath;
  let readOnlyValue;
  for (let first = true, i = r.field(true, FIELDS_VolumeMount, KEYS_VolumeMount, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_VolumeMount, KEYS_VolumeMount, i + 1)) {
    switch (i) {
      case 0:
        if (hostPath !== void 0) r.fail("duplicate field `host_path`");
        r.path.push("host_path");
        hostPath = r.readString();
        r.path.pop();
        break;
      case 1:
        if (containerPath !== void 0) r.fail("duplicate field `container_path`");
        r.path.push("container_path");
        containerPath = r.readString();
        r.path.pop();
        break;
      case 2:
        if (readOnlyValue !== void 0) r.fail("duplicate field `read_only`");
        r.path.push("read_only");
        readOnlyValue = r.readBool();
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (hostPath === void 0) r.fail("missing field `host_path`");
  if (containerPath === void 0) r.fail("missing field `container_path`");
  if (readOnlyValue === void 0) r.fail("missing field `read_only`");
  return { host_path: hostPath, container_path: containerPath, read_only: readOnlyValue };
}
const SEQ_VolumeMount = [import_runtime2.readStringElement, import_runtime2.readStringElement, (r) => r.readBool()];
function readVolumeMountSeq(r, first = true) {
  const [hostPath, containerPath, readOnlyValue] = (0, import_runtime4.readStructSeq)(r, first, "struct VolumeMount with 3 elements", SEQ_VolumeMount);
  return { host_path: hostPath, container_path: containerPath, read_only: readOnlyValue };
}
function writeVolumeMount(v) {
  (0, import_runtime.expectObject)(v, "struct VolumeMount");
  return '{"host_path":' + (0, import_runtime.writeString)(v.host_path) + ',"container_path":' + (0, import_runtime.writeString)(v.container_path) + ',"read_only":' + (0, import_runtime5.writeBool)(v.read_only) + "}";
}
function parseVolumeMount(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readVolumeMount(r);
  r.end();
  return value;
}
function serializeVolumeMount(value) {
  try {
    return writeVolumeMount(value);
  } catch (e) {
    return located(e, value, validate.validateVolumeMount);
  }
}
function readRestartPolicy(r) {
  if (r.atString()) {
    const tag2 = r.readString();
    switch (tag2) {
      case "Never":
      case "OnFailure":
      case "Always":
        return tag2;
      default:
        return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag2)}, expected one of "Never", "OnFailure", "Always"`);
    }
  }
  if (!r.atObject()) return r.invalidType("enum RestartPolicy");
  const tag = r.beginVariant("enum RestartPolicy");
  let value;
  r.path.push(tag);
  switch (tag) {
    case "Never":
      r.readUnit("unit variant RestartPolicy::Never");
      value = "Never";
      break;
    case "OnFailure":
      r.readUnit("unit variant RestartPolicy::OnFailure");
      value = "OnFailure";
      break;
    case "Always":
      r.readUnit("unit variant RestartPolicy::Always");
      value = "Always";
      break;
    default:
      r.path.pop();
      return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag)}, expected one of "Never", "OnFailure", "Always"`);
  }
  r.path.pop();
  r.endTag();
  return value;
}
function writeRestartPolicy(v) {
  if (typeof v === "string") {
    switch (v) {
      case "Never":
        return '"Never"';
      case "OnFailure":
        return '"OnFailure"';
      case "Always":
        return '"Always"';
    }
    throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.describe)(v)} of RestartPolicy`);
  }
  throw new import_runtime.WriteFailure(`expected a variant name of RestartPolicy as a string`);
}
function parseRestartPolicy(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readRestartPolicy(r);
  r.end();
  return value;
}
function serializeRestartPolicy(value) {
  try {
    return writeRestartPolicy(value);
  } catch (e) {
    return located(e, value, validate.validateRestartPolicy);
  }
}
const FIELDS_WorkloadStatus = ["state", "node_id", "started_at", "finished_at", "exit_code", "message"];
const KEYS_WorkloadStatus = ['"state":', '"node_id":', '"started_at":', '"finished_at":', '"exit_code":', '"message":'];
function readWorkloadStatus(r) {
  if (r.atArray()) return readWorkloadStatusSeq(r);
  r.beginObject("struct WorkloadStatus");
  let state;
  let nodeId;
  let startedAt;
  let finishedAt;
  let exitCode;
  let message;
  for (let first = true, i = r.field(true, FIELDS_WorkloadStatus, KEYS_WorkloadStatus, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_WorkloadStatus, KEYS_WorkloadStatus, i + 1)) {
    switch (i) {
      case 0:
        if (state !== void 0) r.fail("duplicate field `state`");
        r.path.push("state");
        state = readWorkloadState(r);
        r.path.pop();
        break;
      case 1:
        if (nodeId !== void 0) r.fail("duplicate field `node_id`");
        r.path.push("node_id");
        nodeId = r.readNullIf() ? null : readNodeId(r);
        r.path.pop();
        break;
      case 2:
        if (startedAt !== void 0) r.fail("duplicate field `started_at`");
        r.path.push("started_at");
        startedAt = r.readNullIf() ? null : readTimestamp(r);
        r.path.pop();
        break;
      case 3:
        if (finishedAt !== void 0) r.fail("duplicate field `finished_at`");
        r.path.push("finished_at");
        finishedAt = r.readNullIf() ? null : readTimestamp(r);
        r.path.pop();
        break;
      case 4:
        if (exitCode !== void 0) r.fail("duplicate field `exit_code`");
        r.path.push("exit_code");
        exitCode = r.readNullIf() ? null : r.readInt(-2147483648, 2147483647, "i32");
        r.path.pop();
        break;
      case 5:
        if (message !== void 0) r.fail("duplicate field `message`");
        r.path.push("message");
        message = r.readNullIf() ? null : r.readString();
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (state === void 0) r.fail("missing field `state`");
  if (nodeId === void 0) nodeId = null;
  if (startedAt === void 0) startedAt = null;
  if (finishedAt === void 0) finishedAt = null;
  if (exitCode === void 0) exitCode = null;
  if (message === void 0) message = null;
  return { state, node_id: nodeId, started_at: startedAt, finished_at: finishedAt, exit_code: exitCode, message };
}
const SEQ_WorkloadStatus = [readWorkloadState, (r) => r.readNullIf() ? null : readNodeId(r), (r) => r.readNullIf() ? null : readTimestamp(r), (r) => r.readNullIf() ? null : readTimestamp(r), (r) => r.readNullIf() ? null : r.readInt(-2147483648, 2147483647, "i32"), (r) => r.readNullIf() ? null : r.readString()];
function readWorkloadStatusSeq(r, first = true) {
  const [state, nodeId, startedAt, finishedAt, exitCode, message] = (0, import_runtime4.readStructSeq)(r, first, "struct WorkloadStatus with 6 elements", SEQ_WorkloadStatus);
  return { state, node_id: nodeId, started_at: startedAt, finished_at: finishedAt, exit_code: exitCode, message };
}
function writeWorkloadStatus(v) {
  (0, import_runtime.expectObject)(v, "struct WorkloadStatus");
  return '{"state":' + writeWorkloadState(v.state) + ',"node_id":' + (v.node_id == null ? "null" : writeNodeId(v.node_id)) + ',"started_at":' + (v.started_at == null ? "null" : writeTimestamp(v.started_at)) + ',"finished_at":' + (v.finished_at == null ? "null" : writeTimestamp(v.finished_at)) + ',"exit_code":' + (v.exit_code == null ? "null" : (0, import_runtime.writeInt)(v.exit_code, -2147483648, 2147483647, "i32")) + ',"message":' + (v.message == null ? "null" : (0, import_runtime.writeString)(v.message)) + "}";
}
function parseWorkloadStatus(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readWorkloadStatus(r);
  r.end();
  return value;
}
function serializeWorkloadStatus(value) {
  try {
    return writeWorkloadStatus(value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadStatus);
  }
}
const FIELDS_NodeConfig = ["heartbeat_interval_secs", "metrics_interval_secs", "max_concurrent_workloads", "log_level"];
const KEYS_NodeConfig = ['"heartbeat_interval_secs":', '"metrics_interval_secs":', '"max_concurrent_workloads":', '"log_level":'];
function readNodeConfig(r) {
  if (r.atArray()) return readNodeConfigSeq(r);
  r.beginObject("struct NodeConfig");
  let heartbeatIntervalSecs;
  let metricsIntervalSecs;
  let maxConcurrentWorkloads;
  let logLevel;
  for (let first = true, i = r.field(true, FIELDS_NodeConfig, KEYS_NodeConfig, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_NodeConfig, KEYS_NodeConfig, i + 1)) {
    switch (i) {
      case 0:
        if (heartbeatIntervalSecs !== void 0) r.fail("duplicate field `heartbeat_interval_secs`");
        r.path.push("heartbeat_interval_secs");
        heartbeatIntervalSecs = r.readNullIf() ? null : r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 1:
        if (metricsIntervalSecs !== void 0) r.fail("duplicate field `metrics_interval_secs`");
        r.path.push("metrics_interval_secs");
        metricsIntervalSecs = r.readNullIf() ? null : r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 2:
        if (maxConcurrentWorkloads !== void 0) r.fail("duplicate field `max_concurrent_workloads`");
        r.path.push("max_concurrent_workloads");
        maxConcurrentWorkloads = r.readNullIf() ? null : r.readInt(0, 4294967295, "u32");
        r.path.pop();
        break;
      case 3:
        if (logLevel !== void 0) r.fail("duplicate field `log_level`");
        r.path.push("log_level");
        logLevel = r.readNullIf() ? null : r.readString();
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (heartbeatIntervalSecs === void 0) heartbeatIntervalSecs = null;
  if (metricsIntervalSecs === void 0) metricsIntervalSecs = null;
  if (maxConcurrentWorkloads === void 0) maxConcurrentWorkloads = null;
  if (logLevel === void 0) logLevel = null;
  return { heartbeat_interval_secs: heartbeatIntervalSecs, metrics_interval_secs: metricsIntervalSecs, max_concurrent_workloads: maxConcurrentWorkloads, log_level: logLevel };
}
const SEQ_NodeConfig = [(r) => r.readNullIf() ? null : r.readInt(0, 4294967295, "u32"), (r) => r.readNullIf() ? null : r.readInt(0, 4294967295, "u32"), (r) => r.readNullIf() ? null : r.readInt(0, 4294967295, "u32"), (r) => r.readNullIf() ? null : r.readString()];
function readNodeConfigSeq(r, first = true) {
  const [heartbeatIntervalSecs, metricsIntervalSecs, maxConcurrentWorkloads, logLevel] = (0, import_runtime4.readStructSeq)(r, first, "struct NodeConfig with 4 elements", SEQ_NodeConfig);
  return { heartbeat_interval_secs: heartbeatIntervalSecs, metrics_interval_secs: metricsIntervalSecs, max_concurrent_workloads: maxConcurrentWorkloads, log_level: logLevel };
}
function writeNodeConfig(v) {
  (0, import_runtime.expectObject)(v, "struct NodeConfig");
  return '{"heartbeat_interval_secs":' + (v.heartbeat_interval_secs == null ? "null" : (0, import_runtime.writeInt)(v.heartbeat_interval_secs, 0, 4294967295, "u32")) + ',"metrics_interval_secs":' + (v.metrics_interval_secs == null ? "null" : (0, import_runtime.writeInt)(v.metrics_interval_secs, 0, 4294967295, "u32")) + ',"max_concurrent_workloads":' + (v.max_concurrent_workloads == null ? "null" : (0, import_runtime.writeInt)(v.max_concurrent_workloads, 0, 4294967295, "u32")) + ',"log_level":' + (v.log_level == null ? "null" : (0, import_runtime.writeString)(v.log_level)) + "}";
}
function parseNodeConfig(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readNodeConfig(r);
  r.end();
  return value;
}
function serializeNodeConfig(value) {
  try {
    return writeNodeConfig(value);
  } catch (e) {
    return located(e, value, validate.validateNodeConfig);
  }
}
const FIELDS_WorkloadEvent = ["kind", "workload_id", "metadata", "timestamp"];
const KEYS_WorkloadEvent = ['"kind":', '"workload_id":', '"metadata":', '"timestamp":'];
function readWorkloadEvent(r) {
  if (r.atArray()) return readWorkloadEventSeq(r);
  r.beginObject("struct WorkloadEvent");
  let kind;
  let workloadId;
  let metadata;
  let timestamp;
  for (let first = true, i = r.field(true, FIELDS_WorkloadEvent, KEYS_WorkloadEvent, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_WorkloadEvent, KEYS_WorkloadEvent, i + 1)) {
    switch (i) {
      case 0:
        if (kind !== void 0) r.fail("duplicate field `kind`");
        r.path.push("kind");
        kind = readWorkloadEventKind(r);
        r.path.pop();
        break;
      case 1:
        if (workloadId !== void 0) r.fail("duplicate field `workload_id`");
        r.path.push("workload_id");
        workloadId = readWorkloadId(r);
        r.path.pop();
        break;
      case 2:
        if (metadata !== void 0) r.fail("duplicate field `metadata`");
        r.path.push("metadata");
        metadata = readEventMetadata(r);
        r.path.pop();
        break;
      case 3:
        if (timestamp !== void 0) r.fail("duplicate field `timestamp`");
        r.path.push("timestamp");
        timestamp = readTimestamp(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (kind === void 0) r.fail("missing field `kind`");
  if (workloadId === void 0) r.fail("missing field `workload_id`");
  if (metadata === void 0) r.fail("missing field `metadata`");
  if (timestamp === void 0) r.fail("missing field `timestamp`");
  return { kind, workload_id: workloadId, metadata, timestamp };
}
const SEQ_WorkloadEvent = [readWorkloadEventKind, readWorkloadId, readEventMetadata, readTimestamp];
function readWorkloadEventSeq(r, first = true) {
  const [kind, workloadId, metadata, timestamp] = (0, import_runtime4.readStructSeq)(r, first, "struct WorkloadEvent with 4 elements", SEQ_WorkloadEvent);
  return { kind, workload_id: workloadId, metadata, timestamp };
}
function writeWorkloadEvent(v) {
  (0, import_runtime.expectObject)(v, "struct WorkloadEvent");
  return '{"kind":' + writeWorkloadEventKind(v.kind) + ',"workload_id":' + writeWorkloadId(v.workload_id) + ',"metadata":' + writeEventMetadata(v.metadata) + ',"timestamp":' + writeTimestamp(v.timestamp) + "}";
}
function parseWorkloadEvent(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readWorkloadEvent(r);
  r.end();
  return value;
}
function serializeWorkloadEvent(value) {
  try {
    return writeWorkloadEvent(value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadEvent);
  }
}
function readWorkloadEventKind(r) {
  if (r.atString()) {
    const tag2 = r.readString();
    switch (tag2) {
      case "Created":
      case "Started":
        return tag2;
      case "Scheduled":
        return r.fail("invalid type: unit variant, expected struct variant `WorkloadEventKind::Scheduled`");
      case "Stopped":
        return r.fail("invalid type: unit variant, expected struct variant `WorkloadEventKind::Stopped`");
      case "Failed":
        return r.fail("invalid type: unit variant, expected struct variant `WorkloadEventKind::Failed`");
      case "Completed":
        return r.fail("invalid type: unit variant, expected struct variant `WorkloadEventKind::Completed`");
      default:
        return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag2)}, expected one of "Created", "Scheduled", "Started", "Stopped", "Failed", "Completed"`);
    }
  }
  if (!r.atObject()) return r.invalidType("enum WorkloadEventKind");
  const tag = r.beginVariant("enum WorkloadEventKind");
  let value;
  r.path.push(tag);
  switch (tag) {
    case "Created":
      r.readUnit("unit variant WorkloadEventKind::Created");
      value = "Created";
      break;
    case "Started":
      r.readUnit("unit variant WorkloadEventKind::Started");
      value = "Started";
      break;
    case "Scheduled":
      value = { Scheduled: readWorkloadEventKindScheduled(r) };
      break;
    case "Stopped":
      value = { Stopped: readWorkloadEventKindStopped(r) };
      break;
    case "Failed":
      value = { Failed: readWorkloadEventKindFailed(r) };
      break;
    case "Completed":
      value = { Completed: readWorkloadEventKindCompleted(r) };
      break;
    default:
      r.path.pop();
      return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag)}, expected one of "Created", "Scheduled", "Started", "Stopped", "Failed", "Completed"`);
  }
  r.path.pop();
  r.endTag();
  return value;
}
const FIELDS_WorkloadEventKindScheduled = ["node_id"];
const KEYS_WorkloadEventKindScheduled = ['"node_id":'];
function readWorkloadEventKindScheduled(r) {
  if (r.atArray()) return readWorkloadEventKindScheduledSeq(r);
  r.beginObject("struct variant WorkloadEventKind::Scheduled");
  let nodeId;
  for (let first = true, i = r.field(true, FIELDS_WorkloadEventKindScheduled, KEYS_WorkloadEventKindScheduled, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_WorkloadEventKindScheduled, KEYS_WorkloadEventKindScheduled, i + 1)) {
    switch (i) {
      case 0:
        if (nodeId !== void 0) r.fail("duplicate field `node_id`");
        r.path.push("node_id");
        nodeId = readNodeId(r);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (nodeId === void 0) r.fail("missing field `node_id`");
  return { node_id: nodeId };
}
const SEQ_WorkloadEventKindScheduled = [readNodeId];
function readWorkloadEventKindScheduledSeq(r, first = true) {
  const [nodeId] = (0, import_runtime4.readStructSeq)(r, first, "struct variant WorkloadEventKind::Scheduled with 1 elements", SEQ_WorkloadEventKindScheduled);
  return { node_id: nodeId };
}
function writeWorkloadEventKindScheduled(v) {
  (0, import_runtime.expectObject)(v, "struct variant WorkloadEventKind::Scheduled");
  return '{"node_id":' + writeNodeId(v.node_id) + "}";
}
const FIELDS_WorkloadEventKindStopped = ["reason"];
const KEYS_WorkloadEventKindStopped = ['"reason":'];
function readWorkloadEventKindStopped(r) {
  if (r.atArray()) return readWorkloadEventKindStoppedSeq(r);
  r.beginObject("struct variant WorkloadEventKind::Stopped");
  let reason;
  for (let first = true, i = r.field(true, FIELDS_WorkloadEventKindStopped, KEYS_WorkloadEventKindStopped, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_WorkloadEventKindStopped, KEYS_WorkloadEventKindStopped, i + 1)) {
    switch (i) {
      case 0:
        if (reason !== void 0) r.fail("duplicate field `reason`");
        r.path.push("reason");
        reason = r.readString();
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (reason === void 0) r.fail("missing field `reason`");
  return { reason };
}
const SEQ_WorkloadEventKindStopped = [import_runtime2.readStringElement];
function readWorkloadEventKindStoppedSeq(r, first = true) {
  const [reason] = (0, import_runtime4.readStructSeq)(r, first, "struct variant WorkloadEventKind::Stopped with 1 elements", SEQ_WorkloadEventKindStopped);
  return { reason };
}
function writeWorkloadEventKindStopped(v) {
  (0, import_runtime.expectObject)(v, "struct variant WorkloadEventKind::Stopped");
  return '{"reason":' + (0, import_runtime.writeString)(v.reason) + "}";
}
const FIELDS_WorkloadEventKindFailed = ["error"];
const KEYS_WorkloadEventKindFailed = ['"error":'];
function readWorkloadEventKindFailed(r) {
  if (r.atArray()) return readWorkloadEventKindFailedSeq(r);
  r.beginObject("struct variant WorkloadEventKind::Failed");
  let error;
  for (let first = true, i = r.field(true, FIELDS_WorkloadEventKindFailed, KEYS_WorkloadEventKindFailed, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_WorkloadEventKindFailed, KEYS_WorkloadEventKindFailed, i + 1)) {
    switch (i) {
      case 0:
        if (error !== void 0) r.fail("duplicate field `error`");
        r.path.push("error");
        error = r.readString();
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (error === void 0) r.fail("missing field `error`");
  return { error };
}
const SEQ_WorkloadEventKindFailed = [import_runtime2.readStringElement];
function readWorkloadEventKindFailedSeq(r, first = true) {
  const [error] = (0, import_runtime4.readStructSeq)(r, first, "struct variant WorkloadEventKind::Failed with 1 elements", SEQ_WorkloadEventKindFailed);
  return { error };
}
function writeWorkloadEventKindFailed(v) {
  (0, import_runtime.expectObject)(v, "struct variant WorkloadEventKind::Failed");
  return '{"error":' + (0, import_runtime.writeString)(v.error) + "}";
}
const FIELDS_WorkloadEventKindCompleted = ["exit_code"];
const KEYS_WorkloadEventKindCompleted = ['"exit_code":'];
function readWorkloadEventKindCompleted(r) {
  if (r.atArray()) return readWorkloadEventKindCompletedSeq(r);
  r.beginObject("struct variant WorkloadEventKind::Completed");
  let exitCode;
  for (let first = true, i = r.field(true, FIELDS_WorkloadEventKindCompleted, KEYS_WorkloadEventKindCompleted, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_WorkloadEventKindCompleted, KEYS_WorkloadEventKindCompleted, i + 1)) {
    switch (i) {
      case 0:
        if (exitCode !== void 0) r.fail("duplicate field `exit_code`");
        r.path.push("exit_code");
        exitCode = r.readInt(-2147483648, 2147483647, "i32");
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (exitCode === void 0) r.fail("missing field `exit_code`");
  return { exit_code: exitCode };
}
const SEQ_WorkloadEventKindCompleted = [(r) => r.readInt(-2147483648, 2147483647, "i32")];
function readWorkloadEventKindCompletedSeq(r, first = true) {
  const [exitCode] = (0, import_runtime4.readStructSeq)(r, first, "struct variant WorkloadEventKind::Completed with 1 elements", SEQ_WorkloadEventKindCompleted);
  return { exit_code: exitCode };
}
function writeWorkloadEventKindCompleted(v) {
  (0, import_runtime.expectObject)(v, "struct variant WorkloadEventKind::Completed");
  return '{"exit_code":' + (0, import_runtime.writeInt)(v.exit_code, -2147483648, 2147483647, "i32") + "}";
}
function writeWorkloadEventKind(v) {
  if (typeof v === "string") {
    switch (v) {
      case "Created":
        return '"Created"';
      case "Started":
        return '"Started"';
    }
    throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.describe)(v)} of WorkloadEventKind`);
  }
  (0, import_runtime.expectObject)(v, "enum WorkloadEventKind");
  const tag = (0, import_runtime6.tagOf)(v);
  const value = v[tag];
  switch (tag) {
    case "Scheduled":
      return '{"Scheduled":' + writeWorkloadEventKindScheduled(value) + "}";
    case "Stopped":
      return '{"Stopped":' + writeWorkloadEventKindStopped(value) + "}";
    case "Failed":
      return '{"Failed":' + writeWorkloadEventKindFailed(value) + "}";
    case "Completed":
      return '{"Completed":' + writeWorkloadEventKindCompleted(value) + "}";
  }
  throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.quoted)(tag)} of WorkloadEventKind`);
}
function parseWorkloadEventKind(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readWorkloadEventKind(r);
  r.end();
  return value;
}
function serializeWorkloadEventKind(value) {
  try {
    return writeWorkloadEventKind(value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadEventKind);
  }
}
const FIELDS_EventMetadata = ["source", "correlation_id", "labels"];
const KEYS_EventMetadata = ['"source":', '"correlation_id":', '"labels":'];
function readEventMetadata(r) {
  if (r.atArray()) return readEventMetadataSeq(r);
  r.beginObject("struct EventMetadata");
  let source;
  let correlationId;
  let labels;
  for (let first = true, i = r.field(true, FIELDS_EventMetadata, KEYS_EventMetadata, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_EventMetadata, KEYS_EventMetadata, i + 1)) {
    switch (i) {
      case 0:
        if (source !== void 0) r.fail("duplicate field `source`");
        r.path.push("source");
        source = r.readString();
        r.path.pop();
        break;
      case 1:
        if (correlationId !== void 0) r.fail("duplicate field `correlation_id`");
        r.path.push("correlation_id");
        correlationId = r.readNullIf() ? null : r.readString();
        r.path.pop();
        break;
      case 2:
        if (labels !== void 0) r.fail("duplicate field `labels`");
        r.path.push("labels");
        labels = (0, import_runtime.readList)(r, readKeyValue);
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (source === void 0) r.fail("missing field `source`");
  if (correlationId === void 0) correlationId = null;
  if (labels === void 0) r.fail("missing field `labels`");
  return { source, correlation_id: correlationId, labels };
}
const SEQ_EventMetadata = [import_runtime2.readStringElement, (r) => r.readNullIf() ? null : r.readString(), (r) => (0, import_runtime.readList)(r, readKeyValue)];
function readEventMetadataSeq(r, first = true) {
  const [source, correlationId, labels] = (0, import_runtime4.readStructSeq)(r, first, "struct EventMetadata with 3 elements", SEQ_EventMetadata);
  return { source, correlation_id: correlationId, labels };
}
function writeEventMetadata(v) {
  (0, import_runtime.expectObject)(v, "struct EventMetadata");
  return '{"source":' + (0, import_runtime.writeString)(v.source) + ',"correlation_id":' + (v.correlation_id == null ? "null" : (0, import_runtime.writeString)(v.correlation_id)) + ',"labels":' + (0, import_runtime.writeList)(v.labels, writeKeyValue) + "}";
}
function parseEventMetadata(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readEventMetadata(r);
  r.end();
  return value;
}
function serializeEventMetadata(value) {
  try {
    return writeEventMetadata(value);
  } catch (e) {
    return located(e, value, validate.validateEventMetadata);
  }
}
const FIELDS_ValidationError = ["field", "message"];
const KEYS_ValidationError = ['"field":', '"message":'];
function readValidationError(r) {
  if (r.atArray()) return readValidationErrorSeq(r);
  r.beginObject("struct ValidationError");
  let field;
  let message;
  for (let first = true, i = r.field(true, FIELDS_ValidationError, KEYS_ValidationError, 0); i !== import_runtime.Reader.END; first = false, i = r.field(first, FIELDS_ValidationError, KEYS_ValidationError, i + 1)) {
    switch (i) {
      case 0:
        if (field !== void 0) r.fail("duplicate field `field`");
        r.path.push("field");
        field = r.readString();
        r.path.pop();
        break;
      case 1:
        if (message !== void 0) r.fail("duplicate field `message`");
        r.path.push("message");
        message = r.readString();
        r.path.pop();
        break;
      default:
        r.skip();
    }
  }
  if (field === void 0) r.fail("missing field `field`");
  if (message === void 0) r.fail("missing field `message`");
  return { field, message };
}
const SEQ_ValidationError = [import_runtime2.readStringElement, import_runtime2.readStringElement];
function readValidationErrorSeq(r, first = true) {
  const [field, message] = (0, import_runtime4.readStructSeq)(r, first, "struct ValidationError with 2 elements", SEQ_ValidationError);
  return { field, message };
}
function writeValidationError(v) {
  (0, import_runtime.expectObject)(v, "struct ValidationError");
  return '{"field":' + (0, import_runtime.writeString)(v.field) + ',"message":' + (0, import_runtime.writeString)(v.message) + "}";
}
function parseValidationError(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readValidationError(r);
  r.end();
  return value;
}
function serializeValidationError(value) {
  try {
    return writeValidationError(value);
  } catch (e) {
    return located(e, value, validate.validateValidationError);
  }
}
function readProtoError(r) {
  if (r.atString()) {
    const tag2 = r.readString();
    switch (tag2) {
      case "InvalidMessage":
        return r.fail("invalid type: unit variant, expected newtype variant `ProtoError::InvalidMessage`");
      case "ValidationError":
        return r.fail("invalid type: unit variant, expected newtype variant `ProtoError::ValidationError`");
      case "SerializationError":
        return r.fail("invalid type: unit variant, expected newtype variant `ProtoError::SerializationError`");
      case "UnknownMessageType":
        return r.fail("invalid type: unit variant, expected newtype variant `ProtoError::UnknownMessageType`");
      default:
        return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag2)}, expected one of "InvalidMessage", "ValidationError", "SerializationError", "UnknownMessageType"`);
    }
  }
  if (!r.atObject()) return r.invalidType("enum ProtoError");
  const tag = r.beginVariant("enum ProtoError");
  let value;
  r.path.push(tag);
  switch (tag) {
    case "InvalidMessage":
      value = { InvalidMessage: r.readString() };
      break;
    case "ValidationError":
      value = { ValidationError: r.readString() };
      break;
    case "SerializationError":
      value = { SerializationError: r.readString() };
      break;
    case "UnknownMessageType":
      value = { UnknownMessageType: r.readString() };
      break;
    default:
      r.path.pop();
      return r.fail(`unknown variant ${(0, import_runtime.quoted)(tag)}, expected one of "InvalidMessage", "ValidationError", "SerializationError", "UnknownMessageType"`);
  }
  r.path.pop();
  r.endTag();
  return value;
}
function writeProtoError(v) {
  (0, import_runtime.expectObject)(v, "enum ProtoError");
  const tag = (0, import_runtime6.tagOf)(v);
  const value = v[tag];
  switch (tag) {
    case "InvalidMessage":
      return '{"InvalidMessage":' + (0, import_runtime.writeString)(value) + "}";
    case "ValidationError":
      return '{"ValidationError":' + (0, import_runtime.writeString)(value) + "}";
    case "SerializationError":
      return '{"SerializationError":' + (0, import_runtime.writeString)(value) + "}";
    case "UnknownMessageType":
      return '{"UnknownMessageType":' + (0, import_runtime.writeString)(value) + "}";
  }
  throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.quoted)(tag)} of ProtoError`);
}
function parseProtoError(input, options) {
  const r = new import_runtime.Reader(input, options);
  const value = readProtoError(r);
  r.end();
  return value;
}
function serializeProtoError(value) {
  try {
    return writeProtoError(value);
  } catch (e) {
    return located(e, value, validate.validateProtoError);
  }
}
//# sourceMappingURL=codec.js.map
