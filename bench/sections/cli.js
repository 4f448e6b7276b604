// 5. the CLI, cold, as users and CI run it: wall time of a fresh `node bin/claw-codegen.js …`
// (median of runs) and its peak resident memory (GNU time's %M; "n/a" without /usr/bin/time).
// Bundled schema: --version, generate, check. Synthetic schemas of 100 and 1,000 types: generate,
// and diff (old → evolved schema) when the CLI has a `diff` command taking two schema files.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stats } from "../lib/measure.js";
import { evolveSchema, syntheticSchema } from "../synthetic-schema.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/claw-codegen.js");
const GNU_TIME = "/usr/bin/time";

/**
 * Run node once with `nodeArgs`: wall time (ms), peak RSS (bytes, or undefined), exit status, stderr.
 * @param {string[]} nodeArgs
 */
function runOnce(nodeArgs, scratch) {
  const rssFile = join(scratch, "rss");
  rmSync(rssFile, { force: true });
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ["-f", "%M", "-o", rssFile, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const start = performance.now();
  // The render cache lives in the scratch folder: the bench neither reads nor fills the user's.
  const env = { ...process.env, CLAW_CODEGEN_CACHE: join(scratch, "cache") };
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env });
  const wall = performance.now() - start;
  const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) : NaN;
  return { wall, rss: Number.isFinite(kb) ? kb * 1024 : undefined, status: r.status ?? -1, stderr: r.stderr ?? "" };
}

/**
 * Median wall time and peak memory of up to `runs` runs, fewer if they exceed `budget` ms (at least
 * one); a failing command is reported, not timed.
 */
function measureCommand(label, nodeArgs, { runs, budget = 30_000, goal, goalStartups, expectStatus = [0] }, scratch) {
  const command = nodeArgs[0] === BIN ? `claw-codegen ${nodeArgs.slice(1).join(" ")}` : `node ${nodeArgs.join(" ")}`;
  const base = { label, command, ...(goal ? { goal } : {}), ...(goalStartups ? { goalStartups } : {}) };
  const samples = [];
  for (let spent = 0; samples.length < runs && (samples.length === 0 || spent < budget);) {
    const r = runOnce(nodeArgs, scratch);
    spent += r.wall;
    if (!expectStatus.includes(r.status)) {
      const firstLine =
        r.stderr
          .trim()
          .split("\n")
          .find((l) => l.trim() !== "") ?? "";
      return { ...base, failed: `exit ${r.status}: ${firstLine.slice(0, 200)}` };
    }
    samples.push(r);
  }
  const rss = samples.map((s) => s.rss).filter((x) => x !== undefined);
  return { ...base, runs: samples.length, ms: stats(samples.map((s) => s.wall)), ...(rss.length ? { peakRss: Math.max(...rss) } : {}) };
}

/** The diff command's two positional arguments, if `diff --help` shows it has them. */
function diffUsage() {
  const r = spawnSync(process.execPath, [BIN, "diff", "--help"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) return { note: "`claw-codegen diff --help` fails: the CLI has no diff command yet; diff rows skipped" };
  const usage = (r.stdout.split("\n").find((l) => l.startsWith("Usage:")) ?? "").trim();
  const positional = usage.replace(/\[options\]/g, "").match(/<[^>]+>/g) ?? [];
  if (positional.length !== 2) return { note: `diff's usage is "${usage}", not two schema files; diff rows skipped` };
  return { usage };
}

/** @param {{ quick: boolean }} ctx */
export function runCli(ctx) {
  const scratch = mkdtempSync(join(tmpdir(), "claw-bench-cli-"));
  try {
    const runs = ctx.quick ? 3 : 5;
    const rows = [];
    const notes = [];
    const out = join(scratch, "out");
    rows.push(measureCommand("node -e 0 (start-up floor)", ["-e", "0"], { runs }, scratch));
    rows.push(measureCommand("--version", [BIN, "--version"], { runs, goal: 300 }, scratch));
    // The goal (#18): generate and check within 5× a bare node start-up, measured in the same run; each is timed with
    // the render cache warm (one untimed run fills it) and with --no-cache (every target rendered afresh).
    runOnce([BIN, "generate", "--out", out], scratch);
    rows.push(measureCommand("generate, bundled schema (cache warm)", [BIN, "generate", "--out", out], { runs, goalStartups: 5 }, scratch));
    rows.push(measureCommand("generate, bundled schema (--no-cache)", [BIN, "generate", "--no-cache", "--out", out], { runs, goalStartups: 5 }, scratch));
    runOnce([BIN, "check", "--out", out], scratch);
    rows.push(measureCommand("check, bundled schema (up to date, cache warm)", [BIN, "check", "--out", out], { runs, goalStartups: 5 }, scratch));
    rows.push(measureCommand("check, bundled schema (up to date, --no-cache)", [BIN, "check", "--no-cache", "--out", out], { runs, goalStartups: 5 }, scratch));
    const diff = diffUsage();
    if (diff.note) notes.push(diff.note);
    for (const types of ctx.quick ? [100] : [100, 1000]) {
      const before = join(scratch, `synthetic-${types}.json`);
      const after = join(scratch, `synthetic-${types}-next.json`);
      const schema = syntheticSchema({ types });
      writeFileSync(before, JSON.stringify(schema, null, 2));
      writeFileSync(after, JSON.stringify(evolveSchema(schema), null, 2));
      // The goal (#18) was set when the tool had two targets, TypeScript and Rust: that row carries it. The other runs
      // as this repository does, with its config's five targets.
      rows.push(
        measureCommand(
          `generate, synthetic ${types} types (typescript, rust)`,
          [BIN, "generate", "--no-cache", "--schema", before, "--out", join(scratch, `out-${types}`), "--target", "typescript", "rust"],
          { runs, goal: types === 1000 ? 5000 : undefined },
          scratch,
        ),
      );
      rows.push(
        measureCommand(
          `generate, synthetic ${types} types (the config's 5 targets)`,
          [BIN, "generate", "--no-cache", "--schema", before, "--out", join(scratch, `out-all-${types}`)],
          { runs },
          scratch,
        ),
      );
      if (!diff.note) {
        // diff exits non-zero when it finds breaking changes; that is a result, not a failure.
        rows.push(
          measureCommand(
            `diff, synthetic ${types} types`,
            [BIN, "diff", before, after],
            { runs, goal: types === 1000 ? 1000 : undefined, expectStatus: [0, 1] },
            scratch,
          ),
        );
      }
    }
    return { rows, notes };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
