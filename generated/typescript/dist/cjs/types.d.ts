/**
 * Messages sent from nodes to the gateway.
 *
 * @see `claw-proto.schema.json#/$defs/NodeMessage`
 */
export type NodeMessage = {
    Register: NodeMessageRegister;
} | {
    Heartbeat: NodeMessageHeartbeat;
} | {
    Metrics: NodeMessageMetrics;
} | {
    WorkloadUpdate: NodeMessageWorkloadUpdate;
} | {
    WorkloadLogs: NodeMessageWorkloadLogs;
};
/**
 * Node registration on connect
 *
 * @see `claw-proto.schema.json#/$defs/NodeMessage/oneOf/0`
 */
export interface NodeMessageRegister {
    node_id: NodeId;
    name: string;
    capabilities: NodeCapabilities;
    protocol_version: number;
}
/**
 * Periodic heartbeat
 *
 * @see `claw-proto.schema.json#/$defs/NodeMessage/oneOf/1`
 */
export interface NodeMessageHeartbeat {
    node_id: NodeId;
    timestamp: Timestamp;
}
/**
 * GPU and system metrics
 *
 * @see `claw-proto.schema.json#/$defs/NodeMessage/oneOf/2`
 */
export interface NodeMessageMetrics {
    node_id: NodeId;
    gpu_metrics: GpuMetricsProto[];
    timestamp: Timestamp;
}
/**
 * Workload state change
 *
 * @see `claw-proto.schema.json#/$defs/NodeMessage/oneOf/3`
 */
export interface NodeMessageWorkloadUpdate {
    workload_id: WorkloadId;
    state: WorkloadState;
    message: string | null;
    timestamp: Timestamp;
}
/**
 * Workload log output
 *
 * @see `claw-proto.schema.json#/$defs/NodeMessage/oneOf/4`
 */
export interface NodeMessageWorkloadLogs {
    workload_id: WorkloadId;
    lines: string[];
    is_stderr: boolean;
}
/**
 * Messages sent from the gateway to nodes.
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage`
 */
export type GatewayMessage = {
    Registered: GatewayMessageRegistered;
} | {
    HeartbeatAck: GatewayMessageHeartbeatAck;
} | {
    DeployWorkload: GatewayMessageDeployWorkload;
} | {
    StopWorkload: GatewayMessageStopWorkload;
} | {
    GetWorkloadStatus: GatewayMessageGetWorkloadStatus;
} | {
    UpdateConfig: GatewayMessageUpdateConfig;
} | {
    Ping: GatewayMessagePing;
} | {
    Shutdown: GatewayMessageShutdown;
};
/**
 * Registration acknowledgment
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage/oneOf/0`
 */
export interface GatewayMessageRegistered {
    heartbeat_interval_secs: number;
    metrics_interval_secs: number;
    config: NodeConfig | null;
}
/**
 * Heartbeat acknowledgment
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage/oneOf/1`
 */
export interface GatewayMessageHeartbeatAck {
    timestamp: Timestamp;
}
/**
 * Deploy a workload
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage/oneOf/2`
 */
export interface GatewayMessageDeployWorkload {
    workload: Workload;
}
/**
 * Stop a workload
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage/oneOf/3`
 */
export interface GatewayMessageStopWorkload {
    workload_id: WorkloadId;
    force: boolean;
}
/**
 * Request workload status
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage/oneOf/4`
 */
export interface GatewayMessageGetWorkloadStatus {
    workload_id: WorkloadId;
}
/**
 * Update node configuration
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage/oneOf/5`
 */
export interface GatewayMessageUpdateConfig {
    config: NodeConfig;
}
/**
 * Ping for latency measurement
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage/oneOf/6`
 */
export interface GatewayMessagePing {
    timestamp: Timestamp;
}
/**
 * Request node to shutdown
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage/oneOf/7`
 */
export interface GatewayMessageShutdown {
    reason: string;
    graceful: boolean;
}
/**
 * Unique identifier for nodes (UUID v4).
 *
 * @see `claw-proto.schema.json#/$defs/NodeId`
 */
export type NodeId = Uuid & {
    readonly __newtype: "NodeId";
};
/**
 * Unique identifier for workloads (UUID v4).
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadId`
 */
export type WorkloadId = Uuid & {
    readonly __newtype: "WorkloadId";
};
/**
 * A UUID, written lowercase and hyphenated; read in every form the uuid crate's parser accepts.
 *
 * @see `claw-proto.schema.json#/$defs/Uuid`
 */
export type Uuid = string & {
    readonly __format: "uuid";
};
/**
 * A point in time in UTC (chrono DateTime<Utc>), RFC 3339 with nanosecond precision.
 *
 * @see `claw-proto.schema.json#/$defs/Timestamp`
 */
export type Timestamp = string & {
    readonly __format: "date-time";
};
/**
 * Hardware capabilities reported by nodes.
 *
 * @see `claw-proto.schema.json#/$defs/NodeCapabilities`
 */
