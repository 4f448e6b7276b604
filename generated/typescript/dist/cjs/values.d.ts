import type * as T from "./types.js";
/** The protocol's major version (the schema's x-protocol-version). */
export declare const PROTOCOL_VERSION = 1;
/** Both peers must agree on the major version. */
export declare function protocolVersionsCompatible(a: number, b?: number): boolean;
/**
 * Messages sent from nodes to the gateway.
 *
 * @see `claw-proto.schema.json#/$defs/NodeMessage`
 */
export type NodeMessage = T.NodeMessage;
export declare const NodeMessage: {
    /** Variant tags in declaration order. */
    variants: readonly ["Register", "Heartbeat", "Metrics", "WorkloadUpdate", "WorkloadLogs"];
    /** An exhaustive match: one handler per variant, checked by the compiler. */
    match<R>(value: T.NodeMessage, cases: {
        /** Node registration on connect */
        Register: (payload: T.NodeMessageRegister) => R;
        /** Periodic heartbeat */
        Heartbeat: (payload: T.NodeMessageHeartbeat) => R;
        /** GPU and system metrics */
        Metrics: (payload: T.NodeMessageMetrics) => R;
        /** Workload state change */
        WorkloadUpdate: (payload: T.NodeMessageWorkloadUpdate) => R;
        /** Workload log output */
        WorkloadLogs: (payload: T.NodeMessageWorkloadLogs) => R;
    }): R;
};
/**
 * Messages sent from the gateway to nodes.
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage`
 */
export type GatewayMessage = T.GatewayMessage;
export declare const GatewayMessage: {
    /** Variant tags in declaration order. */
    variants: readonly ["Registered", "HeartbeatAck", "DeployWorkload", "StopWorkload", "GetWorkloadStatus", "UpdateConfig", "Ping", "Shutdown"];
    /** An exhaustive match: one handler per variant, checked by the compiler. */
    match<R>(value: T.GatewayMessage, cases: {
        /** Registration acknowledgment */
        Registered: (payload: T.GatewayMessageRegistered) => R;
        /** Heartbeat acknowledgment */
        HeartbeatAck: (payload: T.GatewayMessageHeartbeatAck) => R;
        /** Deploy a workload */
        DeployWorkload: (payload: T.GatewayMessageDeployWorkload) => R;
        /** Stop a workload */
        StopWorkload: (payload: T.GatewayMessageStopWorkload) => R;
        /** Request workload status */
        GetWorkloadStatus: (payload: T.GatewayMessageGetWorkloadStatus) => R;
        /** Update node configuration */
        UpdateConfig: (payload: T.GatewayMessageUpdateConfig) => R;
        /** Ping for latency measurement */
        Ping: (payload: T.GatewayMessagePing) => R;
        /** Request node to shutdown */
        Shutdown: (payload: T.GatewayMessageShutdown) => R;
    }): R;
};
/**
 * Unique identifier for nodes (UUID v4).
 *
 * @see `claw-proto.schema.json#/$defs/NodeId`
 */
export type NodeId = T.NodeId;
export declare const NodeId: {
    /** A new random (v4) id, like `NodeId::new()`. */
    "new"(): T.NodeId;
    /** Parse any spelling the uuid crate accepts, like `NodeId::from_str`; throws ProtoError. */
    fromStr(s: string): T.NodeId;
    default(): T.NodeId;
};
/**
 * Unique identifier for workloads (UUID v4).
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadId`
 */
export type WorkloadId = T.WorkloadId;
export declare const WorkloadId: {
    /** A new random (v4) id, like `WorkloadId::new()`. */
    "new"(): T.WorkloadId;
    /** Parse any spelling the uuid crate accepts, like `WorkloadId::from_str`; throws ProtoError. */
    fromStr(s: string): T.WorkloadId;
    default(): T.WorkloadId;
};
/**
 * A UUID, written lowercase and hyphenated; read in every form the uuid crate's parser accepts.
 *
 * @see `claw-proto.schema.json#/$defs/Uuid`
 */
export type Uuid = T.Uuid;
export declare const Uuid: {
    "new"(): T.Uuid;
    fromStr(s: string): T.Uuid;
    default(): T.Uuid;
};
/**
 * A point in time in UTC (chrono DateTime<Utc>), RFC 3339 with nanosecond precision.
 *
 * @see `claw-proto.schema.json#/$defs/Timestamp`
 */
