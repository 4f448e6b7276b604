export * from "./values.js";
export * from "./codec.js";
export * from "./validate.js";
export * from "./rules.js";
export { ProtoError } from "./runtime.js";
export type { ParseOptions, ProtoErrorKind } from "./runtime.js";
export { isImageReference } from "./imageReference.js";
export type { NodeMessageRegister, NodeMessageHeartbeat, NodeMessageMetrics, NodeMessageWorkloadUpdate, NodeMessageWorkloadLogs, GatewayMessageRegistered, GatewayMessageHeartbeatAck, GatewayMessageDeployWorkload, GatewayMessageStopWorkload, GatewayMessageGetWorkloadStatus, GatewayMessageUpdateConfig, GatewayMessagePing, GatewayMessageShutdown, WorkloadEventKindScheduled, WorkloadEventKindStopped, WorkloadEventKindFailed, WorkloadEventKindCompleted, } from "./types.js";
export type { ProtoError as ProtoErrorData } from "./types.js";
