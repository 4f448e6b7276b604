// The benchmark corpus: seeded, deterministic, realistic claw-proto traffic as serde_json writes it.
// A fleet of 8-GPU nodes sends Metrics, Heartbeats, Registers, workload updates and 100-line log
// batches; the gateway deploys workloads (with env and volumes), acknowledges, stops and pings.
// Values are built with keys in declaration order and every Option present (null for None), so
// JSON.stringify of a value is exactly the serde_json text.
import { Random } from "./lib/random.js";

/** @typedef {"NodeMessage" | "GatewayMessage"} MessageType */
/** @typedef {{ type: MessageType, variant: string, text: string }} CorpusEntry */
/** @typedef {CorpusEntry & { kind: string, serdeOnly: boolean }} InvalidEntry */

/** How often each message appears, in percent: node traffic dominates, as on a real gateway. */
export const MIX = {
  NodeMessage: { Metrics: 22, Heartbeat: 14, Register: 6, WorkloadUpdate: 10, WorkloadLogs: 8 },
  GatewayMessage: { DeployWorkload: 10, HeartbeatAck: 10, Registered: 5, StopWorkload: 4, GetWorkloadStatus: 4, UpdateConfig: 3, Ping: 3, Shutdown: 1 },
};

const GPU_MODELS = [
  { name: "NVIDIA H100 80GB HBM3", vram_mb: 81559, compute_capability: "9.0" },
  { name: "NVIDIA A100-SXM4-80GB", vram_mb: 81920, compute_capability: "8.0" },
  { name: "NVIDIA A100-SXM4-40GB", vram_mb: 40960, compute_capability: "8.0" },
  { name: "NVIDIA L40S", vram_mb: 46068, compute_capability: "8.9" },
];
const DRIVERS = ["535.129.03", "550.54.15", "545.23.08"];
const STATES = ["Pending", "Pulling", "Starting", "Running", "Stopping", "Stopped", "Failed", "Completed"];
const IMAGES = [
  "clawbernetes/llama:70b",
  "nvcr.io/nvidia/pytorch:24.01-py3",
  "ghcr.io/vllm-project/vllm:v0.4.2",
  "registry.local:5000/team/trainer:v17",
  "nginx:1.25",
];
const ENV_KEYS = [
  "MODEL_PATH",
  "HF_HOME",
  "NCCL_DEBUG",
  "CUDA_VISIBLE_DEVICES",
  "OMP_NUM_THREADS",
  "WANDB_PROJECT",
  "LOG_LEVEL",
  "BATCH_SIZE",
  "MASTER_ADDR",
  "MASTER_PORT",
  "TOKENIZERS_PARALLELISM",
  "PYTHONUNBUFFERED",
];
const LOG_MODULES = ["trainer", "dataloader", "vllm.engine", "nccl", "torch.distributed", "scheduler"];
const LOG_LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"];
const BASE_SECONDS = Date.UTC(2024, 4, 1) / 1000;

/**
 * A timestamp as chrono writes it: UTC, `Z`, and 0, 3, 6 or 9 fraction digits (the fewest exact).
 * @param {Random} rng
 */
function timestamp(rng) {
  const seconds = BASE_SECONDS + rng.int(0, 180 * 86400);
  const whole = new Date(seconds * 1000).toISOString().slice(0, 19);
  const precision = rng.weighted({ s: 2, ms: 5, us: 2, ns: 1 });
  if (precision === "s") return `${whole}Z`;
  const nanos = precision === "ms" ? rng.int(1, 999) * 1e6 : precision === "us" ? rng.int(1, 999_999) * 1e3 : rng.int(1, 999_999_999);
  const digits = nanos % 1e6 === 0 ? 3 : nanos % 1e3 === 0 ? 6 : 9;
  return `${whole}.${String(nanos).padStart(9, "0").slice(0, digits)}Z`;
}

