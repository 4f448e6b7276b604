// The Go port's benchmark: the 10k corpus (bench/corpus.js) through the generated Go package and
// through encoding/json into plain structs of the same shape (bench/go/plain.go). Prints the Go
// program's JSON (medians, messages per second, ratios) and writes it to bench/go/results.json.
//   node bench/go/run.js [--size 10000] [--rounds 15]
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeCorpus } from "../corpus.js";

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const size = arg("size", 10_000);
const rounds = arg("rounds", 15);
const here = fileURLToPath(new URL(".", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "claw-gobench-"));
const corpus = join(dir, "corpus.jsonl");
writeFileSync(
  corpus,
  makeCorpus({ seed: 1, size })
    .map((e) => JSON.stringify({ type: e.type, text: e.text }))
    .join("\n") + "\n",
);
const binary = join(dir, "gobench");
execFileSync("go", ["build", "-o", binary, "."], { cwd: here, stdio: "inherit", env: { ...process.env, GOFLAGS: "-mod=mod", GOPROXY: "off" } });
const out = execFileSync(binary, ["-corpus", corpus, "-rounds", String(rounds)], { encoding: "utf8" });
process.stdout.write(out);
writeFileSync(join(here, "results.json"), out);
