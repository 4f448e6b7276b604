// The cost of `--u64 bigint`: the 10k-message corpus parsed and serialized by the default package
// (generated/typescript) and by the same schema's package generated with `--u64 bigint`, interleaved in
// one process (medians; ratio = default time / bigint time, above 1 means the bigint package is faster).
//
//   npm run build && node bench/u64-bigint.js
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeCorpus } from "./corpus.js";
import { byType, measureInterleaved, overItems, sinkValue } from "./lib/measure.js";
import { markdownTable, ms, ratio } from "./lib/report.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "claw-bench-u64-"));
try {
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, "bin/claw-codegen.js"),
      "generate",
      "--no-cache",
      "-s",
      join(ROOT, "schema/claw-proto.schema.json"),
      "-o",
      out,
      "-t",
      "typescript",
      "--u64",
      "bigint",
    ],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const base = await import(join(ROOT, "generated/typescript/dist/esm/index.js"));
  const big = await import(join(out, "typescript/dist/esm/index.js"));
  const corpus = makeCorpus();
  const texts = corpus.map((e) => ({ type: e.type, input: e.text }));
  const values = (pkg) =>
    corpus.map((e) => ({ type: e.type, input: e.type === "NodeMessage" ? pkg.parseNodeMessage(e.text) : pkg.parseGatewayMessage(e.text) }));
  const chunks = 20;
  const parse = measureInterleaved(
    [base, big].map((pkg, i) =>
      overItems(i === 0 ? "parse, u64 number" : "parse, u64 bigint", texts, byType(pkg.parseNodeMessage, pkg.parseGatewayMessage), chunks),
    ),
    { chunks },
  );
  const serialize = measureInterleaved(
    [base, big].map((pkg, i) =>
      overItems(
        i === 0 ? "serialize, u64 number" : "serialize, u64 bigint",
        values(pkg),
        byType(pkg.serializeNodeMessage, pkg.serializeGatewayMessage),
        chunks,
      ),
    ),
    { chunks },
  );
  const rows = [...parse, ...serialize].map((m) => [m.name, ms(m.ms.median), ratio(m.ratio.median)]);
  console.log(markdownTable(["10k messages (claw-proto corpus)", "median per pass", "vs u64 number"], rows));
  if (sinkValue() === 0.5) console.log("");
} finally {
  rmSync(out, { recursive: true, force: true });
}
