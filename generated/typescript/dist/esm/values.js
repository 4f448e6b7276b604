import { ProtoError } from "./runtime.js";
import { formatTimestamp, normalizeTimestamp, parseTimestampParts, normalizeUuid } from "./scalars.js";
/** The protocol's major version, as sent in Register.protocol_version. */
export const PROTOCOL_VERSION = 1;
/** Nodes and gateways must agree on the major version (the spec's version negotiation). */
export function protocolVersionsCompatible(a, b = PROTOCOL_VERSION) {
    return Number.isInteger(a) && Number.isInteger(b) && a === b;
}
const NIL_UUID = "00000000-0000-0000-0000-000000000000";
const UNIX_EPOCH = "1970-01-01T00:00:00Z";
function randomUuidV4() {
    const b = new Uint8Array(16);
    globalThis.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function fromStr(parse, s) {
    try {
        return parse(s);
    }
    catch (e) {
        throw new ProtoError("InvalidMessage", e.message);
    }
}
export const NodeMessage = {
    /** Variant names in declaration order. */
    variants: ["Register", "Heartbeat", "Metrics", "WorkloadUpdate", "WorkloadLogs"],
    /** An exhaustive match: one handler per variant, checked by the compiler. */
    match(value, cases) {
        if (typeof value === "string")
            return cases[value]();
        const tag = Object.keys(value)[0];
        return cases[tag](value[tag]);
    },
};
export const GatewayMessage = {
    /** Variant names in declaration order. */
    variants: ["Registered", "HeartbeatAck", "DeployWorkload", "StopWorkload", "GetWorkloadStatus", "UpdateConfig", "Ping", "Shutdown"],
    /** An exhaustive match: one handler per variant, checked by the compiler. */
    match(value, cases) {
        if (typeof value === "string")
            return cases[value]();
        const tag = Object.keys(value)[0];
        return cases[tag](value[tag]);
    },
};
export const NodeId = {
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
    },
};
export const WorkloadId = {
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
    },
};
export const Uuid = {
    new() {
        return randomUuidV4();
    },
    fromStr(s) {
        return fromStr(normalizeUuid, s);
    },
    default() {
        return NIL_UUID;
    },
};
export const Timestamp = {
    /** Now, to the millisecond (what Date offers). */
    now() {
        return Timestamp.fromDate(new Date());
    },
    fromDate(d) {
        return normalizeTimestamp(d.toISOString());
    },
    /** A Date (milliseconds; nanoseconds beyond are dropped, a leap second becomes :59.999). */
    toDate(t) {
        const p = parseTimestampParts(t);
        const leap = p.nanosecond >= 1_000_000_000;
        const ms = Math.floor((leap ? 999_999_999 : p.nanosecond) / 1_000_000);
        const d = new Date(0);
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
    },
};
export const NodeCapabilities = {
    /** Every field at its default, like `NodeCapabilities::default()`. */
    default() {
        return { total_vram_mb: 0, gpu_count: 0, gpus: [], max_concurrent_workloads: 0, supported_runtimes: [] };
    },
    /** The given fields, the rest at their defaults (`NodeCapabilities { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            total_vram_mb: init.total_vram_mb !== undefined ? init.total_vram_mb : 0,
            gpu_count: init.gpu_count !== undefined ? init.gpu_count : 0,
            gpus: init.gpus !== undefined ? init.gpus : [],
            max_concurrent_workloads: init.max_concurrent_workloads !== undefined ? init.max_concurrent_workloads : 0,
            supported_runtimes: init.supported_runtimes !== undefined ? init.supported_runtimes : [],
        };
    },
};
export const GpuCapability = {
    /** Every field at its default, like `GpuCapability::default()`. */
    default() {
        return { index: 0, name: "", vram_mb: 0, compute_capability: "", driver_version: "" };
    },
    /** The given fields, the rest at their defaults (`GpuCapability { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            index: init.index !== undefined ? init.index : 0,
            name: init.name !== undefined ? init.name : "",
            vram_mb: init.vram_mb !== undefined ? init.vram_mb : 0,
            compute_capability: init.compute_capability !== undefined ? init.compute_capability : "",
            driver_version: init.driver_version !== undefined ? init.driver_version : "",
        };
    },
};
export const GpuMetricsProto = {
    /** Every field at its default, like `GpuMetricsProto::default()`. */
    default() {
        return { index: 0, utilization_percent: 0, memory_used_mb: 0, memory_total_mb: 0, temperature_celsius: 0, power_watts: 0 };
    },
    /** The given fields, the rest at their defaults (`GpuMetricsProto { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            index: init.index !== undefined ? init.index : 0,
            utilization_percent: init.utilization_percent !== undefined ? init.utilization_percent : 0,
            memory_used_mb: init.memory_used_mb !== undefined ? init.memory_used_mb : 0,
            memory_total_mb: init.memory_total_mb !== undefined ? init.memory_total_mb : 0,
            temperature_celsius: init.temperature_celsius !== undefined ? init.temperature_celsius : 0,
            power_watts: init.power_watts !== undefined ? init.power_watts : 0,
        };
    },
};
export const WorkloadState = {
    /** Variant names in declaration order. */
    variants: ["Pending", "Pulling", "Starting", "Running", "Stopping", "Stopped", "Failed", "Completed"],
    /** An exhaustive match: one handler per variant, checked by the compiler. */
    match(value, cases) {
        if (typeof value === "string")
            return cases[value]();
        const tag = Object.keys(value)[0];
        return cases[tag](value[tag]);
    },
};
export const Workload = {
    /** Every field at its default, like `Workload::default()`. */
    default() {
        return { id: WorkloadId.default(), name: "", spec: WorkloadSpec.default(), status: WorkloadStatus.default(), created_at: Timestamp.default(), updated_at: Timestamp.default() };
    },
    /** The given fields, the rest at their defaults (`Workload { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            id: init.id !== undefined ? init.id : WorkloadId.default(),
            name: init.name !== undefined ? init.name : "",
            spec: init.spec !== undefined ? init.spec : WorkloadSpec.default(),
            status: init.status !== undefined ? init.status : WorkloadStatus.default(),
            created_at: init.created_at !== undefined ? init.created_at : Timestamp.default(),
            updated_at: init.updated_at !== undefined ? init.updated_at : Timestamp.default(),
        };
    },
};
export const WorkloadSpec = {
    /** Every field at its default, like `WorkloadSpec::default()`. */
    default() {
        return { image: "", command: null, args: null, env: [], gpu_count: 0, gpu_memory_mb: null, cpu_millicores: null, memory_mb: null, ports: [], volumes: [], restart_policy: RestartPolicy.default() };
    },
    /** The given fields, the rest at their defaults (`WorkloadSpec { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            image: init.image !== undefined ? init.image : "",
            command: init.command !== undefined ? init.command : null,
            args: init.args !== undefined ? init.args : null,
            env: init.env !== undefined ? init.env : [],
            gpu_count: init.gpu_count !== undefined ? init.gpu_count : 0,
            gpu_memory_mb: init.gpu_memory_mb !== undefined ? init.gpu_memory_mb : null,
            cpu_millicores: init.cpu_millicores !== undefined ? init.cpu_millicores : null,
            memory_mb: init.memory_mb !== undefined ? init.memory_mb : null,
            ports: init.ports !== undefined ? init.ports : [],
            volumes: init.volumes !== undefined ? init.volumes : [],
            restart_policy: init.restart_policy !== undefined ? init.restart_policy : RestartPolicy.default(),
        };
    },
};
export const VolumeMount = {
    /** Every field at its default, like `VolumeMount::default()`. */
    default() {
        return { host_path: "", container_path: "", read_only: false };
    },
    /** The given fields, the rest at their defaults (`VolumeMount { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            host_path: init.host_path !== undefined ? init.host_path : "",
            container_path: init.container_path !== undefined ? init.container_path : "",
            read_only: init.read_only !== undefined ? init.read_only : false,
        };
    },
};
export const RestartPolicy = {
    /** Variant names in declaration order. */
    variants: ["Never", "OnFailure", "Always"],
    default() {
        return "Never";
    },
    /** An exhaustive match: one handler per variant, checked by the compiler. */
    match(value, cases) {
        if (typeof value === "string")
            return cases[value]();
        const tag = Object.keys(value)[0];
        return cases[tag](value[tag]);
    },
};
export const WorkloadStatus = {
    /** Every field at its default, like `WorkloadStatus::default()`. */
    default() {
        return { state: "Pending", node_id: null, started_at: null, finished_at: null, exit_code: null, message: null };
    },
    /** The given fields, the rest at their defaults (`WorkloadStatus { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            state: init.state !== undefined ? init.state : "Pending",
            node_id: init.node_id !== undefined ? init.node_id : null,
            started_at: init.started_at !== undefined ? init.started_at : null,
            finished_at: init.finished_at !== undefined ? init.finished_at : null,
            exit_code: init.exit_code !== undefined ? init.exit_code : null,
            message: init.message !== undefined ? init.message : null,
        };
    },
};
export const NodeConfig = {
    /** Every field at its default, like `NodeConfig::default()`. */
    default() {
        return { heartbeat_interval_secs: null, metrics_interval_secs: null, max_concurrent_workloads: null, log_level: null };
    },
    /** The given fields, the rest at their defaults (`NodeConfig { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            heartbeat_interval_secs: init.heartbeat_interval_secs !== undefined ? init.heartbeat_interval_secs : null,
            metrics_interval_secs: init.metrics_interval_secs !== undefined ? init.metrics_interval_secs : null,
            max_concurrent_workloads: init.max_concurrent_workloads !== undefined ? init.max_concurrent_workloads : null,
            log_level: init.log_level !== undefined ? init.log_level : null,
        };
    },
};
export const WorkloadEvent = {
    /** The given fields, the rest at their defaults (`WorkloadEvent { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            kind: init.kind !== undefined ? init.kind : undefined,
            workload_id: init.workload_id !== undefined ? init.workload_id : WorkloadId.default(),
            metadata: init.metadata !== undefined ? init.metadata : EventMetadata.default(),
            timestamp: init.timestamp !== undefined ? init.timestamp : Timestamp.default(),
        };
    },
};
export const WorkloadEventKind = {
    /** Variant names in declaration order. */
    variants: ["Created", "Scheduled", "Started", "Stopped", "Failed", "Completed"],
    /** An exhaustive match: one handler per variant, checked by the compiler. */
    match(value, cases) {
        if (typeof value === "string")
            return cases[value]();
        const tag = Object.keys(value)[0];
        return cases[tag](value[tag]);
    },
};
export const EventMetadata = {
    /** Every field at its default, like `EventMetadata::default()`. */
    default() {
        return { source: "", correlation_id: null, labels: [] };
    },
    /** The given fields, the rest at their defaults (`EventMetadata { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            source: init.source !== undefined ? init.source : "",
            correlation_id: init.correlation_id !== undefined ? init.correlation_id : null,
            labels: init.labels !== undefined ? init.labels : [],
        };
    },
};
export const ValidationError = {
    /** Every field at its default, like `ValidationError::default()`. */
    default() {
        return { field: "", message: "" };
    },
    /** The given fields, the rest at their defaults (`ValidationError { ..., ..Default::default() }`), in declaration order. */
    create(init) {
        return {
            field: init.field !== undefined ? init.field : "",
            message: init.message !== undefined ? init.message : "",
        };
    },
};
