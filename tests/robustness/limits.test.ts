// The limits a gateway sets on untrusted input (ParseOptions): each is enforced exactly at its value
// and reported as a ProtoError naming it; the defaults hold without any options.
import { describe, expect, it } from "vitest";
import { ProtoError, codec } from "./codec.js";
import type { Input, ParseOptions } from "./codec.js";
import * as pkg from "../../generated/typescript/dist/esm/index.js";

function rejection(type: string, input: Input, options?: ParseOptions): InstanceType<typeof ProtoError> {
  try {
    codec(type).parse(input, options);
  } catch (e) {
    if (e instanceof ProtoError) return e;
    throw e;
  }
  throw new Error("accepted");
}

const MIB = 1024 * 1024;
/** A NodeConfig message of exactly `length` characters. */
const configOfLength = (length: number) => `{"log_level":"${"a".repeat(length - 16)}"}`;
const runtimes = (n: number) =>
  `{"total_vram_mb":0,"gpu_count":0,"gpus":[],"max_concurrent_workloads":0,"supported_runtimes":[${Array(n).fill('"r"').join(",")}]}`;
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("maxBytes", () => {
  it("accepts a message of exactly maxBytes and rejects one byte more, naming the limit", () => {
    expect(codec("NodeConfig").parse(configOfLength(1000), { maxBytes: 1000 })).toMatchObject({ log_level: expect.any(String) });
    const e = rejection("NodeConfig", configOfLength(1001), { maxBytes: 1000 });
    expect(e).toMatchObject({ kind: "InvalidMessage", pointer: "" });
    expect(e.detail).toMatch(/1001 UTF-16 units, over the limit of 1000 \(maxBytes\)/);
  });

  it("counts bytes of a Uint8Array, so multi-byte UTF-8 counts in full", () => {
    const bytes = new TextEncoder().encode(`{"log_level":"${"é".repeat(500)}"}`);
    expect(bytes.length).toBe(1016);
    expect(rejection("NodeConfig", bytes, { maxBytes: 1015 }).detail).toMatch(/maxBytes/);
    expect(codec("NodeConfig").parse(bytes, { maxBytes: 1016 })).toMatchObject({ log_level: "é".repeat(500) });
  });

  it("defaults to 16 MiB", () => {
    expect(codec("NodeConfig").parse(configOfLength(16 * MIB))).toMatchObject({ log_level: expect.any(String) });
    expect(rejection("NodeConfig", configOfLength(16 * MIB + 1)).detail).toMatch(/over the limit of 16777216 \(maxBytes\)/);
  });
});

describe("maxDepth", () => {
  it("typed values: nesting below maxDepth is read, at maxDepth it is a ProtoError naming the limit (serde_json counts the same way)", () => {
    expect(codec("KeyValue").parse('["a","b"]', { maxDepth: 2 })).toEqual(["a", "b"]);
    const e = rejection("KeyValue", '["a","b"]', { maxDepth: 1 });
    expect(e).toMatchObject({ kind: "InvalidMessage" });
    expect(e.detail).toMatch(/maxDepth/);
    expect(rejection("WorkloadEvent", '{"kind":"Created"}', { maxDepth: 1 }).detail).toMatch(/maxDepth/);
  });

  it("values of unknown fields: limited when maxDepth is set, with a ProtoError naming it and the field's pointer", () => {
    expect(codec("NodeConfig").parse(`{"x":${nested(63)}}`, { maxDepth: 64 })).toMatchObject({ log_level: null });
    const e = rejection("NodeConfig", `{"x":${nested(64)}}`, { maxDepth: 64 });
    expect(e.detail).toMatch(/maxDepth/);
  });

  it("defaults: typed values stop at serde_json's 128; unknown values are skimmed without a limit, as serde does, and without recursion", () => {
    expect(codec("NodeConfig").parse(`{"x":${nested(10_000)}}`)).toMatchObject({ log_level: null });
    expect(rejection("KeyValue", nested(200)).detail).toMatch(/maxDepth|expected/);
  });
});

