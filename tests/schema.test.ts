import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { SCHEMA } from "./helpers/paths.js";

const schema = JSON.parse(readFileSync(SCHEMA, "utf8")) as { $defs: Record<string, unknown>; "x-protocol-version": number };

// Every type the spec (and issue #3) names; a missing one fails this test.
const SPEC_TYPES = [
  "NodeMessage",
  "GatewayMessage",
  "NodeId",
  "WorkloadId",
  "NodeCapabilities",
  "GpuCapability",
  "GpuMetricsProto",
  "WorkloadState",
  "Workload",
  "WorkloadSpec",
  "WorkloadStatus",
  "VolumeMount",
  "RestartPolicy",
  "NodeConfig",
  "WorkloadEvent",
  "WorkloadEventKind",
  "EventMetadata",
  "ValidationError",
  "ProtoError",
];

describe("the canonical schema", () => {
  it("is valid JSON Schema 2020-12 (Ajv meta-validation)", () => {
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it.each(SPEC_TYPES)("defines %s", (name) => {
    expect(schema.$defs).toHaveProperty(name);
  });

  it("declares protocol version 1", () => {
    expect(schema["x-protocol-version"]).toBe(1);
  });

  it("names every variant the spec lists, in order", () => {
    const variants = (name: string) =>
      (schema.$defs[name] as { oneOf: { const?: string; properties?: Record<string, unknown> }[] }).oneOf.map(
        (v) => v.const ?? Object.keys(v.properties ?? {})[0],
      );
    expect(variants("NodeMessage")).toEqual(["Register", "Heartbeat", "Metrics", "WorkloadUpdate", "WorkloadLogs"]);
    expect(variants("GatewayMessage")).toEqual([
      "Registered",
      "HeartbeatAck",
      "DeployWorkload",
      "StopWorkload",
      "GetWorkloadStatus",
      "UpdateConfig",
      "Ping",
      "Shutdown",
    ]);
    expect(variants("WorkloadState")).toEqual(["Pending", "Pulling", "Starting", "Running", "Stopping", "Stopped", "Failed", "Completed"]);
    expect(variants("WorkloadEventKind")).toEqual(["Created", "Scheduled", "Started", "Stopped", "Failed", "Completed"]);
    expect(variants("RestartPolicy")).toEqual(["Never", "OnFailure", "Always"]);
  });

  it("keeps the four types the spec leaves undefined exactly as issue #3 defines them", () => {
    const fields = (name: string) => Object.keys((schema.$defs[name] as { properties: object }).properties);
    expect(fields("VolumeMount")).toEqual(["host_path", "container_path", "read_only"]);
    expect(fields("WorkloadStatus")).toEqual(["state", "node_id", "started_at", "finished_at", "exit_code", "message"]);
    expect(fields("EventMetadata")).toEqual(["source", "correlation_id", "labels"]);
    expect(fields("WorkloadSpec")).toEqual([
      "image",
      "command",
      "args",
      "env",
      "gpu_count",
      "gpu_memory_mb",
      "cpu_millicores",
      "memory_mb",
      "ports",
      "volumes",
      "restart_policy",
    ]);
  });
});
