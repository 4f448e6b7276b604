#!/usr/bin/env node
// npm run fuzz -- [--cases N] [--seed S] [--referee [--every K]] [--scaling]
//
// Runs the fuzzer of tests/robustness (bundled with esbuild, so no TypeScript loader is needed):
//   --cases N   mutated messages (default 1,000,000); exit 1 on any failure
//   --seed S    the seed (default: random, printed so a failure can be replayed)
//   --referee   also write every K-th case (default 50) as a vector and ask the Rust serde referee
//               (tests/serde-referee, built with `cargo build --offline`) whether it agrees
//   --scaling   time adversarial inputs at n and 8n: a ratio near 8 is linear, near 64 quadratic
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function parseArgs(argv) {
  const args = { cases: 1_000_000, seed: Math.floor(Math.random() * 2 ** 31), referee: false, every: 50, scaling: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${a} needs a non-negative integer`);
      return v;
    };
    if (a === "--cases") args.cases = num();
    else if (a === "--seed") args.seed = num();
    else if (a === "--every") args.every = Math.max(1, num());
    else if (a === "--referee") args.referee = true;
    else if (a === "--scaling") args.scaling = true;
    else throw new Error(`unknown option ${a} (see the comment at the top of scripts/fuzz.js)`);
  }
  return args;
}

async function loadHarness(work) {
  const entry = join(work, "entry.ts");
  writeFileSync(
    entry,
    ["fuzzCore", "crossCheck", "scaling"].map((m) => `export * from ${JSON.stringify(join(ROOT, `tests/robustness/${m}.ts`))};`).join("\n") +
      `\nexport { ROOT } from ${JSON.stringify(join(ROOT, "tests/helpers/paths.ts"))};\n`,
  );
  // Inside the repository, so the bundle's (external) npm packages resolve from node_modules.
  const out = join(work, "harness.mjs");
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    logLevel: "error",
    // The harness finds the repository from its own location (tests/helpers/paths.ts).
    define: { "import.meta.url": JSON.stringify(pathToFileURL(join(ROOT, "tests/robustness/harness.mjs")).href) },
  });
  const url = pathToFileURL(out).href;
  return { ...(await import(url)), bundleUrl: url };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const cache = join(ROOT, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, "claw-fuzz-"));
  let failed = false;
  try {
    const h = await loadHarness(work);
    const seeds = h.buildSeeds(ROOT, args.seed, 12);
    console.log(`seed ${args.seed}: ${seeds.length} seeds over ${new Set(seeds.map((s) => s.type)).size} types`);
    const stats = h.fuzz({ seeds, cases: args.cases, seed: args.seed, maxFailures: 50 });
    const rate = Math.round(stats.cases / (stats.ms / 1000));
    console.log(
      `fuzz: ${stats.cases} cases in ${(stats.ms / 1000).toFixed(1)} s (${rate}/s): ${stats.accepted} accepted, ${stats.rejected} rejected ` +
        `(${stats.mustReject} by construction), ${stats.failures.length} failures`,
    );
    for (const f of stats.failures)
      console.log(`FAIL ${f.type} [${f.mutators.join(" + ")}] from ${f.origin}: ${f.problem}\n     input: ${JSON.stringify(f.input)}`);
    failed ||= stats.failures.length > 0;

    if (args.referee) {
      const referee = join(ROOT, "tests/serde-referee/target/debug/referee");
      const report = h.crossCheck({ seeds, cases: args.cases, seed: args.seed, every: args.every, dir: join(work, "vectors"), referee });
      const { valid, noncanonical, invalid } = report.categories;
      console.log(
        `serde referee: ${report.checked} cases checked (the package accepted ${valid} as written and ${noncanonical} rewritten, rejected ${invalid}): ` +
          `${report.agree} agree, ${report.disagreements.length} disagree`,
      );
      for (const [reason, count] of Object.entries(report.documentedStricter)) console.log(`  stricter than serde, documented (${reason}): ${count}`);
      for (const d of report.disagreements.slice(0, 50)) console.log(`  ${d}`);
      failed ||= report.disagreements.length > 0;
    }

    if (args.scaling) {
      // Each size in a fresh process, so heap growth and JIT state from other cases do not skew the ratio.
      const measure = (index, n) => {
        const code = `const h = await import(${JSON.stringify(h.bundleUrl)}); console.log(h.measureOne(${index}, ${n}));`;
        const r = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", code], { encoding: "utf8" });
        if (r.status !== 0) throw new Error(`measuring ${h.SCALING_CASES[index].name} failed: ${r.stderr}`);
        return Number(r.stdout.trim());
      };
      console.log("scaling (CPU ms, best of 3, fresh process per size; ratio ≈ 8 is linear, ≈ 64 quadratic):");
      h.SCALING_CASES.forEach((c, i) => {
        const [small, large] = [measure(i, c.n), measure(i, 8 * c.n)];
        const ratio = large / Math.max(small, 0.01);
        console.log(
          `  ${c.name.padEnd(48)} n=${String(c.n).padStart(7)}  ${small.toFixed(1).padStart(8)} ms  8n ${large.toFixed(1).padStart(9)} ms  ×${ratio.toFixed(1)}`,
        );
        failed ||= ratio > 40 && large > 20; // quadratic is 64×; caches and V8 size thresholds add noise below that
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
