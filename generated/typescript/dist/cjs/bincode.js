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
var bincode_exports = {};
__export(bincode_exports, {
  decodeBincodeEventMetadata: () => decodeBincodeEventMetadata,
  decodeBincodeGatewayMessage: () => decodeBincodeGatewayMessage,
  decodeBincodeGpuCapability: () => decodeBincodeGpuCapability,
  decodeBincodeGpuMetricsProto: () => decodeBincodeGpuMetricsProto,
  decodeBincodeKeyValue: () => decodeBincodeKeyValue,
  decodeBincodeNodeCapabilities: () => decodeBincodeNodeCapabilities,
  decodeBincodeNodeConfig: () => decodeBincodeNodeConfig,
  decodeBincodeNodeId: () => decodeBincodeNodeId,
  decodeBincodeNodeMessage: () => decodeBincodeNodeMessage,
  decodeBincodeProtoError: () => decodeBincodeProtoError,
  decodeBincodeRestartPolicy: () => decodeBincodeRestartPolicy,
  decodeBincodeTimestamp: () => decodeBincodeTimestamp,
  decodeBincodeUuid: () => decodeBincodeUuid,
  decodeBincodeValidationError: () => decodeBincodeValidationError,
  decodeBincodeVolumeMount: () => decodeBincodeVolumeMount,
  decodeBincodeWorkload: () => decodeBincodeWorkload,
  decodeBincodeWorkloadEvent: () => decodeBincodeWorkloadEvent,
  decodeBincodeWorkloadEventKind: () => decodeBincodeWorkloadEventKind,
  decodeBincodeWorkloadId: () => decodeBincodeWorkloadId,
  decodeBincodeWorkloadSpec: () => decodeBincodeWorkloadSpec,
  decodeBincodeWorkloadState: () => decodeBincodeWorkloadState,
  decodeBincodeWorkloadStatus: () => decodeBincodeWorkloadStatus,
  encodeBincodeEventMetadata: () => encodeBincodeEventMetadata,
  encodeBincodeGatewayMessage: () => encodeBincodeGatewayMessage,
  encodeBincodeGpuCapability: () => encodeBincodeGpuCapability,
  encodeBincodeGpuMetricsProto: () => encodeBincodeGpuMetricsProto,
  encodeBincodeKeyValue: () => encodeBincodeKeyValue,
  encodeBincodeNodeCapabilities: () => encodeBincodeNodeCapabilities,
  encodeBincodeNodeConfig: () => encodeBincodeNodeConfig,
  encodeBincodeNodeId: () => encodeBincodeNodeId,
  encodeBincodeNodeMessage: () => encodeBincodeNodeMessage,
  encodeBincodeProtoError: () => encodeBincodeProtoError,
  encodeBincodeRestartPolicy: () => encodeBincodeRestartPolicy,
  encodeBincodeTimestamp: () => encodeBincodeTimestamp,
  encodeBincodeUuid: () => encodeBincodeUuid,
  encodeBincodeValidationError: () => encodeBincodeValidationError,
  encodeBincodeVolumeMount: () => encodeBincodeVolumeMount,
  encodeBincodeWorkload: () => encodeBincodeWorkload,
  encodeBincodeWorkloadEvent: () => encodeBincodeWorkloadEvent,
  encodeBincodeWorkloadEventKind: () => encodeBincodeWorkloadEventKind,
  encodeBincodeWorkloadId: () => encodeBincodeWorkloadId,
  encodeBincodeWorkloadSpec: () => encodeBincodeWorkloadSpec,
  encodeBincodeWorkloadState: () => encodeBincodeWorkloadState,
  encodeBincodeWorkloadStatus: () => encodeBincodeWorkloadStatus
});
module.exports = __toCommonJS(bincode_exports);
var import_bincodeRuntime = require("./bincodeRuntime.js");
var import_runtime = require("./runtime.js");
var import_runtime2 = require("./runtime.js");
var validate = __toESM(require("./validate.js"));
function located(e, value, check) {
  const first = check(value)[0];
  if (first) throw new import_runtime.ProtoError("SerializationError", first.message, first.pointer);
  throw new import_runtime.ProtoError("SerializationError", e instanceof import_runtime.WriteFailure ? e.message : `the value cannot be written: ${(0, import_runtime.describeError)(e)}`);
}
function input(bytes) {
  const b = (0, import_runtime.bytesOf)(bytes);
  if (b === void 0) throw new import_runtime.ProtoError("InvalidMessage", `expected bincode bytes (Uint8Array, ArrayBuffer, DataView), got ${(0, import_runtime.describe)(bytes)}`);
  return b.bytes;
}
function encNodeMessage(w, v) {
  (0, import_runtime.expectObject)(v, "enum NodeMessage");
  const tag = (0, import_runtime2.tagOf)(v);
  const value = v[tag];
  switch (tag) {
    case "Register":
      w.variant(0);
      return encNodeMessageRegister(w, value);
    case "Heartbeat":
      w.variant(1);
      return encNodeMessageHeartbeat(w, value);
    case "Metrics":
      w.variant(2);
      return encNodeMessageMetrics(w, value);
    case "WorkloadUpdate":
      w.variant(3);
      return encNodeMessageWorkloadUpdate(w, value);
    case "WorkloadLogs":
      w.variant(4);
      return encNodeMessageWorkloadLogs(w, value);
  }
  throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.describe)(tag)} of NodeMessage`);
}
function decNodeMessage(r) {
  const index = r.variant(5, "enum NodeMessage");
  switch (index) {
    case 0:
      return { Register: r.field("Register", () => decNodeMessageRegister(r)) };
    case 1:
      return { Heartbeat: r.field("Heartbeat", () => decNodeMessageHeartbeat(r)) };
    case 2:
      return { Metrics: r.field("Metrics", () => decNodeMessageMetrics(r)) };
    case 3:
      return { WorkloadUpdate: r.field("WorkloadUpdate", () => decNodeMessageWorkloadUpdate(r)) };
    case 4:
      return { WorkloadLogs: r.field("WorkloadLogs", () => decNodeMessageWorkloadLogs(r)) };
    default:
      return r.fail(`variant index ${index} of enum NodeMessage`);
  }
}
function encNodeMessageRegister(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant NodeMessage::Register");
  encNodeId(w, v.node_id);
  w.string(v.name);
  encNodeCapabilities(w, v.capabilities);
  w.int(v.protocol_version, "u32", 0, 4294967295);
}
function decNodeMessageRegister(r) {
  return {
    node_id: r.field("node_id", () => decNodeId(r)),
    name: r.field("name", () => r.string()),
    capabilities: r.field("capabilities", () => decNodeCapabilities(r)),
    protocol_version: r.field("protocol_version", () => r.int("u32", 0, 4294967295))
  };
}
function encNodeMessageHeartbeat(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant NodeMessage::Heartbeat");
  encNodeId(w, v.node_id);
  encTimestamp(w, v.timestamp);
}
function decNodeMessageHeartbeat(r) {
  return {
    node_id: r.field("node_id", () => decNodeId(r)),
    timestamp: r.field("timestamp", () => decTimestamp(r))
  };
}
function encNodeMessageMetrics(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant NodeMessage::Metrics");
  encNodeId(w, v.node_id);
  w.list(v.gpu_metrics, (x) => encGpuMetricsProto(w, x));
  encTimestamp(w, v.timestamp);
}
function decNodeMessageMetrics(r) {
  return {
    node_id: r.field("node_id", () => decNodeId(r)),
    gpu_metrics: r.field("gpu_metrics", () => r.list(() => decGpuMetricsProto(r))),
    timestamp: r.field("timestamp", () => decTimestamp(r))
  };
}
function encNodeMessageWorkloadUpdate(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant NodeMessage::WorkloadUpdate");
  encWorkloadId(w, v.workload_id);
  encWorkloadState(w, v.state);
  w.option(v.message, (x) => w.string(x));
  encTimestamp(w, v.timestamp);
}
function decNodeMessageWorkloadUpdate(r) {
  return {
    workload_id: r.field("workload_id", () => decWorkloadId(r)),
    state: r.field("state", () => decWorkloadState(r)),
    message: r.field("message", () => r.option(() => r.string())),
    timestamp: r.field("timestamp", () => decTimestamp(r))
  };
}
function encNodeMessageWorkloadLogs(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant NodeMessage::WorkloadLogs");
  encWorkloadId(w, v.workload_id);
  w.list(v.lines, (x) => w.string(x));
  w.bool(v.is_stderr);
}
function decNodeMessageWorkloadLogs(r) {
  return {
    workload_id: r.field("workload_id", () => decWorkloadId(r)),
    lines: r.field("lines", () => r.list(() => r.string())),
    is_stderr: r.field("is_stderr", () => r.bool())
  };
}
function encodeBincodeNodeMessage(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encNodeMessage(w, value);
  } catch (e) {
    return located(e, value, validate.validateNodeMessage);
  }
  return w.bytes();
}
function decodeBincodeNodeMessage(bytes, options) {
  return decNodeMessage(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encGatewayMessage(w, v) {
  (0, import_runtime.expectObject)(v, "enum GatewayMessage");
  const tag = (0, import_runtime2.tagOf)(v);
  const value = v[tag];
  switch (tag) {
    case "Registered":
      w.variant(0);
      return encGatewayMessageRegistered(w, value);
    case "HeartbeatAck":
      w.variant(1);
      return encGatewayMessageHeartbeatAck(w, value);
    case "DeployWorkload":
      w.variant(2);
      return encGatewayMessageDeployWorkload(w, value);
    case "StopWorkload":
      w.variant(3);
      return encGatewayMessageStopWorkload(w, value);
    case "GetWorkloadStatus":
      w.variant(4);
      return encGatewayMessageGetWorkloadStatus(w, value);
    case "UpdateConfig":
      w.variant(5);
      return encGatewayMessageUpdateConfig(w, value);
    case "Ping":
      w.variant(6);
      return encGatewayMessagePing(w, value);
    case "Shutdown":
      w.variant(7);
      return encGatewayMessageShutdown(w, value);
  }
  throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.describe)(tag)} of GatewayMessage`);
}
function decGatewayMessage(r) {
  const index = r.variant(8, "enum GatewayMessage");
  switch (index) {
    case 0:
      return { Registered: r.field("Registered", () => decGatewayMessageRegistered(r)) };
    case 1:
      return { HeartbeatAck: r.field("HeartbeatAck", () => decGatewayMessageHeartbeatAck(r)) };
    case 2:
      return { DeployWorkload: r.field("DeployWorkload", () => decGatewayMessageDeployWorkload(r)) };
    case 3:
      return { StopWorkload: r.field("StopWorkload", () => decGatewayMessageStopWorkload(r)) };
    case 4:
      return { GetWorkloadStatus: r.field("GetWorkloadStatus", () => decGatewayMessageGetWorkloadStatus(r)) };
    case 5:
      return { UpdateConfig: r.field("UpdateConfig", () => decGatewayMessageUpdateConfig(r)) };
    case 6:
      return { Ping: r.field("Ping", () => decGatewayMessagePing(r)) };
    case 7:
      return { Shutdown: r.field("Shutdown", () => decGatewayMessageShutdown(r)) };
    default:
      return r.fail(`variant index ${index} of enum GatewayMessage`);
  }
}
function encGatewayMessageRegistered(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::Registered");
  w.int(v.heartbeat_interval_secs, "u32", 0, 4294967295);
  w.int(v.metrics_interval_secs, "u32", 0, 4294967295);
  w.option(v.config, (x) => encNodeConfig(w, x));
}
function decGatewayMessageRegistered(r) {
  return {
    heartbeat_interval_secs: r.field("heartbeat_interval_secs", () => r.int("u32", 0, 4294967295)),
    metrics_interval_secs: r.field("metrics_interval_secs", () => r.int("u32", 0, 4294967295)),
    config: r.field("config", () => r.option(() => decNodeConfig(r)))
  };
}
function encGatewayMessageHeartbeatAck(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::HeartbeatAck");
  encTimestamp(w, v.timestamp);
}
function decGatewayMessageHeartbeatAck(r) {
  return {
    timestamp: r.field("timestamp", () => decTimestamp(r))
  };
}
function encGatewayMessageDeployWorkload(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::DeployWorkload");
  encWorkload(w, v.workload);
}
function decGatewayMessageDeployWorkload(r) {
  return {
    workload: r.field("workload", () => decWorkload(r))
  };
}
function encGatewayMessageStopWorkload(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::StopWorkload");
  encWorkloadId(w, v.workload_id);
  w.bool(v.force);
}
function decGatewayMessageStopWorkload(r) {
  return {
    workload_id: r.field("workload_id", () => decWorkloadId(r)),
    force: r.field("force", () => r.bool())
  };
}
function encGatewayMessageGetWorkloadStatus(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::GetWorkloadStatus");
  encWorkloadId(w, v.workload_id);
}
function decGatewayMessageGetWorkloadStatus(r) {
  return {
    workload_id: r.field("workload_id", () => decWorkloadId(r))
  };
}
function encGatewayMessageUpdateConfig(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::UpdateConfig");
  encNodeConfig(w, v.config);
}
function decGatewayMessageUpdateConfig(r) {
  return {
    config: r.field("config", () => decNodeConfig(r))
  };
}
function encGatewayMessagePing(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::Ping");
  encTimestamp(w, v.timestamp);
}
function decGatewayMessagePing(r) {
  return {
    timestamp: r.field("timestamp", () => decTimestamp(r))
  };
}
function encGatewayMessageShutdown(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant GatewayMessage::Shutdown");
  w.string(v.reason);
  w.bool(v.graceful);
}
function decGatewayMessageShutdown(r) {
  return {
    reason: r.field("reason", () => r.string()),
    graceful: r.field("graceful", () => r.bool())
  };
}
function encodeBincodeGatewayMessage(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encGatewayMessage(w, value);
  } catch (e) {
    return located(e, value, validate.validateGatewayMessage);
  }
  return w.bytes();
}
function decodeBincodeGatewayMessage(bytes, options) {
  return decGatewayMessage(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encNodeId(w, v) {
  encUuid(w, v);
}
function decNodeId(r) {
  return decUuid(r);
}
function encodeBincodeNodeId(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encNodeId(w, value);
  } catch (e) {
    return located(e, value, validate.validateNodeId);
  }
  return w.bytes();
}
function decodeBincodeNodeId(bytes, options) {
  return decNodeId(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encWorkloadId(w, v) {
  encUuid(w, v);
}
function decWorkloadId(r) {
  return decUuid(r);
}
function encodeBincodeWorkloadId(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encWorkloadId(w, value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadId);
  }
  return w.bytes();
}
function decodeBincodeWorkloadId(bytes, options) {
  return decWorkloadId(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encUuid(w, v) {
  w.uuid(v);
}
function decUuid(r) {
  return r.uuid();
}
function encodeBincodeUuid(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encUuid(w, value);
  } catch (e) {
    return located(e, value, validate.validateUuid);
  }
  return w.bytes();
}
function decodeBincodeUuid(bytes, options) {
  return decUuid(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encTimestamp(w, v) {
  w.timestamp(v);
}
function decTimestamp(r) {
  return r.timestamp();
}
function encodeBincodeTimestamp(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encTimestamp(w, value);
  } catch (e) {
    return located(e, value, validate.validateTimestamp);
  }
  return w.bytes();
}
function decodeBincodeTimestamp(bytes, options) {
  return decTimestamp(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encNodeCapabilities(w, v) {
  (0, import_runtime.expectObject)(v, "struct NodeCapabilities");
  w.int(v.total_vram_mb, "u64", 0, 9007199254740991);
  w.int(v.gpu_count, "u32", 0, 4294967295);
  w.list(v.gpus, (x) => encGpuCapability(w, x));
  w.int(v.max_concurrent_workloads, "u32", 0, 4294967295);
  w.list(v.supported_runtimes, (x) => w.string(x));
}
function decNodeCapabilities(r) {
  return {
    total_vram_mb: r.field("total_vram_mb", () => r.int("u64", 0, 9007199254740991)),
    gpu_count: r.field("gpu_count", () => r.int("u32", 0, 4294967295)),
    gpus: r.field("gpus", () => r.list(() => decGpuCapability(r))),
    max_concurrent_workloads: r.field("max_concurrent_workloads", () => r.int("u32", 0, 4294967295)),
    supported_runtimes: r.field("supported_runtimes", () => r.list(() => r.string()))
  };
}
function encodeBincodeNodeCapabilities(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encNodeCapabilities(w, value);
  } catch (e) {
    return located(e, value, validate.validateNodeCapabilities);
  }
  return w.bytes();
}
function decodeBincodeNodeCapabilities(bytes, options) {
  return decNodeCapabilities(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encGpuCapability(w, v) {
  (0, import_runtime.expectObject)(v, "struct GpuCapability");
  w.int(v.index, "u32", 0, 4294967295);
  w.string(v.name);
  w.int(v.vram_mb, "u64", 0, 9007199254740991);
  w.string(v.compute_capability);
  w.string(v.driver_version);
}
function decGpuCapability(r) {
  return {
    index: r.field("index", () => r.int("u32", 0, 4294967295)),
    name: r.field("name", () => r.string()),
    vram_mb: r.field("vram_mb", () => r.int("u64", 0, 9007199254740991)),
    compute_capability: r.field("compute_capability", () => r.string()),
    driver_version: r.field("driver_version", () => r.string())
  };
}
function encodeBincodeGpuCapability(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encGpuCapability(w, value);
  } catch (e) {
    return located(e, value, validate.validateGpuCapability);
  }
  return w.bytes();
}
function decodeBincodeGpuCapability(bytes, options) {
  return decGpuCapability(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encGpuMetricsProto(w, v) {
  (0, import_runtime.expectObject)(v, "struct GpuMetricsProto");
  w.int(v.index, "u32", 0, 4294967295);
  w.int(v.utilization_percent, "u32", 0, 4294967295);
  w.int(v.memory_used_mb, "u64", 0, 9007199254740991);
  w.int(v.memory_total_mb, "u64", 0, 9007199254740991);
  w.int(v.temperature_celsius, "u32", 0, 4294967295);
  w.int(v.power_watts, "u32", 0, 4294967295);
}
function decGpuMetricsProto(r) {
  return {
    index: r.field("index", () => r.int("u32", 0, 4294967295)),
    utilization_percent: r.field("utilization_percent", () => r.int("u32", 0, 4294967295)),
    memory_used_mb: r.field("memory_used_mb", () => r.int("u64", 0, 9007199254740991)),
    memory_total_mb: r.field("memory_total_mb", () => r.int("u64", 0, 9007199254740991)),
    temperature_celsius: r.field("temperature_celsius", () => r.int("u32", 0, 4294967295)),
    power_watts: r.field("power_watts", () => r.int("u32", 0, 4294967295))
  };
}
function encodeBincodeGpuMetricsProto(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encGpuMetricsProto(w, value);
  } catch (e) {
    return located(e, value, validate.validateGpuMetricsProto);
  }
  return w.bytes();
}
function decodeBincodeGpuMetricsProto(bytes, options) {
  return decGpuMetricsProto(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encWorkloadState(w, v) {
  if (typeof v === "string") {
    switch (v) {
      case "Pending":
        return w.variant(0);
      case "Pulling":
        return w.variant(1);
      case "Starting":
        return w.variant(2);
      case "Running":
        return w.variant(3);
      case "Stopping":
        return w.variant(4);
      case "Stopped":
        return w.variant(5);
      case "Failed":
        return w.variant(6);
      case "Completed":
        return w.variant(7);
    }
    throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.describe)(v)} of WorkloadState`);
  }
  throw new import_runtime.WriteFailure(`expected a variant name of WorkloadState as a string`);
}
function decWorkloadState(r) {
  const index = r.variant(8, "enum WorkloadState");
  switch (index) {
    case 0:
      return "Pending";
    case 1:
      return "Pulling";
    case 2:
      return "Starting";
    case 3:
      return "Running";
    case 4:
      return "Stopping";
    case 5:
      return "Stopped";
    case 6:
      return "Failed";
    case 7:
      return "Completed";
    default:
      return r.fail(`variant index ${index} of enum WorkloadState`);
  }
}
function encodeBincodeWorkloadState(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encWorkloadState(w, value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadState);
  }
  return w.bytes();
}
function decodeBincodeWorkloadState(bytes, options) {
  return decWorkloadState(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encWorkload(w, v) {
  (0, import_runtime.expectObject)(v, "struct Workload");
  encWorkloadId(w, v.id);
  w.string(v.name);
  encWorkloadSpec(w, v.spec);
  encWorkloadStatus(w, v.status);
  encTimestamp(w, v.created_at);
  encTimestamp(w, v.updated_at);
}
function decWorkload(r) {
  return {
    id: r.field("id", () => decWorkloadId(r)),
    name: r.field("name", () => r.string()),
    spec: r.field("spec", () => decWorkloadSpec(r)),
    status: r.field("status", () => decWorkloadStatus(r)),
    created_at: r.field("created_at", () => decTimestamp(r)),
    updated_at: r.field("updated_at", () => decTimestamp(r))
  };
}
function encodeBincodeWorkload(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encWorkload(w, value);
  } catch (e) {
    return located(e, value, validate.validateWorkload);
  }
  return w.bytes();
}
function decodeBincodeWorkload(bytes, options) {
  return decWorkload(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encWorkloadSpec(w, v) {
  (0, import_runtime.expectObject)(v, "struct WorkloadSpec");
  w.string(v.image);
  w.option(v.command, (x) => w.list(x, (x2) => w.string(x2)));
  w.option(v.args, (x) => w.list(x, (x2) => w.string(x2)));
  w.list(v.env, (x) => encKeyValue(w, x));
  w.int(v.gpu_count, "u32", 0, 4294967295);
  w.option(v.gpu_memory_mb, (x) => w.int(x, "u64", 0, 9007199254740991));
  w.option(v.cpu_millicores, (x) => w.int(x, "u32", 0, 4294967295));
  w.option(v.memory_mb, (x) => w.int(x, "u64", 0, 9007199254740991));
  w.list(v.ports, (x) => w.int(x, "u16", 0, 65535));
  w.list(v.volumes, (x) => encVolumeMount(w, x));
  encRestartPolicy(w, v.restart_policy);
}
function decWorkloadSpec(r) {
  return {
    image: r.field("image", () => r.string()),
    command: r.field("command", () => r.option(() => r.list(() => r.string()))),
    args: r.field("args", () => r.option(() => r.list(() => r.string()))),
    env: r.field("env", () => r.list(() => decKeyValue(r))),
    gpu_count: r.field("gpu_count", () => r.int("u32", 0, 4294967295)),
    gpu_memory_mb: r.field("gpu_memory_mb", () => r.option(() => r.int("u64", 0, 9007199254740991))),
    cpu_millicores: r.field("cpu_millicores", () => r.option(() => r.int("u32", 0, 4294967295))),
    memory_mb: r.field("memory_mb", () => r.option(() => r.int("u64", 0, 9007199254740991))),
    ports: r.field("ports", () => r.list(() => r.int("u16", 0, 65535))),
    volumes: r.field("volumes", () => r.list(() => decVolumeMount(r))),
    restart_policy: r.field("restart_policy", () => decRestartPolicy(r))
  };
}
function encodeBincodeWorkloadSpec(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encWorkloadSpec(w, value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadSpec);
  }
  return w.bytes();
}
function decodeBincodeWorkloadSpec(bytes, options) {
  return decWorkloadSpec(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encKeyValue(w, v) {
  w.tuple(v, [(x) => w.string(x), (x) => w.string(x)]);
}
function decKeyValue(r) {
  return r.tuple([() => r.string(), () => r.string()]);
}
function encodeBincodeKeyValue(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encKeyValue(w, value);
  } catch (e) {
    return located(e, value, validate.validateKeyValue);
  }
  return w.bytes();
}
function decodeBincodeKeyValue(bytes, options) {
  return decKeyValue(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encVolumeMount(w, v) {
  (0, import_runtime.expectObject)(v, "struct VolumeMount");
  w.string(v.host_path);
  w.string(v.container_path);
  w.bool(v.read_only);
}
function decVolumeMount(r) {
  return {
    host_path: r.field("host_path", () => r.string()),
    container_path: r.field("container_path", () => r.string()),
    read_only: r.field("read_only", () => r.bool())
  };
}
function encodeBincodeVolumeMount(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encVolumeMount(w, value);
  } catch (e) {
    return located(e, value, validate.validateVolumeMount);
  }
  return w.bytes();
}
function decodeBincodeVolumeMount(bytes, options) {
  return decVolumeMount(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encRestartPolicy(w, v) {
  if (typeof v === "string") {
    switch (v) {
      case "Never":
        return w.variant(0);
      case "OnFailure":
        return w.variant(1);
      case "Always":
        return w.variant(2);
    }
    throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.describe)(v)} of RestartPolicy`);
  }
  throw new import_runtime.WriteFailure(`expected a variant name of RestartPolicy as a string`);
}
function decRestartPolicy(r) {
  const index = r.variant(3, "enum RestartPolicy");
  switch (index) {
    case 0:
      return "Never";
    case 1:
      return "OnFailure";
    case 2:
      return "Always";
    default:
      return r.fail(`variant index ${index} of enum RestartPolicy`);
  }
}
function encodeBincodeRestartPolicy(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encRestartPolicy(w, value);
  } catch (e) {
    return located(e, value, validate.validateRestartPolicy);
  }
  return w.bytes();
}
function decodeBincodeRestartPolicy(bytes, options) {
  return decRestartPolicy(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encWorkloadStatus(w, v) {
  (0, import_runtime.expectObject)(v, "struct WorkloadStatus");
  encWorkloadState(w, v.state);
  w.option(v.node_id, (x) => encNodeId(w, x));
  w.option(v.started_at, (x) => encTimestamp(w, x));
  w.option(v.finished_at, (x) => encTimestamp(w, x));
  w.option(v.exit_code, (x) => w.int(x, "i32", -2147483648, 2147483647));
  w.option(v.message, (x) => w.string(x));
}
function decWorkloadStatus(r) {
  return {
    state: r.field("state", () => decWorkloadState(r)),
    node_id: r.field("node_id", () => r.option(() => decNodeId(r))),
    started_at: r.field("started_at", () => r.option(() => decTimestamp(r))),
    finished_at: r.field("finished_at", () => r.option(() => decTimestamp(r))),
    exit_code: r.field("exit_code", () => r.option(() => r.int("i32", -2147483648, 2147483647))),
    message: r.field("message", () => r.option(() => r.string()))
  };
}
function encodeBincodeWorkloadStatus(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encWorkloadStatus(w, value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadStatus);
  }
  return w.bytes();
}
function decodeBincodeWorkloadStatus(bytes, options) {
  return decWorkloadStatus(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encNodeConfig(w, v) {
  (0, import_runtime.expectObject)(v, "struct NodeConfig");
  w.option(v.heartbeat_interval_secs, (x) => w.int(x, "u32", 0, 4294967295));
  w.option(v.metrics_interval_secs, (x) => w.int(x, "u32", 0, 4294967295));
  w.option(v.max_concurrent_workloads, (x) => w.int(x, "u32", 0, 4294967295));
  w.option(v.log_level, (x) => w.string(x));
}
function decNodeConfig(r) {
  return {
    heartbeat_interval_secs: r.field("heartbeat_interval_secs", () => r.option(() => r.int("u32", 0, 4294967295))),
    metrics_interval_secs: r.field("metrics_interval_secs", () => r.option(() => r.int("u32", 0, 4294967295))),
    max_concurrent_workloads: r.field("max_concurrent_workloads", () => r.option(() => r.int("u32", 0, 4294967295))),
    log_level: r.field("log_level", () => r.option(() => r.string()))
  };
}
function encodeBincodeNodeConfig(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encNodeConfig(w, value);
  } catch (e) {
    return located(e, value, validate.validateNodeConfig);
  }
  return w.bytes();
}
function decodeBincodeNodeConfig(bytes, options) {
  return decNodeConfig(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encWorkloadEvent(w, v) {
  (0, import_runtime.expectObject)(v, "struct WorkloadEvent");
  encWorkloadEventKind(w, v.kind);
  encWorkloadId(w, v.workload_id);
  encEventMetadata(w, v.metadata);
  encTimestamp(w, v.timestamp);
}
function decWorkloadEvent(r) {
  return {
    kind: r.field("kind", () => decWorkloadEventKind(r)),
    workload_id: r.field("workload_id", () => decWorkloadId(r)),
    metadata: r.field("metadata", () => decEventMetadata(r)),
    timestamp: r.field("timestamp", () => decTimestamp(r))
  };
}
function encodeBincodeWorkloadEvent(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encWorkloadEvent(w, value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadEvent);
  }
  return w.bytes();
}
function decodeBincodeWorkloadEvent(bytes, options) {
  return decWorkloadEvent(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encWorkloadEventKind(w, v) {
  if (typeof v === "string") {
    switch (v) {
      case "Created":
        return w.variant(0);
      case "Started":
        return w.variant(2);
    }
    throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.describe)(v)} of WorkloadEventKind`);
  }
  (0, import_runtime.expectObject)(v, "enum WorkloadEventKind");
  const tag = (0, import_runtime2.tagOf)(v);
  const value = v[tag];
  switch (tag) {
    case "Scheduled":
      w.variant(1);
      return encWorkloadEventKindScheduled(w, value);
    case "Stopped":
      w.variant(3);
      return encWorkloadEventKindStopped(w, value);
    case "Failed":
      w.variant(4);
      return encWorkloadEventKindFailed(w, value);
    case "Completed":
      w.variant(5);
      return encWorkloadEventKindCompleted(w, value);
  }
  throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.describe)(tag)} of WorkloadEventKind`);
}
function decWorkloadEventKind(r) {
  const index = r.variant(6, "enum WorkloadEventKind");
  switch (index) {
    case 0:
      return "Created";
    case 1:
      return { Scheduled: r.field("Scheduled", () => decWorkloadEventKindScheduled(r)) };
    case 2:
      return "Started";
    case 3:
      return { Stopped: r.field("Stopped", () => decWorkloadEventKindStopped(r)) };
    case 4:
      return { Failed: r.field("Failed", () => decWorkloadEventKindFailed(r)) };
    case 5:
      return { Completed: r.field("Completed", () => decWorkloadEventKindCompleted(r)) };
    default:
      return r.fail(`variant index ${index} of enum WorkloadEventKind`);
  }
}
function encWorkloadEventKindScheduled(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant WorkloadEventKind::Scheduled");
  encNodeId(w, v.node_id);
}
function decWorkloadEventKindScheduled(r) {
  return {
    node_id: r.field("node_id", () => decNodeId(r))
  };
}
function encWorkloadEventKindStopped(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant WorkloadEventKind::Stopped");
  w.string(v.reason);
}
function decWorkloadEventKindStopped(r) {
  return {
    reason: r.field("reason", () => r.string())
  };
}
function encWorkloadEventKindFailed(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant WorkloadEventKind::Failed");
  w.string(v.error);
}
function decWorkloadEventKindFailed(r) {
  return {
    error: r.field("error", () => r.string())
  };
}
function encWorkloadEventKindCompleted(w, v) {
  (0, import_runtime.expectObject)(v, "struct variant WorkloadEventKind::Completed");
  w.int(v.exit_code, "i32", -2147483648, 2147483647);
}
function decWorkloadEventKindCompleted(r) {
  return {
    exit_code: r.field("exit_code", () => r.int("i32", -2147483648, 2147483647))
  };
}
function encodeBincodeWorkloadEventKind(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encWorkloadEventKind(w, value);
  } catch (e) {
    return located(e, value, validate.validateWorkloadEventKind);
  }
  return w.bytes();
}
function decodeBincodeWorkloadEventKind(bytes, options) {
  return decWorkloadEventKind(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encEventMetadata(w, v) {
  (0, import_runtime.expectObject)(v, "struct EventMetadata");
  w.string(v.source);
  w.option(v.correlation_id, (x) => w.string(x));
  w.list(v.labels, (x) => encKeyValue(w, x));
}
function decEventMetadata(r) {
  return {
    source: r.field("source", () => r.string()),
    correlation_id: r.field("correlation_id", () => r.option(() => r.string())),
    labels: r.field("labels", () => r.list(() => decKeyValue(r)))
  };
}
function encodeBincodeEventMetadata(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encEventMetadata(w, value);
  } catch (e) {
    return located(e, value, validate.validateEventMetadata);
  }
  return w.bytes();
}
function decodeBincodeEventMetadata(bytes, options) {
  return decEventMetadata(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encValidationError(w, v) {
  (0, import_runtime.expectObject)(v, "struct ValidationError");
  w.string(v.field);
  w.string(v.message);
}
function decValidationError(r) {
  return {
    field: r.field("field", () => r.string()),
    message: r.field("message", () => r.string())
  };
}
function encodeBincodeValidationError(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encValidationError(w, value);
  } catch (e) {
    return located(e, value, validate.validateValidationError);
  }
  return w.bytes();
}
function decodeBincodeValidationError(bytes, options) {
  return decValidationError(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
function encProtoError(w, v) {
  (0, import_runtime.expectObject)(v, "enum ProtoError");
  const tag = (0, import_runtime2.tagOf)(v);
  const value = v[tag];
  switch (tag) {
    case "InvalidMessage":
      w.variant(0);
      return w.string(value);
    case "ValidationError":
      w.variant(1);
      return w.string(value);
    case "SerializationError":
      w.variant(2);
      return w.string(value);
    case "UnknownMessageType":
      w.variant(3);
      return w.string(value);
  }
  throw new import_runtime.WriteFailure(`unknown variant ${(0, import_runtime.describe)(tag)} of ProtoError`);
}
function decProtoError(r) {
  const index = r.variant(4, "enum ProtoError");
  switch (index) {
    case 0:
      return { InvalidMessage: r.field("InvalidMessage", () => r.string()) };
    case 1:
      return { ValidationError: r.field("ValidationError", () => r.string()) };
    case 2:
      return { SerializationError: r.field("SerializationError", () => r.string()) };
    case 3:
      return { UnknownMessageType: r.field("UnknownMessageType", () => r.string()) };
    default:
      return r.fail(`variant index ${index} of enum ProtoError`);
  }
}
function encodeBincodeProtoError(value) {
  const w = new import_bincodeRuntime.BincodeWriter();
  try {
    encProtoError(w, value);
  } catch (e) {
    return located(e, value, validate.validateProtoError);
  }
  return w.bytes();
}
function decodeBincodeProtoError(bytes, options) {
  return decProtoError(new import_bincodeRuntime.BincodeReader(input(bytes), options));
}
//# sourceMappingURL=bincode.js.map
