// Writes the claw-proto conformance vectors (see README.md) and index.json.
//
//   node schema/vectors/make-vectors.mjs
//
// Deterministic: no randomness, no clock. Every vector file holds one JSON text, byte for byte,
// with no trailing newline. Expectations (canonical text, ProtoError kind, pointer, schema verdict)
// are written out by hand below; they were checked against the serde referee
// (tests/serde-referee: `referee check schema/vectors`), the TypeScript package and Ajv.
import { Buffer } from "node:buffer";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL(".", import.meta.url));
const CATEGORIES = ["valid", "noncanonical", "invalid", "rules-invalid"];

/** @type {Record<string, object[]>} */
const index = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
/** @type {Map<string, string | Buffer>} */
const files = new Map();

function add(category, name, type, text, meta = {}) {
  const file = `${category}/${name}.json`;
  if (files.has(file)) throw new Error(`duplicate vector ${file}`);
  files.set(file, text);
  index[category].push({ file, type, ...meta });
}

// `formats` (see README.md) marks a verdict of the exported schema that depends on how a validator reads
// `format`: CHECKED needs format checking on (a standard RFC 3339/4122 checker gives it too), SHIPPED holds only
// with the shipped formats.mjs/formats.py (a standard checker gives the other verdict).
const CHECKED = "checked";
const SHIPPED = "shipped";
/** valid/: `value` is written with JSON.stringify, which escapes strings exactly as serde_json does. */
const valid = (name, type, value, formats) => add("valid", name, type, JSON.stringify(value), formats ? { formats } : {});
/** noncanonical/: accepted by serde; `canonical` (a value, or {text}) is what serde writes back. */
const nonc = (name, type, text, canonical, note, schema, formats) =>
  add("noncanonical", name, type, text, {
    canonical: typeof canonical === "string" ? canonical : JSON.stringify(canonical),
    note,
    schema,
    ...(formats ? { formats } : {}),
  });
/** invalid/: rejected by serde_json::from_str::<type>. `schema`: does the JSON Schema reject it too? */
const invalid = (name, type, text, reason, kind, pointer, schema, extra = {}) => add("invalid", name, type, text, { reason, kind, pointer, schema, ...extra });
/** rules-invalid/: valid on the wire, rejected by validate_workload_spec naming `field`. */
const rules = (name, value, field) => add("rules-invalid", name, "WorkloadSpec", JSON.stringify(value), { field });

const IM = "InvalidMessage";
const UMT = "UnknownMessageType";

// ------------------------------------------------------------------------------------------ values

const NID = "67e55044-10b1-426f-9247-bb680e5fe0c8";
const NID2 = "9b2d6c1e-5f3a-4e7b-8c9d-0a1b2c3d4e5f";
const WID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const TS = "2024-01-02T03:04:05Z";
const TS3 = "2024-01-02T03:04:05.123Z";
const TS6 = "2024-01-02T03:04:05.123456Z";
const TS9 = "2024-01-02T03:04:05.123456789Z";
const U32_MAX = 4294967295;
const I32_MIN = -2147483648;
const I32_MAX = 2147483647;
const SAFE_MAX = 9007199254740991; // 2^53 - 1: the largest u64 the TypeScript package accepts

const gpuCap = (index, o = {}) => ({
  index,
  name: "NVIDIA H100 80GB HBM3",
  vram_mb: 81920,
  compute_capability: "9.0",
  driver_version: "535.104.05",
  ...o,
});
const caps = (o = {}) => ({ total_vram_mb: 0, gpu_count: 0, gpus: [], max_concurrent_workloads: 0, supported_runtimes: [], ...o });
const gpuMetric = (index, o = {}) => ({
  index,
  utilization_percent: 87,
  memory_used_mb: 61440,
  memory_total_mb: 81920,
  temperature_celsius: 64,
  power_watts: 612,
  ...o,
});
const volume = (host_path, container_path, read_only) => ({ host_path, container_path, read_only });
const spec = (o = {}) => ({
  image: "nginx:1.25",
  command: null,
  args: null,
  env: [],
  gpu_count: 0,
  gpu_memory_mb: null,
  cpu_millicores: null,
  memory_mb: null,
  ports: [],
  volumes: [],
  restart_policy: "Never",
  ...o,
});
const status = (o = {}) => ({ state: "Pending", node_id: null, started_at: null, finished_at: null, exit_code: null, message: null, ...o });
const workload = (o = {}) => ({ id: WID, name: "web", spec: spec(), status: status(), created_at: TS, updated_at: TS, ...o });
const nodeConfig = (o = {}) => ({ heartbeat_interval_secs: null, metrics_interval_secs: null, max_concurrent_workloads: null, log_level: null, ...o });
const meta = (o = {}) => ({ source: "gateway", correlation_id: null, labels: [], ...o });
const event = (kind, o = {}) => ({ kind, workload_id: WID, metadata: meta(), timestamp: TS, ...o });

const fullSpec = spec({
  image: "clawbernetes/llama:70b",
  command: ["python", "-m", "vllm.entrypoints.openai.api_server"],
  args: ["--model", "/models/llama-70b", "--tensor-parallel-size", "4"],
  env: [
    ["MODEL_PATH", "/models/llama-70b"],
    ["HF_HOME", "/cache/hf"],
    ["NCCL_DEBUG", "INFO"],
    ["EMPTY", ""],
  ],
  gpu_count: 4,
  gpu_memory_mb: 40960,
  cpu_millicores: 16000,
  memory_mb: 262144,
  ports: [8080, 9090],
  volumes: [volume("/mnt/models/llama-70b", "/models/llama-70b", true), volume("/var/cache/hf", "/cache/hf", false)],
  restart_policy: "OnFailure",
});
const fullWorkload = workload({
  name: "llama-70b-inference",
  spec: fullSpec,
  status: status({ state: "Running", node_id: NID, started_at: TS3, message: "container started" }),
  created_at: "2024-01-02T03:00:00Z",
  updated_at: TS3,
});

// ------------------------------------------------------------------------------------------ valid/

// NodeMessage: all 5 variants
valid("node-register-8-gpus", "NodeMessage", {
  Register: {
    node_id: NID,
    name: "h100-cluster-01",
    capabilities: caps({
      total_vram_mb: 655360,
      gpu_count: 8,
      gpus: [0, 1, 2, 3, 4, 5, 6, 7].map((i) => gpuCap(i)),
      max_concurrent_workloads: 16,
      supported_runtimes: ["docker", "containerd"],
    }),
    protocol_version: 1,
  },
});
valid("node-register-empty-lists", "NodeMessage", { Register: { node_id: NID, name: "", capabilities: caps(), protocol_version: 0 } });
valid("node-register-int-max", "NodeMessage", {
  Register: {
    node_id: NID,
    name: "max",
    capabilities: caps({ total_vram_mb: SAFE_MAX, gpu_count: U32_MAX, gpus: [gpuCap(U32_MAX, { vram_mb: SAFE_MAX })], max_concurrent_workloads: U32_MAX }),
    protocol_version: U32_MAX,
  },
});
valid("node-heartbeat", "NodeMessage", { Heartbeat: { node_id: NID, timestamp: TS } });
valid("node-heartbeat-nanos", "NodeMessage", { Heartbeat: { node_id: NID, timestamp: TS9 } });
valid("node-metrics-4-gpus", "NodeMessage", {
  Metrics: {
    node_id: NID,
    gpu_metrics: [
      gpuMetric(0),
      gpuMetric(1, { utilization_percent: 100, memory_used_mb: 81920, temperature_celsius: 83, power_watts: 700 }),
      gpuMetric(2, { utilization_percent: 0, memory_used_mb: 0, temperature_celsius: 31, power_watts: 71 }),
      gpuMetric(3, { utilization_percent: 42, memory_used_mb: 20480, temperature_celsius: 55, power_watts: 398 }),
    ],
    timestamp: TS6,
  },
});
valid("node-metrics-empty", "NodeMessage", { Metrics: { node_id: NID, gpu_metrics: [], timestamp: TS } });
valid("node-metrics-int-boundaries", "NodeMessage", {
  Metrics: {
    node_id: NID,
    gpu_metrics: [
      gpuMetric(0, { utilization_percent: 0, memory_used_mb: 0, memory_total_mb: 0, temperature_celsius: 0, power_watts: 0 }),
      gpuMetric(U32_MAX, { utilization_percent: U32_MAX, memory_used_mb: SAFE_MAX, memory_total_mb: SAFE_MAX, temperature_celsius: U32_MAX, power_watts: U32_MAX }),
    ],
    timestamp: TS,
  },
});
valid("node-workload-update-message-none", "NodeMessage", { WorkloadUpdate: { workload_id: WID, state: "Pulling", message: null, timestamp: TS } });
valid("node-workload-update-message-some", "NodeMessage", {
  WorkloadUpdate: { workload_id: WID, state: "Failed", message: "exit code 137: OOMKilled", timestamp: TS3 },
});
valid("node-workload-update-message-empty", "NodeMessage", { WorkloadUpdate: { workload_id: WID, state: "Running", message: "", timestamp: TS } });
valid("node-workload-logs", "NodeMessage", {
  WorkloadLogs: {
    workload_id: WID,
    lines: [
      "INFO 01-02 03:04:05 llm_engine.py:72] Initializing an LLM engine with config: model='/models/llama-70b'",
      'INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)',
      "\u001b[32mGET /v1/models HTTP/1.1\u001b[0m 200 OK",
      "progress\r[=====>    ] 50%\tETA 3s",
    ],
    is_stderr: false,
  },
});
valid("node-workload-logs-stderr-empty", "NodeMessage", { WorkloadLogs: { workload_id: WID, lines: [], is_stderr: true } });
valid("node-workload-logs-empty-line", "NodeMessage", { WorkloadLogs: { workload_id: WID, lines: [""], is_stderr: true } });

