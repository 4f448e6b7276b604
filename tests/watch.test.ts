import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchAndRun } from "../src/cli/watch.js";
import { BIN, SCHEMA, tempDir } from "./helpers/paths.js";

/** Resolves when `check()` holds, re-testing each time `subscribe` reports progress. */
function until(subscribe: (notify: () => void) => void, check: () => boolean, what: string, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    const test = () => {
      if (check()) {
        clearTimeout(timer);
        resolve();
      }
    };
    subscribe(test);
    test();
  });
}

describe("watchAndRun", () => {
  it("runs once, then once per burst of changes to a watched file (even saved by rename) or anything under a watched folder", async () => {
    const dir = tempDir();
    const schema = join(dir, "schema.json");
    const templates = join(dir, "templates");
    mkdirSync(join(templates, "partials"), { recursive: true });
    writeFileSync(schema, "{}");
    const template = join(templates, "partials", "x.hbs");
    const log: string[] = [];
    let notify = () => {};
    const record = (entry: string) => (log.push(entry), notify());
    const abort = new AbortController();
    const done = watchAndRun({
      files: [schema],
      dirs: [templates],
      // Each run records what it saw, so an extra run (a burst not debounced) shows up as a stale entry.
      run: async () => {
        record(`run ${readFileSync(schema, "utf8")} ${existsSync(template) ? "x.hbs" : "-"}`);
        if (log.length === 3) throw new Error("a failing run");
      },
      onError: (e) => record(String(e)),
      onReady: () => record("ready"),
      debounceMs: 50,
      signal: abort.signal,
    });
    const settle = (n: number) =>
      until(
        (f) => (notify = f),
        () => log.length >= n,
        `${n} log entries`,
        5_000,
      );
    await settle(2);
    // An editor's atomic save: write a new file, rename it over the old one; then a burst of writes.
    writeFileSync(join(dir, "schema.json.tmp"), '{"a":1}');
    renameSync(join(dir, "schema.json.tmp"), schema);
    writeFileSync(schema, '{"a":2}');
    await settle(4);
    // A file beside the schema is not watched; one under the templates folder is. The failure did not stop the watch.
    writeFileSync(join(dir, "other.json"), "{}");
    writeFileSync(template, "x");
    await settle(5);
    abort.abort();
    await done;
    expect(log).toEqual(["run {} -", "ready", 'run {"a":2} -', "Error: a failing run", 'run {"a":2} x.hbs']);
  });
});

describe("claw-codegen generate --watch", () => {
  it("prints a schema error and keeps watching, regenerates when the schema is fixed, and exits 0 on SIGTERM", async () => {
    const dir = tempDir();
    const schema = join(dir, "schema.json");
    const good = readFileSync(SCHEMA, "utf8");
    const broken = good.replace('"x-rust-type": "u32"', '"x-rust-type": "u33"');
    writeFileSync(schema, broken);
    const child = spawn(process.execPath, [BIN, "generate", "--watch", "--schema", schema, "--out", join(dir, "out")], { cwd: dir });
    let stdout = "";
    let stderr = "";
    const listeners: (() => void)[] = [];
    child.stdout.on("data", (d: Buffer) => ((stdout += d), listeners.forEach((f) => f())));
    child.stderr.on("data", (d: Buffer) => ((stderr += d), listeners.forEach((f) => f())));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const output = (check: () => boolean, what: string) => until((f) => listeners.push(f), check, what);
    try {
      await output(() => stdout.includes("watching"), "the watch to start");
      expect(stderr).toMatch(/schema\.json:\d+:\d+: error: .*\[int-without-rust-type\]/);
      expect(existsSync(join(dir, "out"))).toBe(false);

      writeFileSync(schema, good);
      await output(() => /typescript: \d+ files in /.test(stdout), "regeneration");
      // Outside the repository (no config): named after the title, unscoped.
      expect(readFileSync(join(dir, "out/typescript/package.json"), "utf8")).toMatch(/"name": "claw-proto"/);

      const errorsBefore = stderr.length;
      writeFileSync(schema, broken);
      await output(() => stderr.length > errorsBefore, "the second error");
      expect(stderr.slice(errorsBefore)).toMatch(/^.*schema\.json:\d+:\d+: error: /);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 90_000);
});
