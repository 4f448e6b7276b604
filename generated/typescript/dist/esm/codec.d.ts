import type * as T from "./types.js";
import type { ParseInput, ParseOptions } from "./runtime.js";
/**
 * Parse a NodeMessage from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseNodeMessage(input: ParseInput, options?: ParseOptions): T.NodeMessage;
/** Serialize a NodeMessage byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeNodeMessage(value: T.NodeMessage): string;
/**
 * Parse a GatewayMessage from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseGatewayMessage(input: ParseInput, options?: ParseOptions): T.GatewayMessage;
/** Serialize a GatewayMessage byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeGatewayMessage(value: T.GatewayMessage): string;
/**
 * Parse a NodeId from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseNodeId(input: ParseInput, options?: ParseOptions): T.NodeId;
/** Serialize a NodeId byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeNodeId(value: T.NodeId): string;
/**
 * Parse a WorkloadId from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseWorkloadId(input: ParseInput, options?: ParseOptions): T.WorkloadId;
/** Serialize a WorkloadId byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadId(value: T.WorkloadId): string;
/**
 * Parse a Uuid from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseUuid(input: ParseInput, options?: ParseOptions): T.Uuid;
/** Serialize a Uuid byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeUuid(value: T.Uuid): string;
/**
 * Parse a Timestamp from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseTimestamp(input: ParseInput, options?: ParseOptions): T.Timestamp;
/** Serialize a Timestamp byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeTimestamp(value: T.Timestamp): string;
/**
 * Parse a NodeCapabilities from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseNodeCapabilities(input: ParseInput, options?: ParseOptions): T.NodeCapabilities;
/** Serialize a NodeCapabilities byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeNodeCapabilities(value: T.NodeCapabilities): string;
/**
 * Parse a GpuCapability from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseGpuCapability(input: ParseInput, options?: ParseOptions): T.GpuCapability;
/** Serialize a GpuCapability byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeGpuCapability(value: T.GpuCapability): string;
/**
 * Parse a GpuMetricsProto from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseGpuMetricsProto(input: ParseInput, options?: ParseOptions): T.GpuMetricsProto;
/** Serialize a GpuMetricsProto byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeGpuMetricsProto(value: T.GpuMetricsProto): string;
/**
 * Parse a WorkloadState from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseWorkloadState(input: ParseInput, options?: ParseOptions): T.WorkloadState;
/** Serialize a WorkloadState byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadState(value: T.WorkloadState): string;
/**
 * Parse a Workload from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseWorkload(input: ParseInput, options?: ParseOptions): T.Workload;
/** Serialize a Workload byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkload(value: T.Workload): string;
/**
 * Parse a WorkloadSpec from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseWorkloadSpec(input: ParseInput, options?: ParseOptions): T.WorkloadSpec;
/** Serialize a WorkloadSpec byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadSpec(value: T.WorkloadSpec): string;
/**
 * Parse a KeyValue from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseKeyValue(input: ParseInput, options?: ParseOptions): T.KeyValue;
/** Serialize a KeyValue byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeKeyValue(value: T.KeyValue): string;
/**
 * Parse a VolumeMount from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseVolumeMount(input: ParseInput, options?: ParseOptions): T.VolumeMount;
/** Serialize a VolumeMount byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeVolumeMount(value: T.VolumeMount): string;
/**
 * Parse a RestartPolicy from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseRestartPolicy(input: ParseInput, options?: ParseOptions): T.RestartPolicy;
/** Serialize a RestartPolicy byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeRestartPolicy(value: T.RestartPolicy): string;
/**
 * Parse a WorkloadStatus from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseWorkloadStatus(input: ParseInput, options?: ParseOptions): T.WorkloadStatus;
/** Serialize a WorkloadStatus byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadStatus(value: T.WorkloadStatus): string;
/**
 * Parse a NodeConfig from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseNodeConfig(input: ParseInput, options?: ParseOptions): T.NodeConfig;
/** Serialize a NodeConfig byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeNodeConfig(value: T.NodeConfig): string;
/**
 * Parse a WorkloadEvent from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseWorkloadEvent(input: ParseInput, options?: ParseOptions): T.WorkloadEvent;
/** Serialize a WorkloadEvent byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadEvent(value: T.WorkloadEvent): string;
/**
 * Parse a WorkloadEventKind from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseWorkloadEventKind(input: ParseInput, options?: ParseOptions): T.WorkloadEventKind;
/** Serialize a WorkloadEventKind byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeWorkloadEventKind(value: T.WorkloadEventKind): string;
/**
 * Parse a EventMetadata from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseEventMetadata(input: ParseInput, options?: ParseOptions): T.EventMetadata;
/** Serialize a EventMetadata byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeEventMetadata(value: T.EventMetadata): string;
/**
 * Parse a ValidationError from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseValidationError(input: ParseInput, options?: ParseOptions): T.ValidationError;
/** Serialize a ValidationError byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeValidationError(value: T.ValidationError): string;
/**
 * Parse a ProtoError from JSON text (or UTF-8 bytes: a Uint8Array, an ArrayBuffer or a DataView) exactly as
 * `serde_json::from_str` would, returning it in canonical form. Throws a ProtoError with a JSON pointer on anything
 * serde rejects, and on any other input.
 */
export declare function parseProtoError(input: ParseInput, options?: ParseOptions): T.ProtoError;
/** Serialize a ProtoError byte-for-byte as `serde_json::to_string` would; refuses an invalid value (ProtoError SerializationError). */
export declare function serializeProtoError(value: T.ProtoError): string;