export type Timestamp = T.Timestamp;
export declare const Timestamp: {
    /** Now, to the millisecond (what Date offers). */
    now(): T.Timestamp;
    fromDate(d: Date): T.Timestamp;
    /** A Date (milliseconds; nanoseconds beyond are dropped, a leap second becomes :59.999). */
    toDate(t: T.Timestamp): Date;
    /** Nanoseconds within the second (up to 1,999,999,999 inside a leap second, as chrono keeps it). */
    nanosecond(t: T.Timestamp): number;
    /** Parse any spelling chrono accepts (any RFC 3339 offset) into the canonical UTC form; throws ProtoError. */
    fromStr(s: string): T.Timestamp;
    /** Build from parts in UTC, nanosecond precision. */
    fromParts(p: {
        year: number;
        month: number;
        day: number;
        hour: number;
        minute: number;
        second: number;
        nanosecond?: number;
    }): T.Timestamp;
    default(): T.Timestamp;
};
/**
 * Hardware capabilities reported by nodes.
 *
 * @see `claw-proto.schema.json#/$defs/NodeCapabilities`
 */
export type NodeCapabilities = T.NodeCapabilities;
export declare const NodeCapabilities: {
    /** Every field at its default, like `NodeCapabilities::default()`. */
    default(): T.NodeCapabilities;
    /** The given fields, the rest at their defaults (`NodeCapabilities { ..., ..Default::default() }`), in declaration order. */
    create(init: Partial<T.NodeCapabilities>): T.NodeCapabilities;
};
/**
 * Individual GPU information.
 *
 * @see `claw-proto.schema.json#/$defs/GpuCapability`
 */
export type GpuCapability = T.GpuCapability;
export declare const GpuCapability: {
    /** Every field at its default, like `GpuCapability::default()`. */
    default(): T.GpuCapability;
    /** The given fields, the rest at their defaults (`GpuCapability { ..., ..Default::default() }`), in declaration order. */
    create(init: Partial<T.GpuCapability>): T.GpuCapability;
};
/**
 * GPU runtime metrics.
 *
 * @see `claw-proto.schema.json#/$defs/GpuMetricsProto`
 */
export type GpuMetricsProto = T.GpuMetricsProto;
export declare const GpuMetricsProto: {
    /** Every field at its default, like `GpuMetricsProto::default()`. */
    default(): T.GpuMetricsProto;
    /** The given fields, the rest at their defaults (`GpuMetricsProto { ..., ..Default::default() }`), in declaration order. */
    create(init: Partial<T.GpuMetricsProto>): T.GpuMetricsProto;
};
/**
 * Workload lifecycle states.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadState`
 */
export type WorkloadState = T.WorkloadState;
export declare const WorkloadState: {
    /** Variant tags in declaration order. */
    variants: readonly ["Pending", "Pulling", "Starting", "Running", "Stopping", "Stopped", "Failed", "Completed"];
    /** An exhaustive match: one handler per variant, checked by the compiler. */
    match<R>(value: T.WorkloadState, cases: {
        Pending: () => R;
        Pulling: () => R;
        Starting: () => R;
        Running: () => R;
        Stopping: () => R;
        Stopped: () => R;
        Failed: () => R;
        Completed: () => R;
    }): R;
};
/**
 * Full workload definition.
 *
 * @see `claw-proto.schema.json#/$defs/Workload`
 */
export type Workload = T.Workload;
export declare const Workload: {
    /** Every field at its default, like `Workload::default()`. */
    default(): T.Workload;
    /** The given fields, the rest at their defaults (`Workload { ..., ..Default::default() }`), in declaration order. */
    create(init: Partial<T.Workload>): T.Workload;
};
/**
 * Workload specification (container config).
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadSpec`
 */
export type WorkloadSpec = T.WorkloadSpec;
export declare const WorkloadSpec: {
    /** Every field at its default, like `WorkloadSpec::default()`. */
    default(): T.WorkloadSpec;
    /** The given fields, the rest at their defaults (`WorkloadSpec { ..., ..Default::default() }`), in declaration order. */
    create(init: Partial<T.WorkloadSpec>): T.WorkloadSpec;
};
/**
 * A (String, String) pair, written as a 2-element array.
 *
 * @see `claw-proto.schema.json#/$defs/KeyValue`
 */