// GatewayMessage: all 8 variants
valid("gw-registered-config-none", "GatewayMessage", { Registered: { heartbeat_interval_secs: 5, metrics_interval_secs: 10, config: null } });
valid("gw-registered-config-some", "GatewayMessage", {
  Registered: {
    heartbeat_interval_secs: 5,
    metrics_interval_secs: 10,
    config: nodeConfig({ heartbeat_interval_secs: 5, metrics_interval_secs: 10, max_concurrent_workloads: 8, log_level: "info" }),
  },
});
valid("gw-registered-config-all-none", "GatewayMessage", { Registered: { heartbeat_interval_secs: 0, metrics_interval_secs: U32_MAX, config: nodeConfig() } });
valid("gw-heartbeat-ack", "GatewayMessage", { HeartbeatAck: { timestamp: TS } });
valid("gw-deploy-workload-full", "GatewayMessage", { DeployWorkload: { workload: fullWorkload } });
valid("gw-deploy-workload-minimal", "GatewayMessage", { DeployWorkload: { workload: workload() } });
valid("gw-stop-workload-force", "GatewayMessage", { StopWorkload: { workload_id: WID, force: true } });
valid("gw-stop-workload-graceful", "GatewayMessage", { StopWorkload: { workload_id: WID, force: false } });
valid("gw-get-workload-status", "GatewayMessage", { GetWorkloadStatus: { workload_id: WID } });
valid("gw-update-config", "GatewayMessage", { UpdateConfig: { config: nodeConfig({ max_concurrent_workloads: 4, log_level: "debug" }) } });
valid("gw-update-config-empty", "GatewayMessage", { UpdateConfig: { config: nodeConfig() } });
valid("gw-ping", "GatewayMessage", { Ping: { timestamp: TS3 } });
valid("gw-shutdown", "GatewayMessage", { Shutdown: { reason: "maintenance window", graceful: true } });
valid("gw-shutdown-escapes", "GatewayMessage", { Shutdown: { reason: 'operator said "now"\nC:\\node\\drain\t\u0007', graceful: false } });

// identifiers
valid("node-id", "NodeId", NID);
valid("node-id-nil", "NodeId", "00000000-0000-0000-0000-000000000000");
valid("node-id-max", "NodeId", "ffffffff-ffff-ffff-ffff-ffffffffffff");
valid("workload-id", "WorkloadId", WID);
valid("workload-id-v7", "WorkloadId", "018cc251-f400-7000-8000-000000000000");
valid("uuid-v1", "Uuid", "6ba7b810-9dad-11d1-80b4-00c04fd430c8");

// timestamps
valid("timestamp-0-digits", "Timestamp", TS);
valid("timestamp-3-digits", "Timestamp", TS3);
valid("timestamp-6-digits", "Timestamp", TS6);
valid("timestamp-9-digits", "Timestamp", TS9);
valid("timestamp-1-nanosecond", "Timestamp", "2024-01-02T03:04:05.000000001Z");
valid("timestamp-3-digits-trailing-zero", "Timestamp", "2024-01-02T03:04:05.100Z");
valid("timestamp-leap-second", "Timestamp", "2016-12-31T23:59:60Z");
valid("timestamp-leap-second-any-minute", "Timestamp", "2024-01-02T03:04:60Z", SHIPPED);
valid("timestamp-leap-second-fraction", "Timestamp", "2016-12-31T23:59:60.500Z");
valid("timestamp-feb-29", "Timestamp", "2024-02-29T00:00:00Z");
valid("timestamp-year-10000", "Timestamp", "+10000-01-01T00:59:59Z", SHIPPED);
valid("timestamp-year-0000", "Timestamp", "0000-01-01T00:00:00Z");
valid("timestamp-year-minus-1", "Timestamp", "-0001-12-31T23:30:00Z", SHIPPED);
valid("timestamp-year-9999", "Timestamp", "9999-12-31T23:59:59.999999999Z");
valid("timestamp-epoch", "Timestamp", "1970-01-01T00:00:00Z");
valid("timestamp-max", "Timestamp", "+262143-12-31T23:59:59.999999999Z", SHIPPED);
valid("timestamp-min", "Timestamp", "-262144-01-01T00:00:00Z", SHIPPED);

// unit enums: every variant
for (const s of ["Pending", "Pulling", "Starting", "Running", "Stopping", "Stopped", "Failed", "Completed"]) {
  valid(`workload-state-${s.toLowerCase()}`, "WorkloadState", s);
}
for (const p of ["Never", "OnFailure", "Always"]) valid(`restart-policy-${p.toLowerCase()}`, "RestartPolicy", p);

// WorkloadEventKind: every variant
valid("event-kind-created", "WorkloadEventKind", "Created");
valid("event-kind-scheduled", "WorkloadEventKind", { Scheduled: { node_id: NID } });
valid("event-kind-started", "WorkloadEventKind", "Started");
valid("event-kind-stopped", "WorkloadEventKind", { Stopped: { reason: "user request" } });
valid("event-kind-failed", "WorkloadEventKind", { Failed: { error: "image pull failed: manifest unknown" } });
valid("event-kind-completed", "WorkloadEventKind", { Completed: { exit_code: 0 } });
valid("event-kind-completed-i32-min", "WorkloadEventKind", { Completed: { exit_code: I32_MIN } });
valid("event-kind-completed-i32-max", "WorkloadEventKind", { Completed: { exit_code: I32_MAX } });
valid("event-kind-completed-negative", "WorkloadEventKind", { Completed: { exit_code: -1 } });

// ProtoError: every variant
valid("proto-error-invalid-message", "ProtoError", { InvalidMessage: "missing field `node_id`" });
valid("proto-error-validation-error", "ProtoError", { ValidationError: "gpu_count must be at most 64" });
valid("proto-error-serialization-error", "ProtoError", { SerializationError: "" });
valid("proto-error-unknown-message-type", "ProtoError", { UnknownMessageType: "Reboot" });

// strings that need escaping (what serde_json writes)
const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");
valid("string-quote-backslash", "KeyValue", ['say "hi"', "C:\\path\\to\\\"dir\"\\"]);
valid("string-short-escapes", "KeyValue", ["\n\r\t\b\f", "line1\nline2\r\n\ttab\bbs\fff"]);
valid("string-all-c0-controls", "KeyValue", ["c0", C0]);
valid("string-del-raw", "KeyValue", ["del", "a\u007fb"]);
valid("string-non-ascii-raw", "KeyValue", ["non-ascii", "é ß Ω 日本語 \u0080 \u00a0 \ufeff \ufffd \uffff"]);
valid("string-u2028-raw", "KeyValue", ["separators", "a\u2028b\u2029c"]);
valid("string-emoji-raw", "KeyValue", ["emoji", "🦀😀👩‍💻"]);
valid("string-slash-not-escaped", "KeyValue", ["html", "</script><!-- http://x/y -->"]);
valid("string-empty", "KeyValue", ["", ""]);
valid("validation-error-escapes", "ValidationError", { field: "image", message: 'image is not a valid container image reference: "Nginx\\u0000"\u0001\u001f' });

