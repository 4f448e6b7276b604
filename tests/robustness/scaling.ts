// Adversarial inputs whose parse time must grow linearly with their size. `npm run fuzz -- --scaling`
// times each at n and 8n, each in a fresh process (best of several runs): a linear parser takes about
// 8×, a quadratic one 64×.
import { codec, ProtoError } from "./codec.js";
import * as pkg from "../../generated/typescript/dist/esm/index.js";
import { Reader, readList, readStringElement } from "../../generated/typescript/dist/esm/runtime.js";

export interface ScalingCase {
  name: string;
  /** Input size (in repetitions) of the smaller run: big enough that it takes milliseconds, not microseconds. */
  n: number;
  /** Builds the work for size n; the returned function is what is timed. */
  make(n: number): () => void;
}

const BIG = { maxBytes: 1 << 30, maxListLength: 1 << 30 };
const parse = (type: string, text: string) => () => {
  try {
    codec(type).parse(text, BIG);
  } catch (e) {
    if (!(e instanceof ProtoError)) throw e;
  }
};
const spec = (image: string) => pkg.WorkloadSpec.create({ image });

export const SCALING_CASES: ScalingCase[] = [
  { name: "long string (typed field)", n: 1 << 22, make: (n) => parse("NodeConfig", `{"log_level":"${"a".repeat(n)}"}`) },
  { name: "long string (unknown key)", n: 1 << 20, make: (n) => parse("NodeConfig", `{"x":"${"a".repeat(n)}"}`) },
  { name: "escapes \\n (typed field)", n: 1 << 19, make: (n) => parse("NodeConfig", `{"log_level":"${"a\\n".repeat(n)}"}`) },
  { name: "escapes \\u0041 (typed field)", n: 1 << 19, make: (n) => parse("NodeConfig", `{"log_level":"${"\\u0041".repeat(n)}"}`) },
  { name: "escapes \\u0041 (unknown key)", n: 1 << 17, make: (n) => parse("NodeConfig", `{"x":"${"\\u0041".repeat(n)}"}`) },
  { name: "surrogate pairs escaped", n: 1 << 16, make: (n) => parse("NodeConfig", `{"log_level":"${"\\ud83d\\ude00".repeat(n)}"}`) },
  { name: "backslashes, unterminated", n: 1 << 20, make: (n) => parse("NodeConfig", `{"log_level":"${"\\\\".repeat(n)}`) },
  { name: "digit run (typed u32)", n: 1 << 21, make: (n) => parse("NodeConfig", `{"heartbeat_interval_secs":${"1".repeat(n)}}`) },
  { name: "digit run (unknown key)", n: 1 << 21, make: (n) => parse("NodeConfig", `{"x":${"1".repeat(n)}}`) },
  { name: "fraction digits (unknown key)", n: 1 << 23, make: (n) => parse("NodeConfig", `{"x":0.${"1".repeat(n)}e5}`) },
  { name: "whitespace", n: 1 << 20, make: (n) => parse("NodeConfig", `{${" ".repeat(n)}}`) },
  { name: "unknown keys", n: 1 << 15, make: (n) => parse("NodeConfig", `{${'"x":[1,{"y":null}],'.repeat(n)}"log_level":null}`) },
  {
    name: "duplicate unknown keys then a duplicate field",
    n: 1 << 17,
    make: (n) => parse("NodeConfig", `{"log_level":null,${'"x":1,'.repeat(n)}"log_level":null}`),
  },
  { name: "list of strings", n: 1 << 16, make: (n) => parse("NodeCapabilities", caps(n)) },
  // Lists of strings not written as serde writes them (a space before `]`): the fast path (one JSON.parse per list)
  // searches to the text's end for each, unless it stops trying after its first failure.
  {
    name: "lists of strings, each with a space before ]",
    n: 1 << 16,
    make: (n) => {
      const text = `[${'["a" ],'.repeat(n)}["a" ]]`;
      return () => readList(new Reader(text, BIG), (r) => readList(r, readStringElement));
    },
  },
  {
    name: "list of pairs",
    n: 1 << 15,
    make: (n) => parse("EventMetadata", `{"source":"s","correlation_id":null,"labels":[${'["k","v"],'.repeat(n)}["k","v"]]}`),
  },
  { name: "nesting beyond maxDepth", n: 1 << 16, make: (n) => parse("NodeConfig", `{"x":${"[".repeat(n)}${"]".repeat(n)}}`) },
  { name: "timestamp: leading whitespace", n: 1 << 20, make: (n) => parse("Timestamp", `"${" ".repeat(n)}2024-01-02T03:04:05Z"`) },
  { name: "timestamp: fraction digits", n: 1 << 21, make: (n) => parse("Timestamp", `"2024-01-02T03:04:05.${"1".repeat(n)}Z"`) },
  { name: "timestamp: year digits", n: 1 << 17, make: (n) => parse("Timestamp", `"+${"1".repeat(n)}-01-02T03:04:05Z"`) },
  { name: "uuid: long string", n: 1 << 22, make: (n) => parse("NodeId", `"${"a".repeat(n)}"`) },
  { name: "image rule: a…a!", n: 1 << 20, make: (n) => () => pkg.validateWorkloadSpec(spec("a".repeat(n) + "!")) },
  { name: "image rule: a-a-…-", n: 1 << 20, make: (n) => () => pkg.validateWorkloadSpec(spec("a-".repeat(n))) },
  { name: "image rule: a.a.….", n: 1 << 20, make: (n) => () => pkg.validateWorkloadSpec(spec("a.".repeat(n) + "!")) },
  { name: "image rule: a__a__…", n: 1 << 20, make: (n) => () => pkg.validateWorkloadSpec(spec("a__".repeat(n) + "_")) },
  { name: "image rule: a/a/…", n: 1 << 20, make: (n) => () => pkg.validateWorkloadSpec(spec("a/".repeat(n) + "A")) },
  { name: "image rule: host:port…", n: 1 << 20, make: (n) => () => pkg.validateWorkloadSpec(spec("a-a.".repeat(n) + ":5000/x")) },
  { name: "image rule: @ digest", n: 1 << 20, make: (n) => () => pkg.validateWorkloadSpec(spec("a@sha256:" + "0".repeat(n))) },
  { name: "image rule: colons", n: 1 << 20, make: (n) => () => pkg.validateWorkloadSpec(spec("a:".repeat(n))) },
  {
    name: "serialize a long list",
    n: 1 << 17,
    make: (n) => {
      const v = { source: "s", correlation_id: null, labels: Array.from({ length: n }, () => ["k\n", "v\u0001"]) };
      return () => codec("EventMetadata").serialize(v);
    },
  },
];

function caps(n: number): string {
  return `{"total_vram_mb":1,"gpu_count":1,"gpus":[],"max_concurrent_workloads":1,"supported_runtimes":[${'"r",'.repeat(n)}"r"]}`;
}

/** Best-of CPU time in ms of case `index` at size `n` (CPU, not wall clock: the machine may be shared with other jobs). */
export function measureOne(index: number, n: number, repeats = 3): number {
  const run = SCALING_CASES[index]!.make(n);
  run();
  let min = Infinity;
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < repeats; i++) {
    gc?.(); // a collection left over from the previous run must not be billed to this one (node --expose-gc)
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}