/** One log line: mostly plain ASCII, some with quotes, tabs, ANSI colour escapes or non-ASCII text. */
function logLine(rng) {
  const head = `${timestamp(rng)} ${rng.pick(LOG_LEVELS)} ${rng.pick(LOG_MODULES)}:`;
  switch (rng.weighted({ plain: 80, quoted: 6, tab: 4, ansi: 5, unicode: 5 })) {
    case "plain":
      return `${head} step ${rng.int(0, 200_000)} loss=${(rng.next() * 4).toFixed(4)} lr=${(rng.next() * 1e-3).toExponential(2)} tokens/s=${rng.int(800, 9000)}`;
    case "quoted":
      return `${head} loaded checkpoint "/models/ckpt-${rng.int(1, 99)}/model.safetensors" in ${rng.int(1, 90)}s`;
    case "tab":
      return `${head} rank\t${rng.int(0, 7)}\tmem\t${rng.int(1000, 80000)} MiB`;
    case "ansi":
      return `\u001b[32m${head}\u001b[0m all-reduce ${rng.int(1, 512)} MB in ${rng.int(1, 99)} ms`;
    default:
      return `${head} température GPU ${rng.int(30, 90)} °C ✓ — batch ${rng.int(0, 9999)} 🚀`;
  }
}

/**
 * A fleet of nodes, so node ids and names repeat as on a real gateway.
 * @param {Random} rng
 */
function makeFleet(rng, size = 64) {
  return Array.from({ length: size }, (_, i) => {
    const model = rng.pick(GPU_MODELS);
    const driver = rng.pick(DRIVERS);
    const gpus = Array.from({ length: 8 }, (_, index) => ({
      index,
      name: model.name,
      vram_mb: model.vram_mb,
      compute_capability: model.compute_capability,
      driver_version: driver,
    }));
    return { node_id: rng.uuid(), name: `gpu-node-${String(i + 1).padStart(3, "0")}`, gpus };
  });
}

function nodeConfig(rng) {
  const maybe = (value) => (rng.chance(0.5) ? value : null);
  return {
    heartbeat_interval_secs: maybe(rng.pick([10, 15, 30])),
    metrics_interval_secs: maybe(rng.pick([5, 10, 60])),
    max_concurrent_workloads: maybe(rng.int(1, 16)),
    log_level: maybe(rng.pick(["info", "debug", "warn"])),
  };
}

function workload(rng, fleet) {
  const env = Array.from({ length: rng.int(4, 12) }, (_, i) => [
    ENV_KEYS[i],
    rng.pick(["/models/llama-70b", "/cache/hf", "INFO", "0,1,2,3", "8", "claw-bench", ""]),
  ]);
  const volumes = Array.from({ length: rng.int(1, 4) }, (_, i) => ({
    host_path: `/mnt/data/vol-${i}`,
    container_path: `/data/${i}`,
    read_only: rng.chance(0.5),
  }));
  const running = rng.chance(0.6);
  return {
    id: rng.uuid(),
    name: `job-${rng.int(1, 99999)}`,
    spec: {
      image: rng.pick(IMAGES),
      command: rng.chance(0.7) ? ["python", "-m", "vllm.entrypoints.openai.api_server"] : null,
      args: rng.chance(0.7) ? ["--model", "/models/llama-70b", "--tensor-parallel-size", String(rng.pick([1, 2, 4, 8]))] : null,
      env,
      gpu_count: rng.pick([1, 2, 4, 8]),
      gpu_memory_mb: rng.chance(0.6) ? rng.pick([20480, 40960, 81920]) : null,
      cpu_millicores: rng.chance(0.6) ? rng.int(1, 64) * 1000 : null,
      memory_mb: rng.chance(0.6) ? rng.int(8, 512) * 1024 : null,
      ports: Array.from({ length: rng.int(0, 3) }, () => rng.int(1024, 65535)),
      volumes,
      restart_policy: rng.pick(["Never", "OnFailure", "Always"]),
    },
    status: {
      state: running ? "Running" : "Pending",
      node_id: running ? rng.pick(fleet).node_id : null,
      started_at: running ? timestamp(rng) : null,
      finished_at: null,
      exit_code: null,
      message: running ? "container started" : null,
    },
    created_at: timestamp(rng),
    updated_at: timestamp(rng),
  };
}

