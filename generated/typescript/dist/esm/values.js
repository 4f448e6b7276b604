import { ProtoError, matchHandler } from "./runtime.js";
import { formatTimestamp, parseTimestampParts } from "./scalars.js";
import { normalizeTimestamp } from "./scalars.js";
import { normalizeUuid } from "./scalars.js";
const PROTOCOL_VERSION = 1;
function protocolVersionsCompatible(a, b = PROTOCOL_VERSION) {
  return Number.isInteger(a) && Number.isInteger(b) && a === b;
}
const NIL_UUID = "00000000-0000-0000-0000-000000000000";
const UNIX_EPOCH = "1970-01-01T00:00:00Z";
function randomUuidV4() {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = b[6] & 15 | 64;
  b[8] = b[8] & 63 | 128;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function fromStr(parse, s) {
  try {
    return parse(s);
  } catch (e) {
    throw new ProtoError("InvalidMessage", e.message);
  }
}
const NodeMessage = {
  /** Variant tags in declaration order. */
  variants: ["Register", "Heartbeat", "Metrics", "WorkloadUpdate", "WorkloadLogs"],
  /** An exhaustive match: one handler per variant, checked by the compiler. */
  match(value, cases) {
    if (typeof value === "string") return matchHandler(cases, value, "NodeMessage", NodeMessage.variants)();
    const tag = typeof value === "object" && value !== null ? Object.keys(value)[0] : value;
    const handler = matchHandler(cases, tag, "NodeMessage", NodeMessage.variants);
    return handler(value[tag]);
  }
};
const GatewayMessage = {
  /** Variant tags in declaration order. */
  variants: ["Registered", "HeartbeatAck", "DeployWorkload", "StopWorkload", "GetWorkloadStatus", "UpdateConfig", "Ping", "Shutdown"],
  /** An exhaustive match: one handler per variant, checked by the compiler. */
  match(value, cases) {
    if (typeof value === "string") return matchHandler(cases, value, "GatewayMessage", GatewayMessage.variants)();
    const tag = typeof value === "object" && value !== null ? Object.keys(value)[0] : value;
    const handler = matchHandler(cases, tag, "GatewayMessage", GatewayMessage.variants);
    return handler(value[tag]);
  }
};
const NodeId = {
  /** A new random (v4) id, like `NodeId::new()`. */
  new() {
    return randomUuidV4();
  },
  /** Parse any spelling the uuid crate accepts, like `NodeId::from_str`; throws ProtoError. */
  fromStr(s) {
    return fromStr(normalizeUuid, s);
  },
  default() {
    return NIL_UUID;
  }
};
const WorkloadId = {
  /** A new random (v4) id, like `WorkloadId::new()`. */
  new() {
    return randomUuidV4();
  },
  /** Parse any spelling the uuid crate accepts, like `WorkloadId::from_str`; throws ProtoError. */
  fromStr(s) {
    return fromStr(normalizeUuid, s);
  },
  default() {
    return NIL_UUID;
  }
};
const Uuid = {
  new() {
    return randomUuidV4();
  },
  fromStr(s) {
    return fromStr(normalizeUuid, s);
  },
  default() {
    return NIL_UUID;
  }
};
const Timestamp = {
  /** Now, to the millisecond (what Date offers). */
  now() {
    return Timestamp.fromDate(/* @__PURE__ */ new Date());
  },
  fromDate(d) {
    return normalizeTimestamp(d.toISOString());
  },
  /** A Date (milliseconds; nanoseconds beyond are dropped, a leap second becomes :59.999). */
  toDate(t) {
    const p = parseTimestampParts(t);
    const leap = p.nanosecond >= 1e9;
    const ms = Math.floor((leap ? 999999999 : p.nanosecond) / 1e6);
    const d = /* @__PURE__ */ new Date(0);
    d.setUTCFullYear(p.year, p.month - 1, p.day);
    d.setUTCHours(p.hour, p.minute, p.second, ms);
    return d;
  },
  /** Nanoseconds within the second (up to 1,999,999,999 inside a leap second, as chrono keeps it). */
  nanosecond(t) {
    return parseTimestampParts(t).nanosecond;
  },
  /** Parse any spelling chrono accepts (any RFC 3339 offset) into the canonical UTC form; throws ProtoError. */
  fromStr(s) {
    return fromStr(normalizeTimestamp, s);
  },
  /** Build from parts in UTC, nanosecond precision. */
  fromParts(p) {
    const s = formatTimestamp({ ...p, nanosecond: p.nanosecond ?? 0 });
    return fromStr(normalizeTimestamp, s);
  },
  default() {
    return UNIX_EPOCH;
  }
};
const NodeCapabilities = {
  /** Every field at its default, like `NodeCapabilities::default()`. */
  default() {
    return {
      total_vram_mb: 0,
      gpu_count: 0,
      gpus: [],
      max_concurrent_workloads: 0,
      supported_runtimes: []
    };
  },
  /** The given fields, the rest at their defaults (`NodeCapabilities { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      total_vram_mb: init.total_vram_mb !== void 0 ? init.total_vram_mb : 0,
      gpu_count: init.gpu_count !== void 0 ? init.gpu_count : 0,
      gpus: init.gpus !== void 0 ? init.gpus : [],
      max_concurrent_workloads: init.max_concurrent_workloads !== void 0 ? init.max_concurrent_workloads : 0,
      supported_runtimes: init.supported_runtimes !== void 0 ? init.supported_runtimes : []
    };
  }
};
const GpuCapability = {
  /** Every field at its default, like `GpuCapability::default()`. */
  default() {
    return {
      index: 0,
      name: "",
      vram_mb: 0,
      compute_capability: "",
      driver_version: ""
    };
  },
  /** The given fields, the rest at their defaults (`GpuCapability { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      index: init.index !== void 0 ? init.index : 0,
      name: init.name !== void 0 ? init.name : "",
      vram_mb: init.vram_mb !== void 0 ? init.vram_mb : 0,
      compute_capability: init.compute_capability !== void 0 ? init.compute_capability : "",
      driver_version: init.driver_version !== void 0 ? init.driver_version : ""
    };
  }
};
const GpuMetricsProto = {
  /** Every field at its default, like `GpuMetricsProto::default()`. */
  default() {
    return {
      index: 0,
      utilization_percent: 0,
      memory_used_mb: 0,
      memory_total_mb: 0,
      temperature_celsius: 0,
      power_watts: 0
    };
  },
  /** The given fields, the rest at their defaults (`GpuMetricsProto { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      index: init.index !== void 0 ? init.index : 0,
      utilization_percent: init.utilization_percent !== void 0 ? init.utilization_percent : 0,
      memory_used_mb: init.memory_used_mb !== void 0 ? init.memory_used_mb : 0,
      memory_total_mb: init.memory_total_mb !== void 0 ? init.memory_total_mb : 0,
      temperature_celsius: init.temperature_celsius !== void 0 ? init.temperature_celsius : 0,
      power_watts: init.power_watts !== void 0 ? init.power_watts : 0
    };
  }
};
const WorkloadState = {
  /** Variant tags in declaration order. */
  variants: ["Pending", "Pulling", "Starting", "Running", "Stopping", "Stopped", "Failed", "Completed"],
  /** An exhaustive match: one handler per variant, checked by the compiler. */
  match(value, cases) {
    if (typeof value === "string") return matchHandler(cases, value, "WorkloadState", WorkloadState.variants)();
    const tag = typeof value === "object" && value !== null ? Object.keys(value)[0] : value;
    const handler = matchHandler(cases, tag, "WorkloadState", WorkloadState.variants);
    return handler(value[tag]);
  }
};
const Workload = {
  /** Every field at its default, like `Workload::default()`. */
  default() {
    return {
      id: WorkloadId.default(),
      name: "",
      spec: WorkloadSpec.default(),
      status: WorkloadStatus.default(),
      created_at: Timestamp.default(),
      updated_at: Timestamp.default()
    };
  },
  /** The given fields, the rest at their defaults (`Workload { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      id: init.id !== void 0 ? init.id : WorkloadId.default(),
      name: init.name !== void 0 ? init.name : "",
      spec: init.spec !== void 0 ? init.spec : WorkloadSpec.default(),
      status: init.status !== void 0 ? init.status : WorkloadStatus.default(),
      created_at: init.created_at !== void 0 ? init.created_at : Timestamp.default(),
      updated_at: init.updated_at !== void 0 ? init.updated_at : Timestamp.default()
    };
  }
};
const WorkloadSpec = {
  /** Every field at its default, like `WorkloadSpec::default()`. */
  default() {
    return {
      image: "",
      command: null,
      args: null,
      env: [],
      gpu_count: 0,
      gpu_memory_mb: null,
      cpu_millicores: null,
      memory_mb: null,
      ports: [],
      volumes: [],
      restart_policy: RestartPolicy.default()
    };
  },
  /** The given fields, the rest at their defaults (`WorkloadSpec { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      image: init.image !== void 0 ? init.image : "",
      command: init.command !== void 0 ? init.command : null,
      args: init.args !== void 0 ? init.args : null,
      env: init.env !== void 0 ? init.env : [],
      gpu_count: init.gpu_count !== void 0 ? init.gpu_count : 0,
      gpu_memory_mb: init.gpu_memory_mb !== void 0 ? init.gpu_memory_mb : null,
      cpu_millicores: init.cpu_millicores !== void 0 ? init.cpu_millicores : null,
      memory_mb: init.memory_mb !== void 0 ? init.memory_mb : null,
      ports: init.ports !== void 0 ? init.ports : [],
      volumes: init.volumes !== void 0 ? init.volumes : [],
      restart_policy: init.restart_policy !== void 0 ? init.restart_policy : RestartPolicy.default()
    };
  }
};
const VolumeMount = {
  /** Every field at its default, like `VolumeMount::default()`. */
  default() {
    return {
      host_path: "",
      container_path: "",
      read_only: false
    };
  },
  /** The given fields, the rest at their defaults (`VolumeMount { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      host_path: init.host_path !== void 0 ? init.host_path : "",
      container_path: init.container_path !== void 0 ? init.container_path : "",
      read_only: init.read_only !== void 0 ? init.read_only : false
    };
  }
};
const RestartPolicy = {
  /** Variant tags in declaration order. */
  variants: ["Never", "OnFailure", "Always"],
  default() {
    return "Never";
  },
  /** An exhaustive match: one handler per variant, checked by the compiler. */
  match(value, cases) {
    if (typeof value === "string") return matchHandler(cases, value, "RestartPolicy", RestartPolicy.variants)();
    const tag = typeof value === "object" && value !== null ? Object.keys(value)[0] : value;
    const handler = matchHandler(cases, tag, "RestartPolicy", RestartPolicy.variants);
    return handler(value[tag]);
  }
};
const WorkloadStatus = {
  /** Every field at its default, like `WorkloadStatus::default()`. */
  default() {
    return {
      state: "Pending",
      node_id: null,
      started_at: null,
      finished_at: null,
      exit_code: null,
      message: null
    };
  },
  /** The given fields, the rest at their defaults (`WorkloadStatus { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      state: init.state !== void 0 ? init.state : "Pending",
      node_id: init.node_id !== void 0 ? init.node_id : null,
      started_at: init.started_at !== void 0 ? init.started_at : null,
      finished_at: init.finished_at !== void 0 ? init.finished_at : null,
      exit_code: init.exit_code !== void 0 ? init.exit_code : null,
      message: init.message !== void 0 ? init.message : null
    };
  }
};
const NodeConfig = {
  /** Every field at its default, like `NodeConfig::default()`. */
  default() {
    return {
      heartbeat_interval_secs: null,
      metrics_interval_secs: null,
      max_concurrent_workloads: null,
      log_level: null
    };
  },
  /** The given fields, the rest at their defaults (`NodeConfig { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      heartbeat_interval_secs: init.heartbeat_interval_secs !== void 0 ? init.heartbeat_interval_secs : null,
      metrics_interval_secs: init.metrics_interval_secs !== void 0 ? init.metrics_interval_secs : null,
      max_concurrent_workloads: init.max_concurrent_workloads !== void 0 ? init.max_concurrent_workloads : null,
      log_level: init.log_level !== void 0 ? init.log_level : null
    };
  }
};
const WorkloadEvent = {
  /** The given fields, the rest at their defaults (`WorkloadEvent { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      kind: init.kind !== void 0 ? init.kind : void 0,
      workload_id: init.workload_id !== void 0 ? init.workload_id : WorkloadId.default(),
      metadata: init.metadata !== void 0 ? init.metadata : EventMetadata.default(),
      timestamp: init.timestamp !== void 0 ? init.timestamp : Timestamp.default()
    };
  }
};
const WorkloadEventKind = {
  /** Variant tags in declaration order. */
  variants: ["Created", "Scheduled", "Started", "Stopped", "Failed", "Completed"],
  /** An exhaustive match: one handler per variant, checked by the compiler. */
  match(value, cases) {
    if (typeof value === "string") return matchHandler(cases, value, "WorkloadEventKind", WorkloadEventKind.variants)();
    const tag = typeof value === "object" && value !== null ? Object.keys(value)[0] : value;
    const handler = matchHandler(cases, tag, "WorkloadEventKind", WorkloadEventKind.variants);
    return handler(value[tag]);
  }
};
const EventMetadata = {
  /** Every field at its default, like `EventMetadata::default()`. */
  default() {
    return {
      source: "",
      correlation_id: null,
      labels: []
    };
  },
  /** The given fields, the rest at their defaults (`EventMetadata { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      source: init.source !== void 0 ? init.source : "",
      correlation_id: init.correlation_id !== void 0 ? init.correlation_id : null,
      labels: init.labels !== void 0 ? init.labels : []
    };
  }
};
const ValidationError = {
  /** Every field at its default, like `ValidationError::default()`. */
  default() {
    return {
      field: "",
      message: ""
    };
  },
  /** The given fields, the rest at their defaults (`ValidationError { ..., ..Default::default() }`), in declaration order. */
  create(init) {
    return {
      field: init.field !== void 0 ? init.field : "",
      message: init.message !== void 0 ? init.message : ""
    };
  }
};
export {
  EventMetadata,
  GatewayMessage,
  GpuCapability,
  GpuMetricsProto,
  NodeCapabilities,
  NodeConfig,
  NodeId,
  NodeMessage,
  PROTOCOL_VERSION,
  RestartPolicy,
  Timestamp,
  Uuid,
  ValidationError,
  VolumeMount,
  Workload,
  WorkloadEvent,
  WorkloadEventKind,
  WorkloadId,
  WorkloadSpec,
  WorkloadState,
  WorkloadStatus,
  protocolVersionsCompatible
};
//# sourceMappingURL=values.js.map
