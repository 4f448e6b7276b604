import * as rules from "./rules.js";
/** One problem with a value: where (JSON pointer) and what. */
export interface ValidationIssue {
    pointer: string;
    message: string;
}
/** Check that a value is a valid {@link T.NodeMessage | NodeMessage} in canonical form; returns [] when it is. */
export declare function validateNodeMessage(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.GatewayMessage | GatewayMessage} in canonical form; returns [] when it is. */
export declare function validateGatewayMessage(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.NodeId | NodeId} in canonical form; returns [] when it is. */
export declare function validateNodeId(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.WorkloadId | WorkloadId} in canonical form; returns [] when it is. */
export declare function validateWorkloadId(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.Uuid | Uuid} in canonical form; returns [] when it is. */
export declare function validateUuid(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.Timestamp | Timestamp} in canonical form; returns [] when it is. */
export declare function validateTimestamp(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.NodeCapabilities | NodeCapabilities} in canonical form; returns [] when it is. */
export declare function validateNodeCapabilities(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.GpuCapability | GpuCapability} in canonical form; returns [] when it is. */
export declare function validateGpuCapability(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.GpuMetricsProto | GpuMetricsProto} in canonical form; returns [] when it is. */
export declare function validateGpuMetricsProto(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.WorkloadState | WorkloadState} in canonical form; returns [] when it is. */
export declare function validateWorkloadState(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.Workload | Workload} in canonical form; returns [] when it is. */
export declare function validateWorkload(value: unknown): ValidationIssue[];
/**
 * Check a {@link T.WorkloadSpec | WorkloadSpec}: first that it is a valid value, then the spec's rule table (like the crate's
 * `validate_workload_spec`). Each issue names the top-level field, as the crate's ValidationError does.
 */
export declare function validateWorkloadSpec(value: unknown): (ValidationIssue & rules.RuleViolation)[];
/** Check that a value is a valid {@link T.KeyValue | KeyValue} in canonical form; returns [] when it is. */
export declare function validateKeyValue(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.VolumeMount | VolumeMount} in canonical form; returns [] when it is. */
export declare function validateVolumeMount(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.RestartPolicy | RestartPolicy} in canonical form; returns [] when it is. */
export declare function validateRestartPolicy(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.WorkloadStatus | WorkloadStatus} in canonical form; returns [] when it is. */
export declare function validateWorkloadStatus(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.NodeConfig | NodeConfig} in canonical form; returns [] when it is. */
export declare function validateNodeConfig(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.WorkloadEvent | WorkloadEvent} in canonical form; returns [] when it is. */
export declare function validateWorkloadEvent(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.WorkloadEventKind | WorkloadEventKind} in canonical form; returns [] when it is. */
export declare function validateWorkloadEventKind(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.EventMetadata | EventMetadata} in canonical form; returns [] when it is. */
export declare function validateEventMetadata(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.ValidationError | ValidationError} in canonical form; returns [] when it is. */
export declare function validateValidationError(value: unknown): ValidationIssue[];
/** Check that a value is a valid {@link T.ProtoError | ProtoError} in canonical form; returns [] when it is. */
export declare function validateProtoError(value: unknown): ValidationIssue[];
