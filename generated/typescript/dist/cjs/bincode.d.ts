import type * as T from "./types.js";
import type { BincodeOptions } from "./bincodeRuntime.js";
/** Encode a {@link T.NodeMessage | NodeMessage} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeNodeMessage(value: T.NodeMessage): Uint8Array;
/**
 * Decode a {@link T.NodeMessage | NodeMessage} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/NodeMessage`
 */
export declare function decodeBincodeNodeMessage(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.NodeMessage;
/** Encode a {@link T.GatewayMessage | GatewayMessage} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeGatewayMessage(value: T.GatewayMessage): Uint8Array;
/**
 * Decode a {@link T.GatewayMessage | GatewayMessage} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/GatewayMessage`
 */
export declare function decodeBincodeGatewayMessage(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.GatewayMessage;
/** Encode a {@link T.NodeId | NodeId} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeNodeId(value: T.NodeId): Uint8Array;
/**
 * Decode a {@link T.NodeId | NodeId} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/NodeId`
 */
export declare function decodeBincodeNodeId(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.NodeId;
/** Encode a {@link T.WorkloadId | WorkloadId} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadId(value: T.WorkloadId): Uint8Array;
/**
 * Decode a {@link T.WorkloadId | WorkloadId} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadId`
 */
export declare function decodeBincodeWorkloadId(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadId;
/** Encode a {@link T.Uuid | Uuid} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeUuid(value: T.Uuid): Uint8Array;
/**
 * Decode a {@link T.Uuid | Uuid} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/Uuid`
 */
export declare function decodeBincodeUuid(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.Uuid;
/** Encode a {@link T.Timestamp | Timestamp} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeTimestamp(value: T.Timestamp): Uint8Array;
/**
 * Decode a {@link T.Timestamp | Timestamp} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/Timestamp`
 */
export declare function decodeBincodeTimestamp(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.Timestamp;
/** Encode a {@link T.NodeCapabilities | NodeCapabilities} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeNodeCapabilities(value: T.NodeCapabilities): Uint8Array;
/**
 * Decode a {@link T.NodeCapabilities | NodeCapabilities} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/NodeCapabilities`
 */
export declare function decodeBincodeNodeCapabilities(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.NodeCapabilities;
/** Encode a {@link T.GpuCapability | GpuCapability} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeGpuCapability(value: T.GpuCapability): Uint8Array;
/**
 * Decode a {@link T.GpuCapability | GpuCapability} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/GpuCapability`
 */
export declare function decodeBincodeGpuCapability(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.GpuCapability;
/** Encode a {@link T.GpuMetricsProto | GpuMetricsProto} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeGpuMetricsProto(value: T.GpuMetricsProto): Uint8Array;
/**
 * Decode a {@link T.GpuMetricsProto | GpuMetricsProto} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/GpuMetricsProto`
 */
export declare function decodeBincodeGpuMetricsProto(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.GpuMetricsProto;
/** Encode a {@link T.WorkloadState | WorkloadState} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadState(value: T.WorkloadState): Uint8Array;
/**
 * Decode a {@link T.WorkloadState | WorkloadState} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadState`
 */
export declare function decodeBincodeWorkloadState(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadState;
/** Encode a {@link T.Workload | Workload} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkload(value: T.Workload): Uint8Array;
/**
 * Decode a {@link T.Workload | Workload} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/Workload`
 */
export declare function decodeBincodeWorkload(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.Workload;
/** Encode a {@link T.WorkloadSpec | WorkloadSpec} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadSpec(value: T.WorkloadSpec): Uint8Array;
/**
 * Decode a {@link T.WorkloadSpec | WorkloadSpec} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadSpec`
 */
export declare function decodeBincodeWorkloadSpec(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadSpec;
/** Encode a {@link T.KeyValue | KeyValue} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeKeyValue(value: T.KeyValue): Uint8Array;
/**
 * Decode a {@link T.KeyValue | KeyValue} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/KeyValue`
 */
export declare function decodeBincodeKeyValue(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.KeyValue;
/** Encode a {@link T.VolumeMount | VolumeMount} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeVolumeMount(value: T.VolumeMount): Uint8Array;
/**
 * Decode a {@link T.VolumeMount | VolumeMount} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/VolumeMount`
 */
export declare function decodeBincodeVolumeMount(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.VolumeMount;
/** Encode a {@link T.RestartPolicy | RestartPolicy} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeRestartPolicy(value: T.RestartPolicy): Uint8Array;
/**
 * Decode a {@link T.RestartPolicy | RestartPolicy} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/RestartPolicy`
 */
export declare function decodeBincodeRestartPolicy(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.RestartPolicy;
/** Encode a {@link T.WorkloadStatus | WorkloadStatus} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadStatus(value: T.WorkloadStatus): Uint8Array;
/**
 * Decode a {@link T.WorkloadStatus | WorkloadStatus} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadStatus`
 */
export declare function decodeBincodeWorkloadStatus(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadStatus;
/** Encode a {@link T.NodeConfig | NodeConfig} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeNodeConfig(value: T.NodeConfig): Uint8Array;
/**
 * Decode a {@link T.NodeConfig | NodeConfig} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/NodeConfig`
 */
export declare function decodeBincodeNodeConfig(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.NodeConfig;
/** Encode a {@link T.WorkloadEvent | WorkloadEvent} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadEvent(value: T.WorkloadEvent): Uint8Array;
/**
 * Decode a {@link T.WorkloadEvent | WorkloadEvent} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadEvent`
 */
export declare function decodeBincodeWorkloadEvent(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadEvent;
/** Encode a {@link T.WorkloadEventKind | WorkloadEventKind} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeWorkloadEventKind(value: T.WorkloadEventKind): Uint8Array;
/**
 * Decode a {@link T.WorkloadEventKind | WorkloadEventKind} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/WorkloadEventKind`
 */
export declare function decodeBincodeWorkloadEventKind(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.WorkloadEventKind;
/** Encode a {@link T.EventMetadata | EventMetadata} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeEventMetadata(value: T.EventMetadata): Uint8Array;
/**
 * Decode a {@link T.EventMetadata | EventMetadata} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/EventMetadata`
 */
export declare function decodeBincodeEventMetadata(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.EventMetadata;
/** Encode a {@link T.ValidationError | ValidationError} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeValidationError(value: T.ValidationError): Uint8Array;
/**
 * Decode a {@link T.ValidationError | ValidationError} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/ValidationError`
 */
export declare function decodeBincodeValidationError(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.ValidationError;
/** Encode a {@link T.ProtoError | ProtoError} byte for byte as `bincode::serialize` does; refuses an invalid value (ProtoError SerializationError). */
export declare function encodeBincodeProtoError(value: T.ProtoError): Uint8Array;
/**
 * Decode a {@link T.ProtoError | ProtoError} as `bincode::deserialize` does (bytes after the value are ignored, as bincode does),
 * returning it in canonical form. Throws a ProtoError (InvalidMessage) with a JSON pointer on anything bincode rejects.
 *
 * @see `claw-proto.schema.json#/$defs/ProtoError`
 */
export declare function decodeBincodeProtoError(bytes: Uint8Array | ArrayBuffer | DataView, options?: BincodeOptions): T.ProtoError;