/** The payload of each variant, as a value in declaration order. */
const BUILDERS = {
  NodeMessage: {
    Register: (rng, node) => ({
      node_id: node.node_id,
      name: node.name,
      capabilities: {
        total_vram_mb: node.gpus.reduce((sum, g) => sum + g.vram_mb, 0),
        gpu_count: node.gpus.length,
        gpus: node.gpus,
        max_concurrent_workloads: rng.int(1, 16),
        supported_runtimes: rng.chance(0.5) ? ["docker", "containerd"] : ["containerd"],
      },
      protocol_version: 1,
    }),
    Heartbeat: (rng, node) => ({ node_id: node.node_id, timestamp: timestamp(rng) }),
    Metrics: (rng, node) => ({
      node_id: node.node_id,
      gpu_metrics: node.gpus.map((g) => ({
        index: g.index,
        utilization_percent: rng.int(0, 100),
        memory_used_mb: rng.int(0, g.vram_mb),
        memory_total_mb: g.vram_mb,
        temperature_celsius: rng.int(30, 90),
        power_watts: rng.int(50, 700),
      })),
      timestamp: timestamp(rng),
    }),
    WorkloadUpdate: (rng) => ({
      workload_id: rng.uuid(),
      state: rng.pick(STATES),
      message: rng.chance(0.5) ? rng.pick(["image pulled", "OOMKilled: exit code 137", "container started", ""]) : null,
      timestamp: timestamp(rng),
    }),
    WorkloadLogs: (rng) => ({ workload_id: rng.uuid(), lines: Array.from({ length: 100 }, () => logLine(rng)), is_stderr: rng.chance(0.2) }),
  },
  GatewayMessage: {
    Registered: (rng) => ({ heartbeat_interval_secs: 30, metrics_interval_secs: rng.pick([10, 15, 60]), config: rng.chance(0.5) ? nodeConfig(rng) : null }),
    HeartbeatAck: (rng) => ({ timestamp: timestamp(rng) }),
    DeployWorkload: (rng, _node, fleet) => ({ workload: workload(rng, fleet) }),
    StopWorkload: (rng) => ({ workload_id: rng.uuid(), force: rng.chance(0.3) }),
    GetWorkloadStatus: (rng) => ({ workload_id: rng.uuid() }),
    UpdateConfig: (rng) => ({ config: nodeConfig(rng) }),
    Ping: (rng) => ({ timestamp: timestamp(rng) }),
    Shutdown: (rng) => ({ reason: rng.pick(["maintenance window", 'node drained by "ops"', "kernel upgrade"]), graceful: rng.chance(0.8) }),
  },
};

/** @param {Random} rng */
function pickMessage(rng) {
  const all = {};
  for (const [type, weights] of Object.entries(MIX)) for (const [variant, w] of Object.entries(weights)) all[`${type} ${variant}`] = w;
  const [type, variant] = rng.weighted(all).split(" ");
  return { type, variant };
}

/**
 * One message value of the given variant.
 * @returns {{ [variant: string]: object }}
 */
function message(rng, fleet, type, variant) {
  return { [variant]: BUILDERS[type][variant](rng, rng.pick(fleet), fleet) };
}

/**
 * `size` valid messages, each the exact text serde_json writes.
 * @param {{ seed?: number, size?: number }} [options]
 * @returns {CorpusEntry[]}
 */
export function makeCorpus({ seed = 1, size = 10_000 } = {}) {
  const rng = new Random(seed);
  const fleet = makeFleet(rng);
  return Array.from({ length: size }, () => {
    const { type, variant } = pickMessage(rng);
    return { type, variant, text: JSON.stringify(message(rng, fleet, type, variant)) };
  });
}

/**
 * Ways to break a message. `serdeOnly` marks breaks that only serde's rules catch (a JSON Schema
 * validator run after JSON.parse cannot see duplicate keys, `300.0` or a u32's range).
 * Each takes the message value (a fresh copy) and returns the invalid text.
 */
