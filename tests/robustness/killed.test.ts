// A writer SIGKILLed at any moment leaves the output folder as the old or the new complete tree (or,
// for the two renames of the swap, the old tree beside it, which the next writer puts back and `check`
// reports without touching); concurrent writers take turns.
import type { ChildProcess } from "node:child_process";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockPath, withLock } from "../../src/write/lock.js";
import { readOutput } from "../../src/write/readTree.js";
import { recoverInterruptedSwap, writeTreeAtomic } from "../../src/write/writeTreeAtomic.js";
import { BIN, ROOT, cli, tempDir } from "../helpers/paths.js";
import { Rng } from "./rng.js";

const CHILD = join(ROOT, "tests/robustness/writeChild.mjs");
const BASE_SCHEMA = join(ROOT, "tests/fixtures/bad-schemas/base.schema.json");
/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

type Tree = Map<string, string>;

/** The folder as it is on disk. */
function rawTree(dir: string): Tree | undefined {
  if (!existsSync(dir)) return undefined;
  const out: Tree = new Map();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel === "" ? name : `${rel}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else out.set(path, readFileSync(join(dir, path), "utf8"));
    }
  };
  walk("");
  return out;
}

const same = (a: Tree | undefined, b: Tree) => a !== undefined && a.size === b.size && [...b].every(([k, v]) => a.get(k) === v);

/** What a killed writer left beside the target. */
const siblings = (target: string) => readdirSync(dirname(target)).filter((e) => e !== basename(target));

function syntheticTree(version: string, count: number, size: number): Tree {
  return new Map(Array.from({ length: count }, (_, i) => [`d${i % 17}/f${i}.txt`, `${version}:${i}:${"x".repeat(size)}\n`]));
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** Start a process, SIGKILL it after `delayMs` (if still running); resolves to its exit code (null if killed). */
async function killAfter(args: string[], delayMs: number): Promise<number | null> {
  const child = spawn(process.execPath, args, { stdio: "ignore" });
  const timer = setTimeout(() => child.kill("SIGKILL"), delayMs);
  const code = await exited(child);
  clearTimeout(timer);
  return code;
}

/** Start a process and SIGKILL it `delayMs` after `ready()` first holds (polled every 2 ms). */
async function killWhen(args: string[], ready: () => boolean, delayMs: number): Promise<number | null> {
  const child = spawn(process.execPath, args, { stdio: "ignore" });
  const poll = setInterval(() => {
    if (!ready()) return;
    clearInterval(poll);
    setTimeout(() => child.kill("SIGKILL"), delayMs);
  }, 2);
  const code = await exited(child);
  clearInterval(poll);
  return code;
}

async function timed(args: string[]): Promise<number> {
  const start = performance.now();
  expect(await killAfter(args, 600_000)).toBe(0);
  return performance.now() - start;
}

/**
 * The invariant after a kill: the target is the old or the new complete tree; or it is absent (killed
 * between the two renames) with the old tree beside it, and the next writer's first step puts it back.
 */
function expectOldOrNew(target: string, old: Tree, next: Tree): "old" | "new" | "restored" {
  const raw = rawTree(target);
  let outcome: "old" | "new" | "restored";
  if (same(raw, old)) outcome = "old";
  else if (same(raw, next)) outcome = "new";
  else {
    expect(raw, "the target is neither the old nor the new tree").toBeUndefined();
    const retired = siblings(target).filter((e) => e.startsWith(".claw-codegen-old-"));
    expect(retired.some((r) => same(rawTree(join(dirname(target), r)), old))).toBe(true);
    outcome = "restored";
  }
  withLock(target, () => recoverInterruptedSwap(target));
  const recovered = rawTree(target)!;
  expect(same(recovered, old) || same(recovered, next)).toBe(true);
  expect(siblings(target).filter((e) => !e.startsWith(".claw-codegen-lock-"))).toEqual([]);
  return outcome;
}

describe("writeTreeAtomic, SIGKILLed at seeded random moments", () => {
  it("20 kills: always the old or the new complete tree", { timeout: 120_000 }, async () => {
    const target = join(tempDir("claw-killed-"), "out", "typescript");
    const [count, size] = [400, 12_000];
    const trees = { a: syntheticTree("a", count, size), b: syntheticTree("b", count, size) };
    writeTreeAtomic(
      target,
      [...trees.a].map(([path, contents]) => ({ path, contents })),
    );
    // How long one uninterrupted write takes, from process start: the kills land all over it.
    const full = await timed([CHILD, target, "b", String(count), String(size)]);
    let current: "a" | "b" = "b";
    const rng = new Rng(20_240_102);
    const outcomes: Record<string, number> = {};
    for (let i = 0; i < 20; i++) {
      const next = current === "a" ? "b" : "a";
      await killAfter([CHILD, target, next, String(count), String(size)], rng.next() * full * 1.2);
      const midWrite = siblings(target).some((e) => e.startsWith(".claw-codegen-tmp-"));
      const outcome = expectOldOrNew(target, trees[current], trees[next]) + (midWrite ? " (killed mid-write)" : "");
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      current = same(rawTree(target), trees.a) ? "a" : "b";
    }
    console.log(`writeTreeAtomic killed 20 times over a ${Math.round(full)} ms write: ${JSON.stringify(outcomes)}`);
  });

  it("killed between the two renames: a reader (as check) reports it and changes nothing; the next writer puts the old tree back", () => {
    for (const next of ["read", "write"] as const) {
      const target = join(tempDir("claw-swap-"), "typescript");
      writeTreeAtomic(target, [{ path: "a.txt", contents: "old" }]);
      // The state a kill between `rename(target, retired)` and `rename(staging, target)` leaves.
      const parent = dirname(target);
      renameSync(target, join(parent, `.claw-codegen-old-typescript-999999-${Date.now().toString(36)}`));
      mkdirSync(join(parent, ".claw-codegen-tmp-typescript-999999-abc"));
      writeFileSync(join(parent, ".claw-codegen-tmp-typescript-999999-abc/a.txt"), "new");
      writeFileSync(lockPath(target), `${deadPid()}\n${hostname()}\n`); // the killed writer's lock
      if (next === "read") {
        const before = readdirSync(parent);
        expect(readOutput(target)).toEqual({
          tree: new Map(),
          leftovers: before
            .filter((e) => !e.includes("lock"))
            .map((e) => join(parent, e))
            .sort(),
          absent: true,
        });
        expect(readdirSync(parent)).toEqual(before);
        expect(rawTree(target)).toBeUndefined();
      } else {
        writeTreeAtomic(target, [{ path: "b.txt", contents: "new" }]);
        expect(rawTree(target)).toEqual(new Map([["b.txt", "new"]]));
        expect(readdirSync(parent)).toEqual(["typescript"]);
      }
    }
  });

  it("a live writer's lock is waited for, then a clear error; a dead writer's lock is taken over", () => {
    const target = join(tempDir("claw-lock-"), "typescript");
    writeFileSync(lockPath(target), `${process.pid}\n${hostname()}\n`);
    expect(() => writeTreeAtomic(target, [{ path: "a.txt", contents: "x" }], { lockTimeoutMs: 100 })).toThrow(
      new RegExp(`being written by another claw-codegen \\(pid ${process.pid} on .*\\).*delete .*\\.claw-codegen-lock-typescript`),
    );
    expect(existsSync(target)).toBe(false);
    writeFileSync(lockPath(target), ""); // being created right now
    expect(() => writeTreeAtomic(target, [{ path: "a.txt", contents: "x" }], { lockTimeoutMs: 100 })).toThrow(/unknown process/);
    writeFileSync(lockPath(target), `${deadPid()}\n${hostname()}\n`);
    writeTreeAtomic(target, [{ path: "a.txt", contents: "x" }], { lockTimeoutMs: 100 });
    expect(rawTree(target)).toEqual(new Map([["a.txt", "x"]]));
    expect(existsSync(lockPath(target))).toBe(false);
  });
  it("a reader (as check) waits for a live writer's lock without taking it, and leaves a dead writer's lock alone", () => {
    const target = join(tempDir("claw-read-lock-"), "typescript");
    writeTreeAtomic(target, [{ path: "a.txt", contents: "x" }]);
    const live = `${process.pid}\n${hostname()}\n`;
    writeFileSync(lockPath(target), live);
    expect(() => readOutput(target, 100)).toThrow(new RegExp(`being written by another claw-codegen \\(pid ${process.pid} on `));
    expect(readFileSync(lockPath(target), "utf8")).toBe(live);
    const dead = `${deadPid()}\n${hostname()}\n`;
    writeFileSync(lockPath(target), dead);
    expect(readOutput(target, 100)).toEqual({ tree: new Map([["a.txt", "x"]]), leftovers: [], absent: false });
    expect(readFileSync(lockPath(target), "utf8")).toBe(dead);
  });
});

describe("claw-codegen generate, SIGKILLed and run concurrently", () => {
  it("killed at 4 seeded moments, then run twice at once, then checked after an interrupted swap", { timeout: 240_000 }, async () => {
    const dir = tempDir("claw-gen-killed-");
    const schemas = { a: BASE_SCHEMA, b: join(dir, "b.schema.json") };
    writeFileSync(schemas.b, readFileSync(BASE_SCHEMA, "utf8").replace('"description": "A message."', '"description": "A message, version b."'));
    const out = join(dir, "out");
    const target = join(out, "typescript");
    const generate = (v: "a" | "b", to = out) => [BIN, "generate", "--target", "typescript", "--schema", schemas[v], "--out", to];
    const [full] = await Promise.all([timed(generate("a")), timed(generate("b", join(dir, "b")))]);
    const trees = { a: rawTree(target)!, b: rawTree(join(dir, "b", "typescript"))! };
    expect(same(trees.a, trees.b)).toBe(false);

    let current: "a" | "b" = "a";
    const rng = new Rng(7);
    const outcomes: string[] = [];
    const writing = () => siblings(target).some((e) => e.startsWith(".claw-codegen-tmp-"));
    for (let i = 0; i < 4; i++) {
      const next = current === "a" ? "b" : "a";
      // Rendering takes most of a run and the write comes last: kill at a moment of the second half,
      // or a few milliseconds after the staging folder appears (the write itself is that short).
      if (i % 2 === 0) await killAfter(generate(next), full * (0.4 + 0.75 * rng.next()));
      else await killWhen(generate(next), writing, rng.next() * 15);
      outcomes.push(expectOldOrNew(target, trees[current], trees[next]));
      current = same(rawTree(target), trees.a) ? "a" : "b";
    }
    console.log(`generate killed 4 times over a ${Math.round(full)} ms run: ${outcomes.join(", ")}`);

    const both = await Promise.all([killAfter(generate("a"), 600_000), killAfter(generate("b"), 600_000)]);
    expect(both).toEqual([0, 0]);
    const final = rawTree(target);
    expect(same(final, trees.a) || same(final, trees.b)).toBe(true);
    expect(siblings(target)).toEqual([]);

    // `check` reports a swap a killed writer left half-done, and changes nothing; `generate` finishes it.
    const retired = join(out, `.claw-codegen-old-typescript-${deadPid()}-${Date.now().toString(36)}`);
    renameSync(target, retired);
    const finalArgs = ["--target", "typescript", "--schema", same(final, trees.a) ? schemas.a : schemas.b, "--out", out];
    const r = cli(["check", ...finalArgs]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/killed while writing .*run `claw-codegen generate`/);
    expect(readdirSync(out)).toEqual([basename(retired)]);
    expect(cli(["generate", ...finalArgs]).status).toBe(0);
    expect(rawTree(target)).toEqual(final);
    expect(siblings(target)).toEqual([]);
  });
});
