// `npm run bench:python`: the generated Python package (generated/python) parsing and serializing the 10k corpus,
// against json.loads / json.dumps on the same texts in the same process. Prints a table and writes
// bench/python-results.json. It measures and records; it never fails on a figure. --quick: 2,000 messages, 5 rounds.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { makeCorpus } from "./corpus.js";

const quick = process.argv.includes("--quick");
const python = process.env.PYTHON ?? "python3";
const dir = mkdtempSync(join(tmpdir(), "claw-bench-py-"));
const corpusFile = join(dir, "corpus.jsonl");
const corpus = makeCorpus({ size: quick ? 2_000 : 10_000 });
writeFileSync(corpusFile, corpus.map((e) => JSON.stringify({ type: e.type, text: e.text })).join("\n") + "\n");
const r = spawnSync(
  python,
  [
    fileURLToPath(new URL("./python/bench.py", import.meta.url)),
    fileURLToPath(new URL("../generated/python", import.meta.url)),
    corpusFile,
    quick ? "5" : "11",
  ],
  { encoding: "utf8", env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } },
);
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(1);
}
const result = JSON.parse(r.stdout);
const rows = Object.entries(result.sections).map(
  ([name, s]) =>
    `${name.padEnd(12)} ${String(s.ours_msgs_per_s).padStart(9)} msg/s ${String(s.ours_mb_per_s).padStart(7)} MB/s   ours ${s.ours_s.toFixed(3)} s   json ${s.json_s.toFixed(3)} s   ratio vs json ${s.ratio_vs_json.toFixed(2)}`,
);
process.stdout.write(
  `Python ${result.python}, ${result.messages} messages (${(result.bytes / 1e6).toFixed(1)} MB), median of ${result.rounds} rounds\n${rows.join("\n")}\n`,
);
// Formatted as the repository's prettier config wants, so `npm run lint` accepts the committed record.
const RESULTS = fileURLToPath(new URL("./python-results.json", import.meta.url));
const record = JSON.stringify({ date: new Date().toISOString().slice(0, 10), quick, ...result });
writeFileSync(RESULTS, await prettier.format(record, { ...(await prettier.resolveConfig(RESULTS)), parser: "json" }));
