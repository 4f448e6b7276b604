package main

// The same messages as plain encoding/json types, as a Go team writes them without the generated
// package: tagged unions as a struct of one pointer per variant, UUIDs and timestamps as strings
// (encoding/json has no chrono or uuid spelling), Options as pointers, the tuple as [2]string.

type plainNodeMessage struct {
	Register       *plainRegister       `json:"Register,omitempty"`
	Heartbeat      *plainHeartbeat      `json:"Heartbeat,omitempty"`
	Metrics        *plainMetrics        `json:"Metrics,omitempty"`
	WorkloadUpdate *plainWorkloadUpdate `json:"WorkloadUpdate,omitempty"`
	WorkloadLogs   *plainWorkloadLogs   `json:"WorkloadLogs,omitempty"`
}

type plainRegister struct {
	NodeID          string                `json:"node_id"`
	Name            string                `json:"name"`
	Capabilities    plainNodeCapabilities `json:"capabilities"`
	ProtocolVersion uint32                `json:"protocol_version"`
}

type plainHeartbeat struct {
	NodeID    string `json:"node_id"`
	Timestamp string `json:"timestamp"`
}

type plainMetrics struct {
	NodeID     string                 `json:"node_id"`
	GpuMetrics []plainGpuMetricsProto `json:"gpu_metrics"`
	Timestamp  string                 `json:"timestamp"`
}

type plainWorkloadUpdate struct {
	WorkloadID string  `json:"workload_id"`
	State      string  `json:"state"`
	Message    *string `json:"message"`
	Timestamp  string  `json:"timestamp"`
}

type plainWorkloadLogs struct {
	WorkloadID string   `json:"workload_id"`
	Lines      []string `json:"lines"`
	IsStderr   bool     `json:"is_stderr"`
}

type plainNodeCapabilities struct {
	TotalVramMb            uint64               `json:"total_vram_mb"`
	GpuCount               uint32               `json:"gpu_count"`
	Gpus                   []plainGpuCapability `json:"gpus"`
	MaxConcurrentWorkloads uint32               `json:"max_concurrent_workloads"`
	SupportedRuntimes      []string             `json:"supported_runtimes"`
}

type plainGpuCapability struct {
	Index             uint32 `json:"index"`
	Name              string `json:"name"`
	VramMb            uint64 `json:"vram_mb"`
	ComputeCapability string `json:"compute_capability"`
	DriverVersion     string `json:"driver_version"`
}

type plainGpuMetricsProto struct {
	Index              uint32 `json:"index"`
	UtilizationPercent uint32 `json:"utilization_percent"`
	MemoryUsedMb       uint64 `json:"memory_used_mb"`
	MemoryTotalMb      uint64 `json:"memory_total_mb"`
	TemperatureCelsius uint32 `json:"temperature_celsius"`
	PowerWatts         uint32 `json:"power_watts"`
}

type plainGatewayMessage struct {
	Registered        *plainRegistered        `json:"Registered,omitempty"`
	HeartbeatAck      *plainTimestamped       `json:"HeartbeatAck,omitempty"`
	DeployWorkload    *plainDeployWorkload    `json:"DeployWorkload,omitempty"`
	StopWorkload      *plainStopWorkload      `json:"StopWorkload,omitempty"`
	GetWorkloadStatus *plainGetWorkloadStatus `json:"GetWorkloadStatus,omitempty"`
	UpdateConfig      *plainUpdateConfig      `json:"UpdateConfig,omitempty"`
	Ping              *plainTimestamped       `json:"Ping,omitempty"`
	Shutdown          *plainShutdown          `json:"Shutdown,omitempty"`
}

type plainRegistered struct {
	HeartbeatIntervalSecs uint32           `json:"heartbeat_interval_secs"`
	MetricsIntervalSecs   uint32           `json:"metrics_interval_secs"`
	Config                *plainNodeConfig `json:"config"`
}

type plainTimestamped struct {
	Timestamp string `json:"timestamp"`
}

type plainDeployWorkload struct {
	Workload plainWorkload `json:"workload"`
}

type plainStopWorkload struct {
	WorkloadID string `json:"workload_id"`
	Force      bool   `json:"force"`
}

type plainGetWorkloadStatus struct {
	WorkloadID string `json:"workload_id"`
}

type plainUpdateConfig struct {
	Config plainNodeConfig `json:"config"`
}

type plainShutdown struct {
	Reason   string `json:"reason"`
	Graceful bool   `json:"graceful"`
}

type plainNodeConfig struct {
	HeartbeatIntervalSecs  *uint32 `json:"heartbeat_interval_secs"`
	MetricsIntervalSecs    *uint32 `json:"metrics_interval_secs"`
	MaxConcurrentWorkloads *uint32 `json:"max_concurrent_workloads"`
	LogLevel               *string `json:"log_level"`
}

type plainWorkload struct {
	ID        string              `json:"id"`
	Name      string              `json:"name"`
	Spec      plainWorkloadSpec   `json:"spec"`
	Status    plainWorkloadStatus `json:"status"`
	CreatedAt string              `json:"created_at"`
	UpdatedAt string              `json:"updated_at"`
}

type plainWorkloadSpec struct {
	Image         string             `json:"image"`
	Command       *[]string          `json:"command"`
	Args          *[]string          `json:"args"`
	Env           [][2]string        `json:"env"`
	GpuCount      uint32             `json:"gpu_count"`
	GpuMemoryMb   *uint64            `json:"gpu_memory_mb"`
	CPUMillicores *uint32            `json:"cpu_millicores"`
	MemoryMb      *uint64            `json:"memory_mb"`
	Ports         []uint16           `json:"ports"`
	Volumes       []plainVolumeMount `json:"volumes"`
	RestartPolicy string             `json:"restart_policy"`
}

type plainVolumeMount struct {
	HostPath      string `json:"host_path"`
	ContainerPath string `json:"container_path"`
	ReadOnly      bool   `json:"read_only"`
}

type plainWorkloadStatus struct {
	State      string  `json:"state"`
	NodeID     *string `json:"node_id"`
	StartedAt  *string `json:"started_at"`
	FinishedAt *string `json:"finished_at"`
	ExitCode   *int32  `json:"exit_code"`
	Message    *string `json:"message"`
}