// standalone structs
valid("workload-spec-minimal", "WorkloadSpec", spec());
valid("workload-spec-full", "WorkloadSpec", fullSpec);
valid("workload-spec-command-empty-lists", "WorkloadSpec", spec({ command: [], args: [] }));
valid("workload-spec-env-duplicate-keys", "WorkloadSpec", spec({ env: [["K", "1"], ["K", "2"], ["A", "0"]] }));
valid("workload-spec-rules-max", "WorkloadSpec", spec({ gpu_count: 64, gpu_memory_mb: 1048576, cpu_millicores: 1024000, memory_mb: 4194304, ports: [1, 65535] }));
valid("workload-spec-rules-min", "WorkloadSpec", spec({ gpu_count: 0, gpu_memory_mb: 0, cpu_millicores: 0, memory_mb: 0, ports: [1] }));
valid("workload-spec-image-name-only", "WorkloadSpec", spec({ image: "nginx" }));
valid("workload-spec-image-tag", "WorkloadSpec", spec({ image: "nginx:1.25" }));
valid("workload-spec-image-registry-port", "WorkloadSpec", spec({ image: "localhost:5000/team/app:v1" }));
valid("workload-spec-image-digest", "WorkloadSpec", spec({ image: `nginx@sha256:${"0123456789abcdef".repeat(4)}` }));
valid("workload-spec-image-separators", "WorkloadSpec", spec({ image: "registry.example.com/a/b__c-d.e:tag" }));
valid("workload-spec-image-tag-and-digest", "WorkloadSpec", spec({ image: `ghcr.io/org/app:1.0.0@sha256:${"a".repeat(64)}` }));
valid("workload-spec-image-tag-128", "WorkloadSpec", spec({ image: `app:${"t".repeat(128)}` }));
valid("workload", "Workload", fullWorkload);
valid("workload-minimal", "Workload", workload());
valid("workload-status-all-none", "WorkloadStatus", status());
valid("workload-status-all-some", "WorkloadStatus", status({ state: "Completed", node_id: NID, started_at: TS, finished_at: TS9, exit_code: 0, message: "done" }));
valid("workload-status-exit-i32-min", "WorkloadStatus", status({ state: "Failed", exit_code: I32_MIN }));
valid("workload-status-exit-i32-max", "WorkloadStatus", status({ state: "Failed", exit_code: I32_MAX }));
valid("volume-mount-ro", "VolumeMount", volume("/mnt/data", "/data", true));
valid("volume-mount-rw", "VolumeMount", volume("/var/run/docker.sock", "/var/run/docker.sock", false));
valid("gpu-capability", "GpuCapability", gpuCap(0));
valid("gpu-capability-a100", "GpuCapability", { index: 7, name: "NVIDIA A100-SXM4-40GB", vram_mb: 40960, compute_capability: "8.0", driver_version: "550.54.15" });
valid("gpu-metrics", "GpuMetricsProto", gpuMetric(3));
valid("node-capabilities", "NodeCapabilities", caps({ total_vram_mb: 163840, gpu_count: 2, gpus: [gpuCap(0), gpuCap(1)], max_concurrent_workloads: 4, supported_runtimes: ["docker"] }));
valid("node-capabilities-empty", "NodeCapabilities", caps());
valid("node-config-all-none", "NodeConfig", nodeConfig());
valid("node-config-all-some", "NodeConfig", nodeConfig({ heartbeat_interval_secs: 5, metrics_interval_secs: 15, max_concurrent_workloads: 32, log_level: "trace" }));
valid("node-config-u32-max", "NodeConfig", nodeConfig({ heartbeat_interval_secs: U32_MAX, metrics_interval_secs: 0, max_concurrent_workloads: U32_MAX, log_level: "" }));
valid("event-metadata-minimal", "EventMetadata", meta());
valid("event-metadata-full", "EventMetadata", meta({ source: "node/h100-cluster-01", correlation_id: "req-7f3a", labels: [["team", "ml"], ["env", "prod"], ["team", "infra"]] }));
valid("workload-event-created", "WorkloadEvent", event("Created"));
valid("workload-event-scheduled", "WorkloadEvent", event({ Scheduled: { node_id: NID2 } }, { metadata: meta({ source: "scheduler", correlation_id: "c-1" }) }));
valid("workload-event-started", "WorkloadEvent", event("Started", { timestamp: TS3 }));
valid("workload-event-stopped", "WorkloadEvent", event({ Stopped: { reason: "preempted" } }, { metadata: meta({ labels: [["reason", "preemption"]] }) }));
valid("workload-event-failed", "WorkloadEvent", event({ Failed: { error: "CUDA error: out of memory" } }, { timestamp: TS9 }));
valid("workload-event-completed", "WorkloadEvent", event({ Completed: { exit_code: 0 } }));
valid("key-value", "KeyValue", ["MODEL_PATH", "/models/llama-70b"]);
valid("event-metadata-proto-labels", "EventMetadata", meta({ source: "__proto__", correlation_id: "constructor", labels: [["__proto__", "x"], ["constructor", "y"], ["toString", "z"]] }));
valid("validation-error", "ValidationError", { field: "gpu_count", message: "gpu_count must be at most 64, got 65" });

// ------------------------------------------------------------------------------------------ noncanonical/

const VM = { host_path: "a", container_path: "b", read_only: true };
const VM_TAIL = '"host_path":"a","container_path":"b","read_only":true}';
const HB = { Heartbeat: { node_id: NID, timestamp: TS } };

// Option fields
nonc("node-config-empty-object", "NodeConfig", "{}", nodeConfig(), "absent Option keys read as None; serde writes null", true);
nonc("node-config-some-absent", "NodeConfig", '{"log_level":"debug","heartbeat_interval_secs":5}', nodeConfig({ heartbeat_interval_secs: 5, log_level: "debug" }), "absent Option keys and shuffled order", true);
nonc("workload-status-state-only", "WorkloadStatus", '{"state":"Running"}', status({ state: "Running" }), "absent Option keys", true);
nonc("workload-spec-options-absent", "WorkloadSpec", '{"image":"nginx","env":[],"gpu_count":0,"ports":[],"volumes":[],"restart_policy":"Never"}', spec({ image: "nginx" }), "absent Option keys", true);
nonc("gw-registered-config-absent", "GatewayMessage", '{"Registered":{"heartbeat_interval_secs":5,"metrics_interval_secs":10}}', { Registered: { heartbeat_interval_secs: 5, metrics_interval_secs: 10, config: null } }, "absent Option key inside a struct variant", true);
nonc("gw-registered-config-empty", "GatewayMessage", '{"Registered":{"heartbeat_interval_secs":5,"metrics_interval_secs":10,"config":{}}}', { Registered: { heartbeat_interval_secs: 5, metrics_interval_secs: 10, config: nodeConfig() } }, "Some(NodeConfig) given as {}", true);
nonc("node-workload-update-message-absent", "NodeMessage", `{"WorkloadUpdate":{"workload_id":"${WID}","state":"Running","timestamp":"${TS}"}}`, { WorkloadUpdate: { workload_id: WID, state: "Running", message: null, timestamp: TS } }, "absent Option key inside a message", true);
nonc("event-metadata-correlation-absent", "EventMetadata", '{"source":"s","labels":[["k","v"]]}', meta({ source: "s", labels: [["k", "v"]] }), "absent Option key", true);

// unknown keys
nonc("volume-mount-unknown-key", "VolumeMount", `{"host_path":"a","zz":1,"zz":2,"container_path":"b","read_only":true}`, VM, "unknown keys (even repeated) are ignored", true);
nonc("volume-mount-unknown-nested", "VolumeMount", `{"x":{"deep":[1,{"y":null,"z":[true,false,"s",-1.5e-3]}]},${VM_TAIL}`, VM, "unknown key with nested garbage", true);
nonc("volume-mount-unknown-lone-surrogate", "VolumeMount", `{"x":"\\ud800",${VM_TAIL}`, VM, "a lone surrogate under an unknown key is only skimmed, not decoded", true);
nonc("volume-mount-unknown-minus-zero", "VolumeMount", `{"x":-0,${VM_TAIL}`, VM, "-0 under an unknown key is only skimmed", true);
nonc("volume-mount-unknown-huge-numbers", "VolumeMount", `{"x":[1e400,18446744073709551616,-1e400],${VM_TAIL}`, VM, "out-of-range numbers under an unknown key are only skimmed", true);
nonc("volume-mount-unknown-deep-nesting", "VolumeMount", `{"x":${"[".repeat(200)}${"]".repeat(200)},${VM_TAIL}`, VM, "200-deep nesting under an unknown key (no recursion limit when skimming)", true);
nonc("volume-mount-unknown-proto-keys", "VolumeMount", `{"__proto__":{"read_only":false},"constructor":1,"toString":"x","hasOwnProperty":null,${VM_TAIL}`, VM, "unknown keys named like Object.prototype members are ignored", true);
nonc("volume-mount-unknown-empty-key", "VolumeMount", `{"":1,${VM_TAIL}`, VM, "an empty unknown key is ignored", true);
nonc("volume-mount-unknown-invalid-utf8", "VolumeMount", Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe]), Buffer.from(`",${VM_TAIL}`)]), VM, "raw invalid UTF-8 under an unknown key is only skimmed (serde_json::from_slice; from_str cannot see such input)", true);
index.noncanonical[index.noncanonical.length - 1].typescriptGap =
  "invalid UTF-8 anywhere in a byte input: serde_json::from_slice only skims unknown strings; the TypeScript package decodes the whole input strictly first";
