/**
 * Messages sent from nodes to the gateway.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "NodeMessage".
 */
export type NodeMessage = ({
    Register: NodeMessageRegister;
} | {
    Heartbeat: NodeMessageHeartbeat;
} | {
    Metrics: NodeMessageMetrics;
} | {
    WorkloadUpdate: NodeMessageWorkloadUpdate;
} | {
    WorkloadLogs: NodeMessageWorkloadLogs;
});
/**
 * Unique identifier for nodes (UUID v4).
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "NodeId".
 */
export type NodeId = Uuid & {
    readonly __newtype: "NodeId";
};
/**
 * A point in time in UTC (chrono DateTime<Utc>), RFC 3339 with nanosecond precision.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "Timestamp".
 */
export type Timestamp = string & {
    readonly __format: "date-time";
};
/**
 * Unique identifier for workloads (UUID v4).
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "WorkloadId".
 */
export type WorkloadId = Uuid & {
    readonly __newtype: "WorkloadId";
};
/**
 * Workload lifecycle states.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "WorkloadState".
 */
export type WorkloadState = ("Pending" | "Pulling" | "Starting" | "Running" | "Stopping" | "Stopped" | "Failed" | "Completed");
/**
 * Messages sent from the gateway to nodes.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "GatewayMessage".
 */
export type GatewayMessage = ({
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
});
/**
 * A (String, String) pair, written as a 2-element array.
 *
 * @minItems 2
 * @maxItems 2
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "KeyValue".
 */
export type KeyValue = [string, string];
/**
 * When a workload's container is restarted.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "RestartPolicy".
 */
export type RestartPolicy = ("Never" | "OnFailure" | "Always");
/**
 * A UUID, written lowercase and hyphenated; read in every form the uuid crate's parser accepts.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "Uuid".
 */
export type Uuid = string & {
    readonly __format: "uuid";
};
/**
 * What happened to a workload.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "WorkloadEventKind".
 */
export type WorkloadEventKind = ("Created" | {
    Scheduled: WorkloadEventKindScheduled;
} | "Started" | {
    Stopped: WorkloadEventKindStopped;
} | {
    Failed: WorkloadEventKindFailed;
} | {
    Completed: WorkloadEventKindCompleted;
});
/**
 * Protocol errors.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "ProtoError".
 */
export type ProtoError = ({
    InvalidMessage: string;
} | {
    ValidationError: string;
} | {
    SerializationError: string;
} | {
    UnknownMessageType: string;
});
/**
 * Node registration on connect
 */
export interface NodeMessageRegister {
    node_id: NodeId;
    name: string;
    capabilities: NodeCapabilities;
    protocol_version: number;
}
/**
 * Hardware capabilities reported by nodes.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "NodeCapabilities".
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
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "GpuCapability".
 */
export interface GpuCapability {
    index: number;
    name: string;
    vram_mb: number;
    compute_capability: string;
    driver_version: string;
}
/**
 * Periodic heartbeat
 */
export interface NodeMessageHeartbeat {
    node_id: NodeId;
    timestamp: Timestamp;
}
/**
 * GPU and system metrics
 */
export interface NodeMessageMetrics {
    node_id: NodeId;
    gpu_metrics: GpuMetricsProto[];
    timestamp: Timestamp;
}
/**
 * GPU runtime metrics.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "GpuMetricsProto".
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
 * Workload state change
 */
export interface NodeMessageWorkloadUpdate {
    workload_id: WorkloadId;
    state: WorkloadState;
    message: (string | null);
    timestamp: Timestamp;
}
/**
 * Workload log output
 */
export interface NodeMessageWorkloadLogs {
    workload_id: WorkloadId;
    lines: string[];
    is_stderr: boolean;
}
/**
 * Registration acknowledgment
 */
export interface GatewayMessageRegistered {
    heartbeat_interval_secs: number;
    metrics_interval_secs: number;
    config: (NodeConfig | null);
}
/**
 * Runtime configuration updates.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "NodeConfig".
 */
export interface NodeConfig {
    heartbeat_interval_secs: (number | null);
    metrics_interval_secs: (number | null);
    max_concurrent_workloads: (number | null);
    log_level: (string | null);
}
/**
 * Heartbeat acknowledgment
 */
export interface GatewayMessageHeartbeatAck {
    timestamp: Timestamp;
}
/**
 * Deploy a workload
 */
export interface GatewayMessageDeployWorkload {
    workload: Workload;
}
/**
 * Full workload definition.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "Workload".
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
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "WorkloadSpec".
 */
export interface WorkloadSpec {
    image: string;
    command: (string[] | null);
    args: (string[] | null);
    env: KeyValue[];
    gpu_count: number;
    gpu_memory_mb: (number | null);
    cpu_millicores: (number | null);
    memory_mb: (number | null);
    ports: number[];
    volumes: VolumeMount[];
    restart_policy: RestartPolicy;
}
/**
 * A host path mounted into the workload's container.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "VolumeMount".
 */
export interface VolumeMount {
    host_path: string;
    container_path: string;
    read_only: boolean;
}
/**
 * The observed status of a workload.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "WorkloadStatus".
 */
export interface WorkloadStatus {
    state: WorkloadState;
    node_id: (NodeId | null);
    started_at: (Timestamp | null);
    finished_at: (Timestamp | null);
    exit_code: (number | null);
    message: (string | null);
}
/**
 * Stop a workload
 */
export interface GatewayMessageStopWorkload {
    workload_id: WorkloadId;
    force: boolean;
}
/**
 * Request workload status
 */
export interface GatewayMessageGetWorkloadStatus {
    workload_id: WorkloadId;
}
/**
 * Update node configuration
 */
export interface GatewayMessageUpdateConfig {
    config: NodeConfig;
}
/**
 * Ping for latency measurement
 */
export interface GatewayMessagePing {
    timestamp: Timestamp;
}
/**
 * Request node to shutdown
 */
export interface GatewayMessageShutdown {
    reason: string;
    graceful: boolean;
}
/**
 * Workload lifecycle events for audit logging.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "WorkloadEvent".
 */
export interface WorkloadEvent {
    kind: WorkloadEventKind;
    workload_id: WorkloadId;
    metadata: EventMetadata;
    timestamp: Timestamp;
}
export interface WorkloadEventKindScheduled {
    node_id: NodeId;
}
export interface WorkloadEventKindStopped {
    reason: string;
}
export interface WorkloadEventKindFailed {
    error: string;
}
export interface WorkloadEventKindCompleted {
    exit_code: number;
}
/**
 * Who or what produced a workload event, and how to correlate it.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "EventMetadata".
 */
export interface EventMetadata {
    source: string;
    correlation_id: (string | null);
    labels: KeyValue[];
}
/**
 * A validate_workload_spec failure: the field and what is wrong with it.
 *
 * This interface was referenced by `ClawProtoTypes`'s JSON-Schema
 * via the `definition` "ValidationError".
 */
export interface ValidationError {
    field: string;
    message: string;
}
