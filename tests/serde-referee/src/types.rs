//! claw-proto types exactly as /work/shared/spec/claw-proto-api.md declares them.
//! Serde defaults only: no `#[serde(...)]` attributes anywhere.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

// ---------------------------------------------------------------- identifiers

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct NodeId(pub Uuid);

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct WorkloadId(pub Uuid);

// ---------------------------------------------------------------- messages

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum NodeMessage {
    Register {
        node_id: NodeId,
        name: String,
        capabilities: NodeCapabilities,
        protocol_version: u32,
    },
    Heartbeat {
        node_id: NodeId,
        timestamp: DateTime<Utc>,
    },
    Metrics {
        node_id: NodeId,
        gpu_metrics: Vec<GpuMetricsProto>,
        timestamp: DateTime<Utc>,
    },
    WorkloadUpdate {
        workload_id: WorkloadId,
        state: WorkloadState,
        message: Option<String>,
        timestamp: DateTime<Utc>,
    },
    WorkloadLogs {
        workload_id: WorkloadId,
        lines: Vec<String>,
        is_stderr: bool,
    },
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum GatewayMessage {
    Registered {
        heartbeat_interval_secs: u32,
        metrics_interval_secs: u32,
        config: Option<NodeConfig>,
    },
    HeartbeatAck {
        timestamp: DateTime<Utc>,
    },
    DeployWorkload {
        workload: Workload,
    },
    StopWorkload {
        workload_id: WorkloadId,
        force: bool,
    },
    GetWorkloadStatus {
        workload_id: WorkloadId,
    },
    UpdateConfig {
        config: NodeConfig,
    },
    Ping {
        timestamp: DateTime<Utc>,
    },
    Shutdown {
        reason: String,
        graceful: bool,
    },
}

// ---------------------------------------------------------------- node types

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct NodeCapabilities {
    pub total_vram_mb: u64,
    pub gpu_count: u32,
    pub gpus: Vec<GpuCapability>,
    pub max_concurrent_workloads: u32,
    pub supported_runtimes: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct GpuCapability {
    pub index: u32,
    pub name: String,
    pub vram_mb: u64,
    pub compute_capability: String,
    pub driver_version: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct GpuMetricsProto {
    pub index: u32,
    pub utilization_percent: u32,
    pub memory_used_mb: u64,
    pub memory_total_mb: u64,
    pub temperature_celsius: u32,
    pub power_watts: u32,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum WorkloadState {
    Pending,
    Pulling,
    Starting,
    Running,
    Stopping,
    Stopped,
    Failed,
    Completed,
}

// ---------------------------------------------------------------- workloads

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Workload {
    pub id: WorkloadId,
    pub name: String,
    pub spec: WorkloadSpec,
    pub status: WorkloadStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct WorkloadSpec {
    pub image: String,
    pub command: Option<Vec<String>>,
    pub args: Option<Vec<String>>,
    pub env: Vec<(String, String)>,
    pub gpu_count: u32,
    pub gpu_memory_mb: Option<u64>,
    pub cpu_millicores: Option<u32>,
    pub memory_mb: Option<u64>,
    pub ports: Vec<u16>,
    pub volumes: Vec<VolumeMount>,
    pub restart_policy: RestartPolicy,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub enum RestartPolicy {
    #[default]
    Never,
    OnFailure,
    Always,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct VolumeMount {
    pub host_path: String,
    pub container_path: String,
    pub read_only: bool,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct WorkloadStatus {
    pub state: WorkloadState,
    pub node_id: Option<NodeId>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub exit_code: Option<i32>,
    pub message: Option<String>,
}

// ---------------------------------------------------------------- configuration

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct NodeConfig {
    pub heartbeat_interval_secs: Option<u32>,
    pub metrics_interval_secs: Option<u32>,
    pub max_concurrent_workloads: Option<u32>,
    pub log_level: Option<String>,
}

// ---------------------------------------------------------------- events

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct WorkloadEvent {
    pub kind: WorkloadEventKind,
    pub workload_id: WorkloadId,
    pub metadata: EventMetadata,
    pub timestamp: DateTime<Utc>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum WorkloadEventKind {
    Created,
    Scheduled { node_id: NodeId },
    Started,
    Stopped { reason: String },
    Failed { error: String },
    Completed { exit_code: i32 },
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct EventMetadata {
    pub source: String,
    pub correlation_id: Option<String>,
    pub labels: Vec<(String, String)>,
}

// ---------------------------------------------------------------- validation / errors

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ValidationError {
    pub field: String,
    pub message: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum ProtoError {
    InvalidMessage(String),
    ValidationError(String),
    SerializationError(String),
    UnknownMessageType(String),
}