export interface NodeCapabilities {
    total_vram_mb: number;
    gpu_count: number;
    gpus: GpuCapability[];
    max_concurrent_workloads: number;
    supported_runtimes: string[];
}
/**
 * Individual GPU information.
 *
 * @see `claw-proto.schema.json#/$defs/GpuCapability`
 */
export interface GpuCapability {
    index: number;
    name: string;
    vram_mb: number;
    compute_capability: string;
    driver_version: string;
}
/**
 * GPU runtime metrics.
 *
 * @see `claw-proto.schema.json#/$defs/GpuMetricsProto`
 */
export interface GpuMetricsProto {
    index: number;
    utilization_percent: number;
    memory_used_mb: number;
    memory_total_mb: number;
    temperature_celsius: number;
    power_watts: number;
}
/**
 * Workload lifecycle states.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadState`
 */
export type WorkloadState = "Pending" | "Pulling" | "Starting" | "Running" | "Stopping" | "Stopped" | "Failed" | "Completed";
/**
 * Full workload definition.
 *
 * @see `claw-proto.schema.json#/$defs/Workload`
 */
export interface Workload {
    id: WorkloadId;
    name: string;
    spec: WorkloadSpec;
    status: WorkloadStatus;
    created_at: Timestamp;
    updated_at: Timestamp;
}
/**
 * Workload specification (container config).
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadSpec`
 */
export interface WorkloadSpec {
    image: string;
    command: string[] | null;
    args: string[] | null;
    env: KeyValue[];
    gpu_count: number;
    gpu_memory_mb: number | null;
    cpu_millicores: number | null;
    memory_mb: number | null;
    ports: number[];
    volumes: VolumeMount[];
    restart_policy: RestartPolicy;
}
/**
 * A (String, String) pair, written as a 2-element array.
 *
 * @see `claw-proto.schema.json#/$defs/KeyValue`
 */
export type KeyValue = [string, string];
/**
 * A host path mounted into the workload's container.
 *
 * @see `claw-proto.schema.json#/$defs/VolumeMount`
 */
export interface VolumeMount {
    host_path: string;
    container_path: string;
    read_only: boolean;
}
/**
 * When a workload's container is restarted.
 *
 * @see `claw-proto.schema.json#/$defs/RestartPolicy`
 */
export type RestartPolicy = "Never" | "OnFailure" | "Always";
/**
 * The observed status of a workload.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadStatus`
 */
export interface WorkloadStatus {
    state: WorkloadState;
    node_id: NodeId | null;
    started_at: Timestamp | null;
    finished_at: Timestamp | null;
    exit_code: number | null;
    message: string | null;
}
/**
 * Runtime configuration updates.
 *
 * @see `claw-proto.schema.json#/$defs/NodeConfig`
 */
export interface NodeConfig {
    heartbeat_interval_secs: number | null;
    metrics_interval_secs: number | null;
    max_concurrent_workloads: number | null;
    log_level: string | null;
}
/**
 * Workload lifecycle events for audit logging.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadEvent`
 */
export interface WorkloadEvent {
    kind: WorkloadEventKind;
    workload_id: WorkloadId;
    metadata: EventMetadata;
    timestamp: Timestamp;
}
/**
 * What happened to a workload.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadEventKind`
 */
export type WorkloadEventKind = "Created" | {
    Scheduled: WorkloadEventKindScheduled;
} | "Started" | {
    Stopped: WorkloadEventKindStopped;
} | {
    Failed: WorkloadEventKindFailed;
} | {
    Completed: WorkloadEventKindCompleted;
};
/**
 * @see `claw-proto.schema.json#/$defs/WorkloadEventKind/oneOf/1`
 */
export interface WorkloadEventKindScheduled {
    node_id: NodeId;
}
/**
 * @see `claw-proto.schema.json#/$defs/WorkloadEventKind/oneOf/3`
 */
export interface WorkloadEventKindStopped {
    reason: string;
}
/**
 * @see `claw-proto.schema.json#/$defs/WorkloadEventKind/oneOf/4`
 */
export interface WorkloadEventKindFailed {
    error: string;
}
/**
 * @see `claw-proto.schema.json#/$defs/WorkloadEventKind/oneOf/5`
 */
export interface WorkloadEventKindCompleted {
    exit_code: number;
}
/**
 * Who or what produced a workload event, and how to correlate it.
 *
 * @see `claw-proto.schema.json#/$defs/EventMetadata`
 */
export interface EventMetadata {
    source: string;
    correlation_id: string | null;
    labels: KeyValue[];
}
/**
 * A validate_workload_spec failure: the field and what is wrong with it.
 *
 * @see `claw-proto.schema.json#/$defs/ValidationError`
 */
export interface ValidationError {
    field: string;
    message: string;
}
/**
 * Protocol errors.
 *
 * @see `claw-proto.schema.json#/$defs/ProtoError`
 */
export type ProtoError = {
    InvalidMessage: string;
} | {
    ValidationError: string;
} | {
    SerializationError: string;
} | {
    UnknownMessageType: string;
};
