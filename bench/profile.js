// `node bench/profile.js [parse|serialize|reject]`: where our parsers and serializers spend their
// time on the bench corpus. Runs the chosen path under V8's sampling profiler (node:inspector) and
// prints the functions with the most self time, and writes the profile (which Chrome DevTools or
// speedscope open) to node_modules/.cache/claw-bench/<path>.cpuprofile.
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import { makeCorpus, makeInvalidCorpus } from "./corpus.js";
import { markdownTable } from "./lib/report.js";

const PATHS = ["parse", "serialize", "reject"];
const pkg = await import(new URL("../generated/typescript/dist/esm/index.js", import.meta.url).href);

/** The work to profile: one pass over the corpus. */
function workload(path) {
  const corpus = makeCorpus({ size: 10_000 });
  const isNode = (e) => e.type === "NodeMessage";
  if (path === "parse") {
    return function pass() {
      for (const e of corpus)
        if (isNode(e)) pkg.parseNodeMessage(e.text);
        else pkg.parseGatewayMessage(e.text);
    };
  }
  if (path === "serialize") {
    const values = corpus.map((e) => (isNode(e) ? pkg.parseNodeMessage(e.text) : pkg.parseGatewayMessage(e.text)));
    return function pass() {
      values.forEach((v, i) => (isNode(corpus[i]) ? pkg.serializeNodeMessage(v) : pkg.serializeGatewayMessage(v)));
    };
  }
  const invalid = makeInvalidCorpus({ size: 1_000 });
  return function pass() {
    for (const e of invalid) {
      try {
        if (isNode(e)) pkg.parseNodeMessage(e.text);
        else pkg.parseGatewayMessage(e.text);
      } catch {
        // rejecting is the work being profiled
      }
    }
  };
}

/**
 * Self time per function (name, file:line), leaving out idle time and the profiler's own frames.
 */
function selfTimes(profile) {
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inside = [];
  const visit = (node, under) => {
    const { functionName, url } = node.callFrame;
    const skip = under || url.startsWith("node:inspector") || ["(root)", "(idle)", "(program)"].includes(functionName);
    if (!skip) inside.push(node);
    for (const child of node.children ?? []) visit(byId.get(child), skip && functionName !== "(root)");
  };
  visit(profile.nodes[0], false);
  const byFunction = new Map();
  for (const node of inside) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split("/").pop() || "(native)";
    const key = `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (dt.get(node.id) ?? 0));
  }
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
  return [...byFunction.entries()].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
}

const path = process.argv[2] ?? "parse";
if (!PATHS.includes(path)) throw new Error(`usage: node bench/profile.js [${PATHS.join("|")}]`);
const run = workload(path);
for (let i = 0; i < 3; i++) run(); // warm up: profile optimized code
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
for (let i = 0; i < 10; i++) run();
const { profile } = await session.post("Profiler.stop");
session.disconnect();
const outDir = fileURLToPath(new URL("../node_modules/.cache/claw-bench/", import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}${path}.cpuprofile`, JSON.stringify(profile));
const top = selfTimes(profile).slice(0, 20);
console.log(`## ${path}: top functions by self time (10 passes over the corpus)\n`);
console.log(
  markdownTable(
    ["function", "self ms", "share"],
    top.map((f) => [f.name, f.ms.toFixed(0), `${(f.share * 100).toFixed(1)}%`]),
  ),
);
console.log(`\nFull profile: ${outDir}${path}.cpuprofile`);