nonc("event-kind-completed-unknown-key", "WorkloadEventKind", '{"Completed":{"exit_code":1,"extra":2}}', { Completed: { exit_code: 1 } }, "unknown key inside a struct variant", true);
nonc("node-heartbeat-unknown-key", "NodeMessage", `{"Heartbeat":{"node_id":"${NID}","seq":42,"timestamp":"${TS}"}}`, HB, "unknown key inside a message body", true);
nonc("workload-spec-unknown-keys", "WorkloadSpec", '{"image":"nginx","labels":{"a":"b"},"env":[],"gpu_count":0,"ports":[],"volumes":[],"restart_policy":"Never","priority":null}', spec({ image: "nginx" }), "unknown keys and absent Option keys", true);

// key order, whitespace, escaped keys
nonc("node-heartbeat-shuffled", "NodeMessage", `{"Heartbeat":{"timestamp":"${TS}","node_id":"${NID}"}}`, HB, "keys out of declaration order", true);
nonc("volume-mount-shuffled", "VolumeMount", '{"read_only":true,"container_path":"b","host_path":"a"}', VM, "keys out of declaration order", true);
nonc("node-heartbeat-whitespace", "NodeMessage", ` \t\r\n{ "Heartbeat" :\n  {\n    "node_id" : "${NID}" ,\r\n    "timestamp":\t"${TS}"\n  }\n}\n `, HB, "JSON whitespace between tokens and around the value", true);
nonc("workload-state-trailing-whitespace", "WorkloadState", '"Pending"\n\t\r ', '"Pending"', "JSON whitespace (LF, tab, CR, space) after the value", true);
nonc("key-value-whitespace", "KeyValue", '[ "K" , "V" ]', ["K", "V"], "whitespace inside a tuple", true);
nonc("volume-mount-escaped-key", "VolumeMount", '{"host_p\\u0061th":"a","container_path":"b","read_only":true}', VM, "a key spelled with \\u escapes matches the field", true);
nonc("workload-state-escaped-variant", "WorkloadState", '"P\\u0065nding"', '"Pending"', "a variant name spelled with \\u escapes", true);
nonc("node-message-escaped-tag", "NodeMessage", `{"H\\u0065artbeat":{"node_id":"${NID}","timestamp":"${TS}"}}`, HB, "a message tag spelled with \\u escapes", true);

// struct / unit variants in other forms
nonc("volume-mount-as-array", "VolumeMount", '["a","b",true]', VM, "struct given as an array of its fields in order", false);
nonc("node-config-as-array", "NodeConfig", '[1,2,3,"x"]', nodeConfig({ heartbeat_interval_secs: 1, metrics_interval_secs: 2, max_concurrent_workloads: 3, log_level: "x" }), "struct given as an array", false);
nonc("node-config-as-array-nulls", "NodeConfig", "[null,null,null,null]", nodeConfig(), "struct given as an array of nulls", false);
nonc("node-heartbeat-body-as-array", "NodeMessage", `{"Heartbeat":["${NID}","${TS}"]}`, HB, "struct variant body given as an array", false);
nonc("event-kind-completed-as-array", "WorkloadEventKind", '{"Completed":[1]}', { Completed: { exit_code: 1 } }, "struct variant body given as an array", false);
nonc("gw-registered-as-array", "GatewayMessage", '{"Registered":[5,10,[1,2,3,"x"]]}', { Registered: { heartbeat_interval_secs: 5, metrics_interval_secs: 10, config: nodeConfig({ heartbeat_interval_secs: 1, metrics_interval_secs: 2, max_concurrent_workloads: 3, log_level: "x" }) } }, "struct variant body and nested Option struct given as arrays", false);
nonc("gw-deploy-workload-nested-arrays", "GatewayMessage", `{"DeployWorkload":{"workload":["${WID}","web",["nginx:1.25",null,null,[],0,null,null,null,[],[["a","b",true]],"Never"],["Pending",null,null,null,null,null],"${TS}","${TS}"]}}`, { DeployWorkload: { workload: workload({ spec: spec({ volumes: [VM] }) }) } }, "nested structs given as arrays", false);
nonc("workload-state-pending-null", "WorkloadState", '{"Pending":null}', '"Pending"', "unit variant given as {name: null}", false);
nonc("workload-state-pending-null-spaced", "WorkloadState", '{ "Pending" : null }', '"Pending"', "unit variant given as {name: null}, with whitespace", false);
nonc("restart-policy-always-null", "RestartPolicy", '{"Always":null}', '"Always"', "unit variant given as {name: null}", false);
nonc("event-kind-created-null", "WorkloadEventKind", '{"Created":null}', '"Created"', "unit variant of a mixed enum given as {name: null}", false);
nonc("workload-spec-restart-policy-null-form", "WorkloadSpec", JSON.stringify(spec()).replace('"restart_policy":"Never"', '"restart_policy":{"Never":null}'), spec(), "nested unit variant given as {name: null}", false);

// strings
nonc("string-escaped-slash", "KeyValue", '["a\\/b","<\\/script>"]', ["a/b", "</script>"], "\\/ is written as /", true);
nonc("string-escaped-ascii", "KeyValue", '["\\u0041\\u0062c","\\u0020"]', ["Abc", " "], "\\u escapes of printable ASCII are written raw", true);
nonc("string-escaped-controls-long-form", "KeyValue", '["\\u0008\\u000C\\u000a\\u000D\\u0009","\\u001F\\u000B"]', ["\b\f\n\r\t", "\u001f\u000b"], "long-form escapes of \\b \\f \\n \\r \\t become short; other C0 escapes become lowercase hex", true);
nonc("string-escaped-del", "KeyValue", '["del","\\u007f"]', ["del", "\u007f"], "\\u007f is written as a raw DEL byte", true);
nonc("string-escaped-non-ascii", "KeyValue", '["\\u00e9\\u00E9","\\u65e5\\u672c"]', ["éé", "日本"], "\\u escapes of non-ASCII are written raw UTF-8", true);
nonc("string-escaped-u2028", "KeyValue", '["\\u2028","\\u2029"]', ["\u2028", "\u2029"], "\\u2028 / \\u2029 are written raw", true);
nonc("string-escaped-surrogate-pair", "KeyValue", '["\\ud83d\\ude00","\\uD83E\\uDD80"]', ["😀", "🦀"], "a surrogate-pair escape (either hex case) is written as raw 4-byte UTF-8", true);

// UUIDs
nonc("uuid-uppercase", "NodeId", '"67E55044-10B1-426F-9247-BB680E5FE0C8"', JSON.stringify(NID), "uppercase UUID", true);
nonc("uuid-mixed-case", "WorkloadId", '"3F2504e0-4f89-41D3-9a0c-0305E82C3301"', JSON.stringify(WID), "mixed-case UUID", true);
nonc("uuid-simple", "NodeId", '"67e5504410b1426f9247bb680e5fe0c8"', JSON.stringify(NID), "simple (32 hex, no hyphens) UUID", true, SHIPPED);
nonc("uuid-simple-uppercase", "NodeId", '"67E5504410B1426F9247BB680E5FE0C8"', JSON.stringify(NID), "simple uppercase UUID", true, SHIPPED);
nonc("uuid-braced", "NodeId", `"{${NID}}"`, JSON.stringify(NID), "braced UUID", true, SHIPPED);
nonc("uuid-braced-uppercase", "NodeId", `"{${NID.toUpperCase()}}"`, JSON.stringify(NID), "braced uppercase UUID", true, SHIPPED);
nonc("uuid-urn", "NodeId", `"urn:uuid:${NID}"`, JSON.stringify(NID), "urn:uuid: prefixed UUID", true);
nonc("uuid-urn-uppercase-hex", "Uuid", '"urn:uuid:67E55044-10B1-426F-9247-BB680E5FE0C8"', JSON.stringify(NID), "urn:uuid: prefix with uppercase hex", true);
nonc("uuid-escaped-char", "NodeId", '"67e55044-10b1-426f-9247-bb680e5fe0c\\u0038"', JSON.stringify(NID), "UUID with a \\u-escaped character", true);
nonc("node-heartbeat-uuid-uppercase", "NodeMessage", `{"Heartbeat":{"node_id":"${NID.toUpperCase()}","timestamp":"${TS}"}}`, HB, "uppercase UUID inside a message", true);