describe("maxListLength", () => {
  it("accepts a list of exactly maxListLength and rejects one more element, naming the limit and the list", () => {
    expect((codec("NodeCapabilities").parse(runtimes(10), { maxListLength: 10 }) as { supported_runtimes: string[] }).supported_runtimes).toHaveLength(10);
    const e = rejection("NodeCapabilities", runtimes(11), { maxListLength: 10 });
    expect(e).toMatchObject({ kind: "InvalidMessage", pointer: "/supported_runtimes" });
    expect(e.detail).toMatch(/longer than 10 elements \(maxListLength\)/);
  });

  it("applies to every list, nested ones included", () => {
    const labels = (n: number) => `{"source":"s","correlation_id":null,"labels":[${Array(n).fill('["k","v"]').join(",")}]}`;
    expect(rejection("EventMetadata", labels(3), { maxListLength: 2 }).pointer).toBe("/labels");
    const metrics = (n: number) =>
      `{"Metrics":{"node_id":"67e55044-10b1-426f-9247-bb680e5fe0c8","gpu_metrics":[${Array(n).fill("[0,0,0,0,0,0]").join(",")}],"timestamp":"2024-01-02T03:04:05Z"}}`;
    expect(codec("NodeMessage").parse(metrics(2), { maxListLength: 2 })).toBeTruthy();
    expect(rejection("NodeMessage", metrics(3), { maxListLength: 2 }).pointer).toBe("/Metrics/gpu_metrics");
  });

  it("defaults to 1,000,000", () => {
    expect((codec("NodeCapabilities").parse(runtimes(1_000_000)) as { supported_runtimes: string[] }).supported_runtimes).toHaveLength(1_000_000);
    expect(rejection("NodeCapabilities", runtimes(1_000_001)).detail).toMatch(/longer than 1000000 elements \(maxListLength\)/);
  });
});

describe("the limits' own values", () => {
  const caps = (n: number) => ({ total_vram_mb: 0, gpu_count: 0, gpus: [], max_concurrent_workloads: 0, supported_runtimes: Array<string>(n).fill("r") });

  it("bincode's maxListLength: a list of exactly the limit is read, one more refused; Infinity lifts it", () => {
    const bytes = pkg.encodeBincodeNodeCapabilities(caps(3));
    expect(pkg.decodeBincodeNodeCapabilities(bytes, { maxListLength: 3 }).supported_runtimes).toHaveLength(3);
    expect(() => pkg.decodeBincodeNodeCapabilities(bytes, { maxListLength: 2 })).toThrow(/a list of 3 items, over the limit of 2 \(maxListLength\)/);
    expect(pkg.decodeBincodeNodeCapabilities(bytes, { maxListLength: Infinity }).supported_runtimes).toHaveLength(3);
  });

  it("a limit that is not a non-negative number is a RangeError naming it, for parse and for bincode", () => {
    const bytes = pkg.encodeBincodeNodeCapabilities(caps(1));
    for (const bad of [NaN, -1, "5", null]) {
      expect(() => pkg.decodeBincodeNodeCapabilities(bytes, { maxListLength: bad as number })).toThrow(
        new RangeError(`BincodeOptions.maxListLength must be a non-negative number, got ${bad === "5" ? '"5"' : String(bad)}`),
      );
      expect(() => pkg.parseNodeCapabilities(runtimes(1), { maxListLength: bad as number })).toThrow(
        /^ParseOptions\.maxListLength must be a non-negative number/,
      );
    }
    const throwing = Object.defineProperty({}, "maxListLength", {
      get() {
        throw new Error("no");
      },
    });
    expect(() => pkg.decodeBincodeNodeCapabilities(bytes, throwing)).toThrow(/^BincodeOptions cannot be read: Error: no/);
  });
});
