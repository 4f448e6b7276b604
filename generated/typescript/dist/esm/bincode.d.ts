import type * as T from "./types.js";
import type { BincodeOptions } from "./bincodeRuntime.js";
/** Encode a NodeMessage byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeNodeMessage(value: T.NodeMessage): Uint8Array;
/**
 * Decode a NodeMessage as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeNodeMessage(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.NodeMessage;
/** Encode a GatewayMessage byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeGatewayMessage(value: T.GatewayMessage): Uint8Array;
/**
 * Decode a GatewayMessage as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeGatewayMessage(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.GatewayMessage;
/** Encode a NodeId byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeNodeId(value: T.NodeId): Uint8Array;
/**
 * Decode a NodeId as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeNodeId(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.NodeId;
/** Encode a WorkloadId byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadId(value: T.WorkloadId): Uint8Array;
/**
 * Decode a WorkloadId as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeWorkloadId(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadId;
/** Encode a Uuid byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeUuid(value: T.Uuid): Uint8Array;
/**
 * Decode a Uuid as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeUuid(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.Uuid;
/** Encode a Timestamp byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeTimestamp(value: T.Timestamp): Uint8Array;
/**
 * Decode a Timestamp as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeTimestamp(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.Timestamp;
/** Encode a NodeCapabilities byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeNodeCapabilities(value: T.NodeCapabilities): Uint8Array;
/**
 * Decode a NodeCapabilities as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeNodeCapabilities(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.NodeCapabilities;
/** Encode a GpuCapability byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeGpuCapability(value: T.GpuCapability): Uint8Array;
/**
 * Decode a GpuCapability as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeGpuCapability(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.GpuCapability;
/** Encode a GpuMetricsProto byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeGpuMetricsProto(value: T.GpuMetricsProto): Uint8Array;
/**
 * Decode a GpuMetricsProto as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeGpuMetricsProto(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.GpuMetricsProto;
/** Encode a WorkloadState byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadState(value: T.WorkloadState): Uint8Array;
/**
 * Decode a WorkloadState as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeWorkloadState(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadState;
/** Encode a Workload byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkload(value: T.Workload): Uint8Array;
/**
 * Decode a Workload as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeWorkload(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.Workload;
/** Encode a WorkloadSpec byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadSpec(value: T.WorkloadSpec): Uint8Array;
/**
 * Decode a WorkloadSpec as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeWorkloadSpec(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadSpec;
/** Encode a KeyValue byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeKeyValue(value: T.KeyValue): Uint8Array;
/**
 * Decode a KeyValue as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeKeyValue(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.KeyValue;
/** Encode a VolumeMount byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeVolumeMount(value: T.VolumeMount): Uint8Array;
/**
 * Decode a VolumeMount as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeVolumeMount(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.VolumeMount;
/** Encode a RestartPolicy byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeRestartPolicy(value: T.RestartPolicy): Uint8Array;
/**
 * Decode a RestartPolicy as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeRestartPolicy(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.RestartPolicy;
/** Encode a WorkloadStatus byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadStatus(value: T.WorkloadStatus): Uint8Array;
/**
 * Decode a WorkloadStatus as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeWorkloadStatus(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadStatus;
/** Encode a NodeConfig byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeNodeConfig(value: T.NodeConfig): Uint8Array;
/**
 * Decode a NodeConfig as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeNodeConfig(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.NodeConfig;
/** Encode a WorkloadEvent byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadEvent(value: T.WorkloadEvent): Uint8Array;
/**
 * Decode a WorkloadEvent as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeWorkloadEvent(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadEvent;
/** Encode a WorkloadEventKind byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadEventKind(value: T.WorkloadEventKind): Uint8Array;
/**
 * Decode a WorkloadEventKind as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeWorkloadEventKind(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadEventKind;
/** Encode a EventMetadata byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeEventMetadata(value: T.EventMetadata): Uint8Array;
/**
 * Decode a EventMetadata as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeEventMetadata(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.EventMetadata;
/** Encode a ValidationError byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeValidationError(value: T.ValidationError): Uint8Array;
/**
 * Decode a ValidationError as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeValidationError(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.ValidationError;
/** Encode a ProtoError byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeProtoError(value: T.ProtoError): Uint8Array;
/**
 * Decode a ProtoError as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 */
export declare function decodeBincodeProtoError(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.ProtoError;