export const MUTATIONS = [
  {
    kind: "wrong type, deep",
    serdeOnly: false,
    type: "GatewayMessage",
    variant: "DeployWorkload",
    mutate: (m) => ((m.DeployWorkload.workload.spec.volumes.at(-1).read_only = "yes"), m),
  },
  {
    kind: "wrong type, deep",
    serdeOnly: false,
    type: "NodeMessage",
    variant: "Metrics",
    mutate: (m, rng) => ((m.Metrics.gpu_metrics[rng.int(0, 7)].temperature_celsius = "71C"), m),
  },
  {
    kind: "missing field",
    serdeOnly: false,
    type: "NodeMessage",
    variant: "Register",
    mutate: (m, rng) => (delete m.Register.capabilities.gpus[rng.int(0, 7)].driver_version, m),
  },
  {
    kind: "missing field",
    serdeOnly: false,
    type: "GatewayMessage",
    variant: "DeployWorkload",
    mutate: (m) => (delete m.DeployWorkload.workload.spec.restart_policy, m),
  },
  { kind: "unknown variant", serdeOnly: false, type: "NodeMessage", variant: "Metrics", mutate: (m) => ({ Metric: m.Metrics }) },
  { kind: "unknown variant", serdeOnly: false, type: "GatewayMessage", variant: "StopWorkload", mutate: (m) => ({ Stop: m.StopWorkload }) },
  { kind: "bad UUID", serdeOnly: false, type: "NodeMessage", variant: "Heartbeat", mutate: (m) => ((m.Heartbeat.node_id = "gpu-node-017"), m) },
  { kind: "bad timestamp", serdeOnly: false, type: "GatewayMessage", variant: "Ping", mutate: (m) => ((m.Ping.timestamp = "2024-13-02T03:04:05Z"), m) },
  { kind: "bad enum value", serdeOnly: false, type: "NodeMessage", variant: "WorkloadUpdate", mutate: (m) => ((m.WorkloadUpdate.state = "Runing"), m) },
  {
    kind: "fraction for integer",
    serdeOnly: false,
    type: "NodeMessage",
    variant: "Metrics",
    mutate: (m, rng) => ((m.Metrics.gpu_metrics[rng.int(0, 7)].power_watts = 300.5), m),
  },
  {
    kind: "negative u32",
    serdeOnly: true,
    type: "NodeMessage",
    variant: "Metrics",
    mutate: (m, rng) => ((m.Metrics.gpu_metrics[rng.int(0, 7)].power_watts = -5), m),
  },
  {
    kind: "u32 overflow",
    serdeOnly: true,
    type: "GatewayMessage",
    variant: "Registered",
    mutate: (m) => ((m.Registered.heartbeat_interval_secs = 4294967296), m),
  },
  {
    kind: "integer written 300.0",
    serdeOnly: true,
    type: "NodeMessage",
    variant: "Metrics",
    mutate: (m) => JSON.stringify(m).replace(/"power_watts":(\d+)/, '"power_watts":$1.0'),
  },
  {
    kind: "duplicate key",
    serdeOnly: true,
    type: "NodeMessage",
    variant: "Heartbeat",
    mutate: (m) => JSON.stringify(m).replace(/"node_id":("[^"]*")/, '"node_id":$1,"node_id":$1'),
  },
];

/**
 * `size` invalid messages, cycling through MUTATIONS; every one is still well-formed JSON.
 * @param {{ seed?: number, size?: number }} [options]
 * @returns {InvalidEntry[]}
 */
export function makeInvalidCorpus({ seed = 2, size = 1_000 } = {}) {
  const rng = new Random(seed);
  const fleet = makeFleet(rng);
  return Array.from({ length: size }, (_, i) => {
    const { kind, serdeOnly, type, variant, mutate } = MUTATIONS[i % MUTATIONS.length];
    const broken = mutate(message(rng, fleet, type, variant), rng);
    return { type, variant, kind, serdeOnly, text: typeof broken === "string" ? broken : JSON.stringify(broken) };
  });
}

/**
 * The showcase error: one DeployWorkload whose second volume's `read_only` is a string.
 * @returns {string}
 */
export function deepErrorText(seed = 3) {
  const rng = new Random(seed);
  const fleet = makeFleet(rng, 1);
  const m = message(rng, fleet, "GatewayMessage", "DeployWorkload");
  const volumes = m.DeployWorkload.workload.spec.volumes;
  while (volumes.length < 2) volumes.push({ host_path: "/mnt/scratch", container_path: "/scratch", read_only: false });
  volumes[1].read_only = "yes";
  return JSON.stringify(m);
}