export type KeyValue = T.KeyValue;
/**
 * A host path mounted into the workload's container.
 *
 * @see `claw-proto.schema.json#/$defs/VolumeMount`
 */
export type VolumeMount = T.VolumeMount;
export declare const VolumeMount: {
    /** Every field at its default, like `VolumeMount::default()`. */
    default(): T.VolumeMount;
    /** The given fields, the rest at their defaults (`VolumeMount { ..., ..Default::default() }`), in declaration order. */
    create(init: Partial<T.VolumeMount>): T.VolumeMount;
};
/**
 * When a workload's container is restarted.
 *
 * @see `claw-proto.schema.json#/$defs/RestartPolicy`
 */
export type RestartPolicy = T.RestartPolicy;
export declare const RestartPolicy: {
    /** Variant tags in declaration order. */
    variants: readonly ["Never", "OnFailure", "Always"];
    default(): T.RestartPolicy;
    /** An exhaustive match: one handler per variant, checked by the compiler. */
    match<R>(value: T.RestartPolicy, cases: {
        Never: () => R;
        OnFailure: () => R;
        Always: () => R;
    }): R;
};
/**
 * The observed status of a workload.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadStatus`
 */
export type WorkloadStatus = T.WorkloadStatus;
export declare const WorkloadStatus: {
    /** Every field at its default, like `WorkloadStatus::default()`. */
    default(): T.WorkloadStatus;
    /** The given fields, the rest at their defaults (`WorkloadStatus { ..., ..Default::default() }`), in declaration order. */
    create(init: Partial<T.WorkloadStatus>): T.WorkloadStatus;
};
/**
 * Runtime configuration updates.
 *
 * @see `claw-proto.schema.json#/$defs/NodeConfig`
 */
export type NodeConfig = T.NodeConfig;
export declare const NodeConfig: {
    /** Every field at its default, like `NodeConfig::default()`. */
    default(): T.NodeConfig;
    /** The given fields, the rest at their defaults (`NodeConfig { ..., ..Default::default() }`), in declaration order. */
    create(init: Partial<T.NodeConfig>): T.NodeConfig;
};
/**
 * Workload lifecycle events for audit logging.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadEvent`
 */
export type WorkloadEvent = T.WorkloadEvent;
export declare const WorkloadEvent: {
    /** The given fields, the rest at their defaults (`WorkloadEvent { ..., ..Default::default() }`), in declaration order. */
    create(init: Pick<T.WorkloadEvent, "kind"> & Partial<T.WorkloadEvent>): T.WorkloadEvent;
};
/**
 * What happened to a workload.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadEventKind`
 */
export type WorkloadEventKind = T.WorkloadEventKind;
export declare const WorkloadEventKind: {
    /** Variant tags in declaration order. */
    variants: readonly ["Created", "Scheduled", "Started", "Stopped", "Failed", "Completed"];
    /** An exhaustive match: one handler per variant, checked by the compiler. */
    match<R>(value: T.WorkloadEventKind, cases: {
        Created: () => R;
        Scheduled: (payload: T.WorkloadEventKindScheduled) => R;
        Started: () => R;
        Stopped: (payload: T.WorkloadEventKindStopped) => R;
        Failed: (payload: T.WorkloadEventKindFailed) => R;
        Completed: (payload: T.WorkloadEventKindCompleted) => R;
    }): R;
};
/**
 * Who or what produced a workload event, and how to correlate it.
 *
 * @see `claw-proto.schema.json#/$defs/EventMetadata`
 */
export type EventMetadata = T.EventMetadata;
export declare const EventMetadata: {
    /** Every field at its default, like `EventMetadata::default()`. */
    default(): T.EventMetadata;
    /** The given fields, the rest at their defaults (`EventMetadata { ..., ..Default::default() }`), in declaration order. */
    create(init: Partial<T.EventMetadata>): T.EventMetadata;
};
/**
 * A validate_workload_spec failure: the field and what is wrong with it.
 *
 * @see `claw-proto.schema.json#/$defs/ValidationError`
 */
export type ValidationError = T.ValidationError;
export declare const ValidationError: {
    /** Every field at its default, like `ValidationError::default()`. */
    default(): T.ValidationError;
    /** The given fields, the rest at their defaults (`ValidationError { ..., ..Default::default() }`), in declaration order. */
    create(init: Partial<T.ValidationError>): T.ValidationError;
};
