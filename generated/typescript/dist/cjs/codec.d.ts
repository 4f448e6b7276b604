import type * as T from "./types.js";
import type { ParseInput, ParseOptions } from "./runtime.js";
/**
 * Parse a {@link T.NodeMessage | NodeMessage} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/NodeMessage`
 */
export declare function parseNodeMessage(input: ParseInput, options?: ParseOptions): T.NodeMessage;
/** Serialize a {@link T.NodeMessage | NodeMessage} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeNodeMessage(value: T.NodeMessage): string;
/**
 * Parse a {@link T.GatewayMessage | GatewayMessage} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage`
 */
export declare function parseGatewayMessage(input: ParseInput, options?: ParseOptions): T.GatewayMessage;
/** Serialize a {@link T.GatewayMessage | GatewayMessage} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeGatewayMessage(value: T.GatewayMessage): string;
/**
 * Parse a {@link T.NodeId | NodeId} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/NodeId`
 */
export declare function parseNodeId(input: ParseInput, options?: ParseOptions): T.NodeId;
/** Serialize a {@link T.NodeId | NodeId} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeNodeId(value: T.NodeId): string;
/**
 * Parse a {@link T.WorkloadId | WorkloadId} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadId`
 */
export declare function parseWorkloadId(input: ParseInput, options?: ParseOptions): T.WorkloadId;
/** Serialize a {@link T.WorkloadId | WorkloadId} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadId(value: T.WorkloadId): string;
/**
 * Parse a {@link T.Uuid | Uuid} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/Uuid`
 */
export declare function parseUuid(input: ParseInput, options?: ParseOptions): T.Uuid;
/** Serialize a {@link T.Uuid | Uuid} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeUuid(value: T.Uuid): string;
/**
 * Parse a {@link T.Timestamp | Timestamp} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/Timestamp`
 */
export declare function parseTimestamp(input: ParseInput, options?: ParseOptions): T.Timestamp;
/** Serialize a {@link T.Timestamp | Timestamp} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeTimestamp(value: T.Timestamp): string;
/**
 * Parse a {@link T.NodeCapabilities | NodeCapabilities} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/NodeCapabilities`
 */
export declare function parseNodeCapabilities(input: ParseInput, options?: ParseOptions): T.NodeCapabilities;
/** Serialize a {@link T.NodeCapabilities | NodeCapabilities} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeNodeCapabilities(value: T.NodeCapabilities): string;
/**
 * Parse a {@link T.GpuCapability | GpuCapability} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/GpuCapability`
 */
export declare function parseGpuCapability(input: ParseInput, options?: ParseOptions): T.GpuCapability;
/** Serialize a {@link T.GpuCapability | GpuCapability} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeGpuCapability(value: T.GpuCapability): string;
/**
 * Parse a {@link T.GpuMetricsProto | GpuMetricsProto} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/GpuMetricsProto`
 */
export declare function parseGpuMetricsProto(input: ParseInput, options?: ParseOptions): T.GpuMetricsProto;
/** Serialize a {@link T.GpuMetricsProto | GpuMetricsProto} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeGpuMetricsProto(value: T.GpuMetricsProto): string;
/**
 * Parse a {@link T.WorkloadState | WorkloadState} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadState`
 */
export declare function parseWorkloadState(input: ParseInput, options?: ParseOptions): T.WorkloadState;
/** Serialize a {@link T.WorkloadState | WorkloadState} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadState(value: T.WorkloadState): string;
/**
 * Parse a {@link T.Workload | Workload} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/Workload`
 */
export declare function parseWorkload(input: ParseInput, options?: ParseOptions): T.Workload;
/** Serialize a {@link T.Workload | Workload} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkload(value: T.Workload): string;
/**
 * Parse a {@link T.WorkloadSpec | WorkloadSpec} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadSpec`
 */
export declare function parseWorkloadSpec(input: ParseInput, options?: ParseOptions): T.WorkloadSpec;
/** Serialize a {@link T.WorkloadSpec | WorkloadSpec} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadSpec(value: T.WorkloadSpec): string;
/**
 * Parse a {@link T.KeyValue | KeyValue} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/KeyValue`
 */
export declare function parseKeyValue(input: ParseInput, options?: ParseOptions): T.KeyValue;
/** Serialize a {@link T.KeyValue | KeyValue} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeKeyValue(value: T.KeyValue): string;
/**
 * Parse a {@link T.VolumeMount | VolumeMount} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/VolumeMount`
 */
export declare function parseVolumeMount(input: ParseInput, options?: ParseOptions): T.VolumeMount;
/** Serialize a {@link T.VolumeMount | VolumeMount} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeVolumeMount(value: T.VolumeMount): string;
/**
 * Parse a {@link T.RestartPolicy | RestartPolicy} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/RestartPolicy`
 */
export declare function parseRestartPolicy(input: ParseInput, options?: ParseOptions): T.RestartPolicy;
/** Serialize a {@link T.RestartPolicy | RestartPolicy} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeRestartPolicy(value: T.RestartPolicy): string;
/**
 * Parse a {@link T.WorkloadStatus | WorkloadStatus} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadStatus`
 */
export declare function parseWorkloadStatus(input: ParseInput, options?: ParseOptions): T.WorkloadStatus;
/** Serialize a {@link T.WorkloadStatus | WorkloadStatus} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadStatus(value: T.WorkloadStatus): string;
/**
 * Parse a {@link T.NodeConfig | NodeConfig} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/NodeConfig`
 */
export declare function parseNodeConfig(input: ParseInput, options?: ParseOptions): T.NodeConfig;
/** Serialize a {@link T.NodeConfig | NodeConfig} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeNodeConfig(value: T.NodeConfig): string;
/**
 * Parse a {@link T.WorkloadEvent | WorkloadEvent} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadEvent`
 */
export declare function parseWorkloadEvent(input: ParseInput, options?: ParseOptions): T.WorkloadEvent;
/** Serialize a {@link T.WorkloadEvent | WorkloadEvent} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadEvent(value: T.WorkloadEvent): string;
/**
 * Parse a {@link T.WorkloadEventKind | WorkloadEventKind} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadEventKind`
 */
export declare function parseWorkloadEventKind(input: ParseInput, options?: ParseOptions): T.WorkloadEventKind;
/** Serialize a {@link T.WorkloadEventKind | WorkloadEventKind} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadEventKind(value: T.WorkloadEventKind): string;
/**
 * Parse a {@link T.EventMetadata | EventMetadata} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/EventMetadata`
 */
export declare function parseEventMetadata(input: ParseInput, options?: ParseOptions): T.EventMetadata;
/** Serialize a {@link T.EventMetadata | EventMetadata} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeEventMetadata(value: T.EventMetadata): string;
/**
 * Parse a {@link T.ValidationError | ValidationError} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/ValidationError`
 */
export declare function parseValidationError(input: ParseInput, options?: ParseOptions): T.ValidationError;
/** Serialize a {@link T.ValidationError | ValidationError} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeValidationError(value: T.ValidationError): string;
/**
 * Parse a {@link T.ProtoError | ProtoError} from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 *
 * @see `claw-proto.schema.json#/$defs/ProtoError`
 */
export declare function parseProtoError(input: ParseInput, options?: ParseOptions): T.ProtoError;
/** Serialize a {@link T.ProtoError | ProtoError} byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeProtoError(value: T.ProtoError): string;