// timestamps
const tsc = (name, text, canonical, note, schema, formats) => nonc(name, "Timestamp", JSON.stringify(text), JSON.stringify(canonical), note, schema, formats);
tsc("timestamp-offset-plus-0200", "2024-01-02T03:04:05+02:00", "2024-01-02T01:04:05Z", "+02:00 offset: converted to UTC", true);
tsc("timestamp-offset-minus-0530", "2024-01-02T03:04:05.123-05:30", "2024-01-02T08:34:05.123Z", "negative offset with fraction", true);
tsc("timestamp-offset-basic", "2024-01-02T03:04:05+0200", "2024-01-02T01:04:05Z", "offset without colon", true);
tsc("timestamp-offset-zero", "2024-01-02T03:04:05+00:00", TS, "+00:00 written as Z", true);
tsc("timestamp-offset-minus-zero", "2024-01-02T03:04:05-00:00", TS, "-00:00 written as Z", true);
tsc("timestamp-offset-day-change", "2024-01-02T03:04:05+23:59", "2024-01-01T03:05:05Z", "+23:59 crosses a day", true);
tsc("timestamp-lowercase-z", "2024-01-02T03:04:05z", TS, "lowercase z", true);
tsc("timestamp-utc-suffix", "2024-01-02T03:04:05UTC", TS, "UTC suffix", true, SHIPPED);
tsc("timestamp-space-utc-suffix", "2024-01-02T03:04:05 UTC", TS, "space then UTC suffix", true, SHIPPED);
tsc("timestamp-space-separator", "2024-01-02 03:04:05Z", TS, "space instead of T", true);
tsc("timestamp-space-before-offset", "2024-01-02T03:04:05 +02:00", "2024-01-02T01:04:05Z", "space before the offset", true, SHIPPED);
tsc("timestamp-surrounding-whitespace", " 2024-01-02T03:04:05Z ", TS, "whitespace at both ends of the string", true, SHIPPED);
tsc("timestamp-single-digit-fields", "2024-1-2T3:4:5Z", TS, "single-digit month, day, hour, minute, second", true, SHIPPED);
tsc("timestamp-1-digit", "2024-01-02T03:04:05.1Z", "2024-01-02T03:04:05.100Z", "1 fraction digit: written with 3", true);
tsc("timestamp-2-digits", "2024-01-02T03:04:05.12Z", "2024-01-02T03:04:05.120Z", "2 fraction digits: written with 3", true);
tsc("timestamp-4-digits", "2024-01-02T03:04:05.1234Z", "2024-01-02T03:04:05.123400Z", "4 fraction digits: written with 6", true);
tsc("timestamp-7-digits", "2024-01-02T03:04:05.1234567Z", "2024-01-02T03:04:05.123456700Z", "7 fraction digits: written with 9", true);
tsc("timestamp-zero-fraction", "2024-01-02T03:04:05.000Z", TS, "an all-zero fraction is dropped", true);
tsc("timestamp-10-digits-truncated", "2024-01-02T03:04:05.9999999999Z", "2024-01-02T03:04:05.999999999Z", "more than 9 fraction digits: truncated, not rounded", true);
tsc("timestamp-leap-second-offset", "2017-01-01T01:59:60+02:00", "2016-12-31T23:59:60Z", "leap second with an offset", true);
tsc("timestamp-unicode-spaces", "\u00a02024-01-02T03:04:05Z\u3000", TS, "Unicode spaces (U+00A0, U+3000) at both ends", true, SHIPPED);
tsc("timestamp-inner-spaces", "2024 -01-02T03: 04:05 Z", TS, "spaces between components", true, SHIPPED);
tsc("timestamp-space-after-t", "2024-01-02T 03:04:05Z", TS, "space after T", true, SHIPPED);
tsc("timestamp-offset-inner-space", "2024-01-02T03:04:05+02: 00", "2024-01-02T01:04:05Z", "space inside the offset", true, SHIPPED);
nonc("timestamp-escaped-z", "Timestamp", '"2024-01-02T03:04:05\\u005a"', JSON.stringify(TS), "a \\u-escaped Z", true);
tsc("timestamp-30-digits", "2024-01-02T03:04:05.123456789012345678901234567890Z", TS9, "30 fraction digits: truncated to 9", true);
tsc("timestamp-year-minus-zero", "-0000-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "year -0000", true, SHIPPED);
tsc("timestamp-year-plus-sign", "+2024-01-02T03:04:05Z", TS, "explicit + on a 4-digit year", true, SHIPPED);
tsc("timestamp-offset-to-year-10000", "9999-12-31T23:59:59-01:00", "+10000-01-01T00:59:59Z", "the offset moves the year past 9999", true);
tsc("timestamp-offset-to-year-minus-1", "0000-01-01T00:30:00+01:00", "-0001-12-31T23:30:00Z", "the offset moves the year below 0", true);
nonc("node-heartbeat-offset", "NodeMessage", `{"Heartbeat":{"node_id":"${NID}","timestamp":"2024-01-02T05:04:05.5+02:00"}}`, { Heartbeat: { node_id: NID, timestamp: "2024-01-02T03:04:05.500Z" } }, "offset and 1-digit fraction inside a message", true);

// ------------------------------------------------------------------------------------------ invalid/

const HB_BODY = `{"node_id":"${NID}","timestamp":"${TS}"}`;
const vmWith = (field, raw) => JSON.stringify(VM).replace(new RegExp(`"${field}":[^,}]*`), `"${field}":${raw}`);
const specWith = (field, raw) => JSON.stringify(spec()).replace(new RegExp(`"${field}":(\\[\\]|[^,}]*)`), `"${field}":${raw}`);

// tags
invalid("node-unknown-tag", "NodeMessage", `{"Hello":${HB_BODY}}`, "unknown tag", UMT, "", true);
invalid("node-tag-wrong-case", "NodeMessage", `{"heartbeat":${HB_BODY}}`, "tag names are case-sensitive", UMT, "", true);
invalid("gw-unknown-tag", "GatewayMessage", '{"Reboot":{"graceful":true}}', "unknown tag", UMT, "", true);
invalid("node-gateway-tag", "NodeMessage", `{"Ping":{"timestamp":"${TS}"}}`, "a GatewayMessage tag given as a NodeMessage", UMT, "", true);
invalid("node-tag-proto", "NodeMessage", '{"__proto__":{}}', "tag named __proto__", UMT, "", true);
invalid("node-tag-to-string", "NodeMessage", '{"toString":{}}', "tag named like an Object.prototype member", UMT, "", true);
invalid("gw-tag-constructor", "GatewayMessage", '{"constructor":{}}', "tag named like an Object.prototype member", UMT, "", true);
invalid("workload-state-to-string", "WorkloadState", '"toString"', "variant named like an Object.prototype member", IM, "", true);
invalid("workload-state-proto", "WorkloadState", '"__proto__"', "variant named __proto__", IM, "", true);
invalid("workload-state-unknown", "WorkloadState", '"Paused"', "unknown variant", IM, "", true);
invalid("workload-state-lowercase", "WorkloadState", '"pending"', "variant names are case-sensitive", IM, "", true);
invalid("workload-state-trailing-space", "WorkloadState", '"Pending "', "variant name with a trailing space", IM, "", true);
invalid("restart-policy-snake-case", "RestartPolicy", '"on_failure"', "unknown variant", IM, "", true);
invalid("event-kind-unknown", "WorkloadEventKind", '{"Deleted":{"reason":"x"}}', "unknown variant", IM, "", true);
invalid("proto-error-unknown", "ProtoError", '{"Timeout":"x"}', "unknown variant", IM, "", true);
invalid("node-two-tags", "NodeMessage", `{"Heartbeat":${HB_BODY},"WorkloadLogs":{"workload_id":"${WID}","lines":[],"is_stderr":false}}`, "two tags", IM, "", true);
invalid("node-tag-and-extra-key", "NodeMessage", `{"Heartbeat":${HB_BODY},"x":1}`, "a second key after the tag", IM, "", true);
invalid("workload-state-two-tags", "WorkloadState", '{"Pending":null,"Running":null}', "two tags for a unit enum", IM, "", true);
invalid("node-empty-object", "NodeMessage", "{}", "empty object for an enum", IM, "", true);
invalid("gw-empty-object", "GatewayMessage", "{}", "empty object for an enum", IM, "", true);
invalid("workload-state-empty-object", "WorkloadState", "{}", "empty object for a unit enum", IM, "", true);
invalid("node-null", "NodeMessage", "null", "null for a message", IM, "", true);
invalid("node-array", "NodeMessage", `[${HB_BODY}]`, "array for a message", IM, "", true);
invalid("workload-state-array", "WorkloadState", '["Pending"]', "array for a unit enum", IM, "", true);
invalid("workload-state-number", "WorkloadState", "0", "variant index instead of name", IM, "", true);

// unit / data variants in the wrong shape
invalid("workload-state-pending-empty-object", "WorkloadState", '{"Pending":{}}', "unit variant given as {name: {}}", IM, "/Pending", true);
invalid("workload-state-pending-empty-array", "WorkloadState", '{"Pending":[]}', "unit variant given as {name: []}", IM, "/Pending", true);
invalid("event-kind-created-empty-object", "WorkloadEventKind", '{"Created":{}}', "unit variant given as {name: {}}", IM, "/Created", true);
invalid("node-heartbeat-bare-string", "NodeMessage", '"Heartbeat"', "data variant given as a bare string", IM, "", true);
invalid("event-kind-scheduled-bare-string", "WorkloadEventKind", '"Scheduled"', "struct variant given as a bare string", IM, "", true);
invalid("proto-error-bare-string", "ProtoError", '"InvalidMessage"', "newtype variant given as a bare string", IM, "", true);
invalid("event-kind-scheduled-null", "WorkloadEventKind", '{"Scheduled":null}', "struct variant with a null body", IM, "/Scheduled", true);
invalid("node-heartbeat-null-body", "NodeMessage", '{"Heartbeat":null}', "message with a null body", IM, "/Heartbeat", true);
invalid("event-kind-scheduled-string-body", "WorkloadEventKind", `{"Scheduled":"${NID}"}`, "struct variant body given as its only field's value", IM, "/Scheduled", true);
invalid("proto-error-null", "ProtoError", '{"InvalidMessage":null}', "newtype variant with null", IM, "/InvalidMessage", true);
invalid("proto-error-array", "ProtoError", '{"InvalidMessage":["x"]}', "newtype variant with an array", IM, "/InvalidMessage", true);

// missing fields
invalid("node-heartbeat-missing-timestamp", "NodeMessage", `{"Heartbeat":{"node_id":"${NID}"}}`, "missing field timestamp", IM, "/Heartbeat", true);
invalid("node-heartbeat-empty-body", "NodeMessage", '{"Heartbeat":{}}', "missing fields", IM, "/Heartbeat", true);
invalid("volume-mount-missing-read-only", "VolumeMount", '{"host_path":"a","container_path":"b"}', "missing field read_only", IM, "", true);
invalid("volume-mount-key-wrong-case", "VolumeMount", '{"Host_path":"a","container_path":"b","read_only":true}', "keys are case-sensitive: host_path missing", IM, "", true);
invalid("workload-spec-missing-restart-policy", "WorkloadSpec", '{"image":"i","env":[],"gpu_count":0,"ports":[],"volumes":[]}', "missing field restart_policy (no default)", IM, "", true);
invalid("workload-spec-missing-env", "WorkloadSpec", '{"image":"i","gpu_count":0,"ports":[],"volumes":[],"restart_policy":"Never"}', "missing Vec field env (no default)", IM, "", true);
invalid("workload-status-empty", "WorkloadStatus", "{}", "missing field state", IM, "", true);
invalid("event-metadata-missing-labels", "EventMetadata", '{"source":"s"}', "missing field labels", IM, "", true);
invalid("event-kind-scheduled-empty", "WorkloadEventKind", '{"Scheduled":{}}', "missing field node_id", IM, "/Scheduled", true);
invalid("gw-deploy-workload-missing-spec", "GatewayMessage", `{"DeployWorkload":{"workload":{"id":"${WID}","name":"w","status":{"state":"Pending"},"created_at":"${TS}","updated_at":"${TS}"}}}`, "missing nested field spec", IM, "/DeployWorkload/workload", true);

// wrong JSON types
invalid("volume-mount-read-only-number", "VolumeMount", vmWith("read_only", "0"), "integer for a bool", IM, "/read_only", true);
invalid("volume-mount-read-only-string", "VolumeMount", vmWith("read_only", '"true"'), "string for a bool", IM, "/read_only", true);
invalid("volume-mount-read-only-null", "VolumeMount", vmWith("read_only", "null"), "null for a bool", IM, "/read_only", true);
invalid("volume-mount-host-path-number", "VolumeMount", vmWith("host_path", "1"), "integer for a string", IM, "/host_path", true);
invalid("volume-mount-null", "VolumeMount", "null", "null for a struct", IM, "", true);
invalid("workload-spec-env-null", "WorkloadSpec", specWith("env", "null"), "null for a Vec", IM, "/env", true);
invalid("workload-spec-gpu-count-string", "WorkloadSpec", specWith("gpu_count", '"1"'), "string for an integer", IM, "/gpu_count", true);
invalid("workload-spec-command-string", "WorkloadSpec", specWith("command", '"nginx -g daemon off;"'), "string for Option<Vec<String>>", IM, "/command", true);
invalid("workload-spec-gpu-memory-some-object", "WorkloadSpec", specWith("gpu_memory_mb", '{"Some":1}'), "Option written as {Some: value}", IM, "/gpu_memory_mb", true);
invalid("node-logs-lines-string", "NodeMessage", `{"WorkloadLogs":{"workload_id":"${WID}","lines":"one line","is_stderr":false}}`, "string for Vec<String>", IM, "/WorkloadLogs/lines", true);
invalid("node-logs-line-number", "NodeMessage", `{"WorkloadLogs":{"workload_id":"${WID}","lines":["a",1],"is_stderr":false}}`, "integer in a Vec<String>", IM, "/WorkloadLogs/lines/1", true);
invalid("node-id-number", "NodeId", "1", "integer for a UUID", IM, "", true);
invalid("node-id-array", "NodeId", `["${NID}"]`, "newtype NodeId given as a 1-element array", IM, "", true);
invalid("node-id-bytes", "NodeId", "[103,229,80,68,16,177,66,111,146,71,187,104,14,95,224,200]", "UUID as a byte array", IM, "", true);
invalid("timestamp-number", "Timestamp", "1704164645", "Unix seconds for a timestamp", IM, "", true);
invalid("timestamp-null", "Timestamp", "null", "null for a timestamp", IM, "", true);

// integers: range and syntax
const capsWith = (raw) => `{"total_vram_mb":0,"gpu_count":${raw},"gpus":[],"max_concurrent_workloads":0,"supported_runtimes":[]}`;
invalid("u32-above-max", "NodeCapabilities", capsWith("4294967296"), "u32 above 4294967295", IM, "/gpu_count", true);
invalid("u32-negative", "NodeCapabilities", capsWith("-1"), "negative value for an unsigned integer", IM, "/gpu_count", true);
invalid("u32-float", "NodeCapabilities", capsWith("1.0"), "1.0 for an integer", IM, "/gpu_count", false);
invalid("u32-exponent", "NodeCapabilities", capsWith("1e2"), "1e2 for an integer", IM, "/gpu_count", false);
invalid("u32-exponent-upper", "NodeCapabilities", capsWith("1E0"), "1E0 for an integer", IM, "/gpu_count", false);
invalid("u32-minus-zero", "NodeCapabilities", capsWith("-0"), "-0 for an integer (serde_json reads it as a float)", IM, "/gpu_count", false);
invalid("u32-leading-zero", "NodeCapabilities", capsWith("01"), "leading zero (JSON syntax error)", IM, "/gpu_count", false);
invalid("u32-fraction", "NodeCapabilities", capsWith("1.5"), "fraction for an integer", IM, "/gpu_count", true);
invalid("u32-plus-sign", "NodeCapabilities", capsWith("+1"), "leading + (JSON syntax error)", IM, "/gpu_count", false);
invalid("u32-huge-exponent", "NodeCapabilities", capsWith("1e400"), "number out of range", IM, "/gpu_count", true);
invalid("u32-30-digits", "NodeCapabilities", capsWith("100000000000000000000000000000"), "30-digit integer (serde_json reads it as a float)", IM, "/gpu_count", true);
invalid("u16-port-above-max", "WorkloadSpec", specWith("ports", "[80,65536]"), "u16 above 65535", IM, "/ports/1", true);
invalid("u16-port-negative", "WorkloadSpec", specWith("ports", "[-1]"), "negative port", IM, "/ports/0", true);
invalid("i32-above-max", "WorkloadEventKind", '{"Completed":{"exit_code":2147483648}}', "i32 above 2147483647", IM, "/Completed/exit_code", true);
invalid("i32-below-min", "WorkloadEventKind", '{"Completed":{"exit_code":-2147483649}}', "i32 below -2147483648", IM, "/Completed/exit_code", true);
invalid("i32-minus-zero", "WorkloadEventKind", '{"Completed":{"exit_code":-0}}', "-0 for an i32", IM, "/Completed/exit_code", false);
invalid("i32-float", "WorkloadEventKind", '{"Completed":{"exit_code":-1.0}}', "-1.0 for an i32", IM, "/Completed/exit_code", false);
invalid("u64-above-max", "GpuCapability", JSON.stringify(gpuCap(0)).replace('"vram_mb":81920', '"vram_mb":18446744073709551616'), "u64 above 18446744073709551615", IM, "/vram_mb", false);
add("valid", "u64-max", "GpuCapability", JSON.stringify(gpuCap(0)).replace('"vram_mb":81920', '"vram_mb":18446744073709551615'), {
  typescriptGap: "a u64 above 2^53-1: serde accepts and writes it; the TypeScript package rejects it (documented: it never rounds)",
});
invalid("option-u32-minus-zero", "NodeConfig", '{"heartbeat_interval_secs":-0}', "-0 for Option<u32>", IM, "/heartbeat_interval_secs", false);

// UUIDs
/** Bad UUIDs: rejected by the schema through `format` (CHECKED unless said otherwise). */
const uuidBad = (name, text, reason, formats = CHECKED) => invalid(name, "NodeId", JSON.stringify(text), reason, IM, "", true, { formats });
uuidBad("uuid-bad-hex", "67e55044-10b1-426f-9247-bb680e5fe0cg", "non-hex character");
uuidBad("uuid-group-lengths", "67e5504-410b1-426f-9247-bb680e5fe0c8", "hyphens misplaced (groups 7-5-4-4-12)");
uuidBad("uuid-too-short", "67e55044-10b1-426f-9247-bb680e5fe0c", "last group 11 hex digits");
uuidBad("uuid-too-long", "67e55044-10b1-426f-9247-bb680e5fe0c80", "last group 13 hex digits");
uuidBad("uuid-four-groups", "67e55044-10b1-426f-9247bb680e5fe0c8", "only four groups");
uuidBad("uuid-trailing-hyphen", `${NID}-`, "trailing hyphen");
uuidBad("uuid-underscores", "67e55044_10b1_426f_9247_bb680e5fe0c8", "underscores instead of hyphens");
uuidBad("uuid-simple-31", "67e5504410b1426f9247bb680e5fe0c", "31 hex digits");
uuidBad("uuid-braced-simple", "{67e5504410b1426f9247bb680e5fe0c8}", "braces around the simple form");
uuidBad("uuid-urn-uppercase-prefix", `URN:UUID:${NID}`, "uppercase URN:UUID: prefix", SHIPPED);
uuidBad("uuid-urn-simple", "urn:uuid:67e5504410b1426f9247bb680e5fe0c8", "urn:uuid: with the simple form");
uuidBad("uuid-urn-braced", `urn:uuid:{${NID}}`, "urn:uuid: with braces");
uuidBad("uuid-leading-space", ` ${NID}`, "leading space");
uuidBad("uuid-empty", "", "empty string");
invalid("node-heartbeat-bad-uuid", "NodeMessage", `{"Heartbeat":{"node_id":"not-a-uuid","timestamp":"${TS}"}}`, "malformed UUID inside a message", IM, "/Heartbeat/node_id", true, { formats: CHECKED });

// timestamps
/** Bad timestamps: rejected by the schema through `format` (CHECKED unless said otherwise). */
const tsBad = (name, text, reason, formats = CHECKED) => invalid(name, "Timestamp", JSON.stringify(text), reason, IM, "", true, { formats });
tsBad("timestamp-feb-30", "2024-02-30T03:04:05Z", "February 30");
tsBad("timestamp-feb-29-non-leap", "2023-02-29T03:04:05Z", "February 29 in a non-leap year");
tsBad("timestamp-month-13", "2024-13-01T03:04:05Z", "month 13");
tsBad("timestamp-hour-24", "2024-01-02T24:00:00Z", "hour 24");
tsBad("timestamp-minute-60", "2024-01-02T03:60:05Z", "minute 60");
tsBad("timestamp-second-61", "2024-01-02T03:04:61Z", "second 61");
tsBad("timestamp-lowercase-t", "2024-01-02t03:04:05Z", "lowercase t separator (chrono rejects it; RFC 3339 allows it)", SHIPPED);
tsBad("timestamp-offset-24h", "2024-01-02T03:04:05+24:00", "offset +24:00");
tsBad("timestamp-offset-minute-60", "2024-01-02T03:04:05+00:60", "offset minute 60");
tsBad("timestamp-offset-hours-only", "2024-01-02T03:04:05+02", "offset without minutes", SHIPPED);
tsBad("timestamp-no-offset", "2024-01-02T03:04:05", "no offset");
tsBad("timestamp-gmt", "2024-01-02T03:04:05GMT", "GMT suffix");
tsBad("timestamp-date-only", "2024-01-02", "date only");
tsBad("timestamp-no-seconds", "2024-01-02T03:04Z", "no seconds");
tsBad("timestamp-comma-fraction", "2024-01-02T03:04:05,5Z", "comma decimal separator");
tsBad("timestamp-empty-fraction", "2024-01-02T03:04:05.Z", "dot without digits");
tsBad("timestamp-5-digit-year-unsigned", "12345-01-02T03:04:05Z", "5-digit year without a sign");
tsBad("timestamp-basic-format", "20240102T030405Z", "ISO 8601 basic format");
tsBad("timestamp-year-above-max", "+262144-01-01T00:00:00Z", "year above chrono's range");
tsBad("timestamp-year-below-min", "-262145-12-31T23:59:59Z", "year below chrono's range");
tsBad("timestamp-space-before-t", "2024-01-02 T03:04:05Z", "space before T");
tsBad("timestamp-offset-with-seconds", "2024-01-02T03:04:05+02:00:00", "offset with seconds");
tsBad("timestamp-empty", "", "empty string");
tsBad("timestamp-z-and-offset", "2024-01-02T03:04:05Z+00:00", "Z followed by an offset");
invalid("node-heartbeat-bad-timestamp", "NodeMessage", `{"Heartbeat":{"node_id":"${NID}","timestamp":"2024-02-30T00:00:00Z"}}`, "impossible date inside a message", IM, "/Heartbeat/timestamp", true, { formats: CHECKED });

// errors deep inside a message
const deployWith = (specText) => `{"DeployWorkload":{"workload":{"id":"${WID}","name":"w","spec":${specText},"status":{"state":"Pending"},"created_at":"${TS}","updated_at":"${TS}"}}}`;
invalid("node-update-unknown-state", "NodeMessage", `{"WorkloadUpdate":{"workload_id":"${WID}","state":"Paused","message":null,"timestamp":"${TS}"}}`, "unknown WorkloadState inside a message (InvalidMessage, not UnknownMessageType)", IM, "/WorkloadUpdate/state", true);
invalid("gw-deploy-env-1-tuple", "GatewayMessage", deployWith('{"image":"i","env":[["a","b"],["c"]],"gpu_count":0,"ports":[],"volumes":[],"restart_policy":"Never"}'), "1-tuple deep inside a message", IM, "/DeployWorkload/workload/spec/env/1", true);
invalid("gw-deploy-volume-read-only-string", "GatewayMessage", deployWith('{"image":"i","env":[],"gpu_count":0,"ports":[],"volumes":[{"host_path":"a","container_path":"b","read_only":"yes"}],"restart_policy":"Never"}'), "string for a bool deep inside a message", IM, "/DeployWorkload/workload/spec/volumes/0/read_only", true);
invalid("gw-deploy-unknown-restart-policy", "GatewayMessage", deployWith('{"image":"i","env":[],"gpu_count":0,"ports":[],"volumes":[],"restart_policy":"Sometimes"}'), "unknown RestartPolicy inside a message", IM, "/DeployWorkload/workload/spec/restart_policy", true);
invalid("gw-registered-log-level-number", "GatewayMessage", '{"Registered":{"heartbeat_interval_secs":5,"metrics_interval_secs":10,"config":{"log_level":1}}}', "integer for Option<String> inside Some(NodeConfig)", IM, "/Registered/config/log_level", true);
invalid("workload-event-bad-scheduled-node-id", "WorkloadEvent", `{"kind":{"Scheduled":{"node_id":"nope"}},"workload_id":"${WID}","metadata":{"source":"s","labels":[]},"timestamp":"${TS}"}`, "malformed UUID in a struct variant inside a struct", IM, "/kind/Scheduled/node_id", true, { formats: CHECKED });
invalid("node-heartbeat-unknown-key-syntax-error", "NodeMessage", `{"Heartbeat":{"node_id":"${NID}","x":01,"timestamp":"${TS}"}}`, "syntax error under an unknown key inside a message body", IM, "/Heartbeat", false);

// tuples
invalid("env-3-tuple", "WorkloadSpec", specWith("env", '[["K","V","X"]]'), "3-element array where a (String, String) pair is expected", IM, "/env/0", true);
invalid("env-1-tuple", "WorkloadSpec", specWith("env", '[["K"]]'), "1-element array where a pair is expected", IM, "/env/0", true);
invalid("env-empty-tuple", "WorkloadSpec", specWith("env", "[[]]"), "empty array where a pair is expected", IM, "/env/0", true);
invalid("env-object", "WorkloadSpec", specWith("env", '{"K":"V"}'), "object where a Vec of pairs is expected", IM, "/env", true);
invalid("env-pair-as-object", "WorkloadSpec", specWith("env", '[{"0":"K","1":"V"}]'), "object where a pair is expected", IM, "/env/0", true);
invalid("key-value-null-value", "KeyValue", '["K",null]', "null in a pair", IM, "/1", true);
invalid("key-value-3-tuple", "KeyValue", '["K","V","X"]', "3-tuple", IM, "", true);
invalid("event-metadata-labels-1-tuple", "EventMetadata", '{"source":"s","correlation_id":null,"labels":[["k"]]}', "1-tuple in labels", IM, "/labels/0", true);

// structs as arrays of the wrong length
invalid("volume-mount-array-short", "VolumeMount", '["a","b"]', "struct as array: 2 elements for 3 fields", IM, "", true);
invalid("volume-mount-array-long", "VolumeMount", '["a","b",true,1]', "struct as array: 4 elements for 3 fields", IM, "", true);
invalid("volume-mount-array-empty", "VolumeMount", "[]", "struct as empty array", IM, "", true);
invalid("node-config-array-short", "NodeConfig", "[1,2]", "struct as array: Option fields are not optional in array form", IM, "", true);
invalid("event-kind-scheduled-array-long", "WorkloadEventKind", `{"Scheduled":["${NID}",1]}`, "struct variant body as array of the wrong length", IM, "/Scheduled", true);

// duplicate keys
invalid("volume-mount-duplicate-key", "VolumeMount", '{"host_path":"a","host_path":"c","container_path":"b","read_only":true}', "duplicate known key", IM, "", false);
invalid("volume-mount-duplicate-escaped-key", "VolumeMount", '{"host_path":"a","host_p\\u0061th":"c","container_path":"b","read_only":true}', "duplicate known key, second spelled with an escape", IM, "", false);
invalid("node-config-duplicate-option", "NodeConfig", '{"log_level":null,"log_level":"x"}', "duplicate Option key, first null", IM, "", false);
invalid("event-kind-duplicate-key", "WorkloadEventKind", '{"Completed":{"exit_code":1,"exit_code":2}}', "duplicate key in a variant body", IM, "/Completed", false);
invalid("node-heartbeat-duplicate-key", "NodeMessage", `{"Heartbeat":{"node_id":"${NID}","node_id":"${NID}","timestamp":"${TS}"}}`, "duplicate key in a message body (same value)", IM, "/Heartbeat", false);

// framing
invalid("trailing-garbage", "NodeMessage", `{"Heartbeat":${HB_BODY}} x`, "trailing characters", IM, "", false);
invalid("trailing-second-value", "WorkloadState", '"Pending""Pending"', "a second value", IM, "", false);
invalid("trailing-nul", "WorkloadState", '"Pending"\u0000', "NUL after the value", IM, "", false);
invalid("leading-bom", "NodeMessage", `\ufeff{"Heartbeat":${HB_BODY}}`, "leading byte order mark", IM, "", false);
invalid("leading-nbsp", "WorkloadState", '\u00a0"Pending"', "U+00A0 is not JSON whitespace", IM, "", false);
invalid("empty-input", "WorkloadState", "", "empty input", IM, "", false);
invalid("whitespace-only", "WorkloadState", " \n ", "whitespace only", IM, "", false);
invalid("trailing-comma-object", "NodeConfig", '{"log_level":"x",}', "trailing comma in an object", IM, "", false);
invalid("trailing-comma-array", "KeyValue", '["K","V",]', "trailing comma in an array", IM, "", false);
invalid("single-quoted-key", "NodeConfig", "{'log_level':\"x\"}", "single-quoted key", IM, "", false);
invalid("comment", "WorkloadState", '/*c*/"Pending"', "comment", IM, "", false);
invalid("truncated", "NodeMessage", `{"Heartbeat":${HB_BODY}`, "truncated input", IM, "", false);

// strings
invalid("string-lone-high-surrogate", "KeyValue", '["k","\\ud800"]', "lone high surrogate escape", IM, "/1", false);
invalid("string-lone-low-surrogate", "KeyValue", '["k","\\udc00"]', "lone low surrogate escape", IM, "/1", false);
invalid("string-surrogate-then-ascii", "KeyValue", '["k","\\ud800\\u0041"]', "high surrogate followed by a non-surrogate escape", IM, "/1", false);
invalid("string-reversed-surrogates", "KeyValue", '["k","\\ude00\\ud83d"]', "surrogate pair in the wrong order", IM, "/1", false);
invalid("key-lone-surrogate", "VolumeMount", `{"\\ud800":1,${VM_TAIL}`, "lone surrogate in an (unknown) key: keys are always decoded", IM, "", false);
invalid("string-raw-tab", "KeyValue", '["k","a\tb"]', "raw tab in a string", IM, "/1", false);
invalid("string-raw-newline", "KeyValue", '["k","a\nb"]', "raw newline in a string", IM, "/1", false);
invalid("string-raw-control", "KeyValue", '["k","a\u0001b"]', "raw U+0001 in a string", IM, "/1", false);
invalid("string-invalid-escape", "KeyValue", '["k","\\x41"]', "invalid escape \\x", IM, "/1", false);
invalid("string-short-unicode-escape", "KeyValue", '["k","\\u12"]', "\\u with fewer than 4 hex digits", IM, "/1", false);
invalid("string-invalid-utf8", "KeyValue", Buffer.concat([Buffer.from('["k","a'), Buffer.from([0xff]), Buffer.from('b"]')]), "raw invalid UTF-8 byte 0xFF in a string (read the file as bytes)", IM, "", false);
invalid("unknown-key-value-syntax-error", "VolumeMount", `{"x":01,${VM_TAIL}`, "syntax error under an unknown key (skimmed values must still be valid JSON)", IM, "", false);
invalid("unknown-key-value-bad-escape", "VolumeMount", `{"x":"\\q",${VM_TAIL}`, "invalid escape under an unknown key", IM, "", false);

// ------------------------------------------------------------------------------------------ rules-invalid/

rules("gpu-count-65", spec({ gpu_count: 65 }), "gpu_count");
rules("gpu-count-u32-max", spec({ gpu_count: U32_MAX }), "gpu_count");
rules("gpu-memory-1048577", spec({ gpu_memory_mb: 1048577 }), "gpu_memory_mb");
rules("gpu-memory-u64-safe-max", spec({ gpu_memory_mb: SAFE_MAX }), "gpu_memory_mb");
rules("cpu-millicores-1024001", spec({ cpu_millicores: 1024001 }), "cpu_millicores");
rules("memory-mb-4194305", spec({ memory_mb: 4194305 }), "memory_mb");
rules("port-0", spec({ ports: [0] }), "ports");
rules("port-0-among-valid", spec({ ports: [80, 443, 0] }), "ports");
rules("image-empty", spec({ image: "" }), "image");
rules("image-uppercase-name", spec({ image: "Nginx" }), "image");
rules("image-uppercase-path", spec({ image: "docker.io/Library/nginx:latest" }), "image");
rules("image-trailing-dash", spec({ image: "nginx-" }), "image");
rules("image-leading-separator", spec({ image: "_nginx" }), "image");
rules("image-bad-digest-short", spec({ image: "nginx@sha256:abc123" }), "image");
rules("image-bad-digest-uppercase", spec({ image: `nginx@sha256:${"ABCDEF0123456789".repeat(4)}` }), "image");
rules("image-bad-digest-algorithm", spec({ image: `nginx@md5:${"0".repeat(32)}` }), "image");
rules("image-tag-too-long", spec({ image: `nginx:${"t".repeat(129)}` }), "image");
rules("image-empty-tag", spec({ image: "nginx:" }), "image");
rules("image-tag-leading-dot", spec({ image: "nginx:.1" }), "image");
rules("image-whitespace", spec({ image: "nginx latest" }), "image");
rules("image-scheme", spec({ image: "https://registry.example.com/app" }), "image");
rules("image-double-slash", spec({ image: "registry.example.com//app" }), "image");
rules("image-name-too-long", spec({ image: `registry.example.com/${"a".repeat(250)}` }), "image");

// ------------------------------------------------------------------------------------------ write

for (const c of CATEGORIES) {
  rmSync(join(DIR, c), { recursive: true, force: true });
  mkdirSync(join(DIR, c), { recursive: true });
}
for (const [file, text] of files) writeFileSync(join(DIR, file), text);
writeFileSync(join(DIR, "index.json"), JSON.stringify(index, null, 2));
const counts = CATEGORIES.map((c) => `${c} ${index[c].length}`).join(", ");
console.log(`wrote ${files.size} vectors (${counts})`);
