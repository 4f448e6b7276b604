import * as rules from "./rules.js";
/** One problem with a value: where (JSON pointer) and what. */
export interface ValidationIssue {
    pointer: string;
    message: string;
}
/** Check that a value is a valid NodeMessage in canonical form; returns [] when it is. */
export declare function validateNodeMessage(value: unknown): ValidationIssue[];
/** Check that a value is a valid GatewayMessage in canonical form; returns [] when it is. */
export declare function validateGatewayMessage(value: unknown): ValidationIssue[];
/** Check that a value is a valid NodeId in canonical form; returns [] when it is. */
export declare function validateNodeId(value: unknown): ValidationIssue[];
/** Check that a value is a valid WorkloadId in canonical form; returns [] when it is. */
export declare function validateWorkloadId(value: unknown): ValidationIssue[];
/** Check that a value is a valid Uuid in canonical form; returns [] when it is. */
export declare function validateUuid(value: unknown): ValidationIssue[];
/** Check that a value is a valid Timestamp in canonical form; returns [] when it is. */
export declare function validateTimestamp(value: unknown): ValidationIssue[];
/** Check that a value is a valid NodeCapabilities in canonical form; returns [] when it is. */
export declare function validateNodeCapabilities(value: unknown): ValidationIssue[];
/** Check that a value is a valid GpuCapability in canonical form; returns [] when it is. */
export declare function validateGpuCapability(value: unknown): ValidationIssue[];
/** Check that a value is a valid GpuMetricsProto in canonical form; returns [] when it is. */
export declare function validateGpuMetricsProto(value: unknown): ValidationIssue[];
/** Check that a value is a valid WorkloadState in canonical form; returns [] when it is. */
export declare function validateWorkloadState(value: unknown): ValidationIssue[];
/** Check that a value is a valid Workload in canonical form; returns [] when it is. */
export declare function validateWorkload(value: unknown): ValidationIssue[];
/**
 * Check a WorkloadSpec: first that it is a valid value, then the spec's rule table (like the crate's
 * `validate_workload_spec`). Each issue names the top-level field, as the crate's ValidationError does.
 */
export declare function validateWorkloadSpec(value: unknown): (ValidationIssue & rules.RuleViolation)[];
/** Check that a value is a valid KeyValue in canonical form; returns [] when it is. */
export declare function validateKeyValue(value: unknown): ValidationIssue[];
/** Check that a value is a valid VolumeMount in canonical form; returns [] when it is. */
export declare function validateVolumeMount(value: unknown): ValidationIssue[];
/** Check that a value is a valid RestartPolicy in canonical form; returns [] when it is. */
export declare function validateRestartPolicy(value: unknown): ValidationIssue[];
/** Check that a value is a valid WorkloadStatus in canonical form; returns [] when it is. */
export declare function validateWorkloadStatus(value: unknown): ValidationIssue[];
/** Check that a value is a valid NodeConfig in canonical form; returns [] when it is. */
export declare function validateNodeConfig(value: unknown): ValidationIssue[];
/** Check that a value is a valid WorkloadEvent in canonical form; returns [] when it is. */
export declare function validateWorkloadEvent(value: unknown): ValidationIssue[];
/** Check that a value is a valid WorkloadEventKind in canonical form; returns [] when it is. */
export declare function validateWorkloadEventKind(value: unknown): ValidationIssue[];
/** Check that a value is a valid EventMetadata in canonical form; returns [] when it is. */
export declare function validateEventMetadata(value: unknown): ValidationIssue[];
/** Check that a value is a valid ValidationError in canonical form; returns [] when it is. */
export declare function validateValidationError(value: unknown): ValidationIssue[];
/** Check that a value is a valid ProtoError in canonical form; returns [] when it is. */
export declare function validateProtoError(value: unknown): ValidationIssue[];
