// The CLI never follows a link it did not make (issue #13): `check` is read-only, links in the output
// folder are refused (exit 2, one line naming the path), and paths that are not what they must be
// (`-o` a file, `-s` a folder, FIFO, device, link loop or /proc link) are exit 2 with one line, never a
// crash (exit 3) or a hang. Runs the built CLI (dist/) as a child process, as users do.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, tempDir } from "./helpers/paths.js";

const BASE_SCHEMA = join(ROOT, "tests/fixtures/bad-schemas/base.schema.json");
const SECRET = "TOP-SECRET-not-for-ci-logs";
const TIMEOUT_MS = 20_000;

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI; a run that does not end within TIMEOUT_MS (a hang) is killed and has status -1. */
function run(args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: TIMEOUT_MS });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const cmd = (command: "generate" | "check", out: string, schema = BASE_SCHEMA) => [command, "--target", "typescript", "--schema", schema, "--out", out];

/** Exit 2, and stderr is exactly one line, naming `path` if given. */
function expectRefused(r: Run, path?: string, reason?: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines, r.stderr).toHaveLength(1);
  if (path !== undefined) expect(lines[0]).toContain(path);
  if (reason !== undefined) expect(lines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

/** Everything under `dir`, links not followed: kinds, contents, link targets and every folder's mtime (so a create/delete that was undone shows too). */
function snapshot(dir: string): string {
  const lines: string[] = [];
  const walk = (path: string, rel: string) => {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) lines.push(`${rel} -> ${readlinkSync(path)}`);
    else if (st.isDirectory()) {
      lines.push(`${rel}/ ${st.ino} ${st.mtimeMs}`);
      for (const name of readdirSync(path).sort()) walk(join(path, name), `${rel}/${name}`);
    } else if (st.isFile()) lines.push(`${rel} ${st.ino} ${readFileSync(path, "utf8")}`);
    else lines.push(`${rel} (special)`);
  };
  walk(dir, "");
  return lines.join("\n");
}

let pristine: string;

/** A fresh copy of an up-to-date output folder: `<dir>/out/typescript`. */
function fresh(): { dir: string; out: string; target: string } {
  const dir = tempDir("claw-links-");
  const out = join(dir, "out");
  cpSync(pristine, out, { recursive: true });
  return { dir, out, target: join(out, "typescript") };
}

/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

beforeAll(() => {
  pristine = join(tempDir("claw-links-"), "out");
  const r = run(cmd("generate", pristine));
  expect(r.status, r.stderr).toBe(0);
}, 60_000);

describe("check is read-only", () => {
  it("a generate killed between its two renames: check exits 1 naming the leftovers and the fix, and changes nothing (no lock, no rename); generate then puts it right", () => {
    const { out, target } = fresh();
    const retired = join(out, `.claw-codegen-old-typescript-${deadPid()}-${Date.now().toString(36)}`);
    renameSync(target, retired);
    mkdirSync(join(out, ".claw-codegen-tmp-typescript-999999-abc"));
    writeFileSync(join(out, ".claw-codegen-tmp-typescript-999999-abc/README.md"), "partial");
    writeFileSync(join(out, ".claw-codegen-lock-typescript"), `${deadPid()}\n${hostname()}\n`); // the killed writer's lock
    const before = snapshot(out);
    const r = run(cmd("check", out));
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/killed while writing .*typescript.*\.claw-codegen-old-typescript-.*run `claw-codegen generate` \(check changes nothing\)/);
    expect(r.stdout).not.toMatch(/up to date/);
    expect(snapshot(out)).toBe(before);

    expect(run(cmd("generate", out)).status).toBe(0);
    expect(readdirSync(out)).toEqual(["typescript"]);
    expect(run(cmd("check", out)).status).toBe(0);
  }, 30_000);

  it("leftovers of a generate killed mid-write beside an intact folder: check exits 1 and leaves them", () => {
    const { out } = fresh();
    mkdirSync(join(out, ".claw-codegen-tmp-typescript-999999-abc"));
    const before = snapshot(out);
    const r = run(cmd("check", out));
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/left .*\.claw-codegen-tmp-typescript-999999-abc.*claw-codegen generate/);
    expect(snapshot(out)).toBe(before);
  }, 30_000);
});

describe("links in the output folder are refused, never followed", () => {
  it("a file in <out>/<target> that links outside: check and generate exit 2 naming it, never printing or touching its target; generate --force replaces the folder, removing the link, not what it points to", () => {
    const { dir, out, target } = fresh();
    writeFileSync(join(dir, "secret.txt"), `${SECRET}\n`);
    const link = join(target, "src", readdirSync(join(target, "src")).sort()[0]!);
    rmSync(link);
    symlinkSync(join(dir, "secret.txt"), link);
    const before = snapshot(dir);
    const r = run(cmd("check", out));
    expectRefused(r, link, /symbolic link/);
    expect(r.stderr + r.stdout).not.toContain(SECRET);
    expect(snapshot(dir)).toBe(before);
    expectRefused(run(cmd("generate", out)), link, /symbolic link/);
    expect(snapshot(dir)).toBe(before);

    expect(run([...cmd("generate", out), "--force"]).status).toBe(0);
    expect(lstatSync(link).isFile()).toBe(true);
    expect(readFileSync(join(dir, "secret.txt"), "utf8")).toBe(`${SECRET}\n`);
    expect(run(cmd("check", out)).status).toBe(0);
  }, 30_000);

  it("a folder in <out>/<target> that is a link: check and generate exit 2 naming it; generate --force removes the link, not the folder behind it", () => {
    const { dir, out, target } = fresh();
    renameSync(join(target, "src"), join(dir, "elsewhere"));
    symlinkSync(join(dir, "elsewhere"), join(target, "src"));
    const before = snapshot(dir);
    expectRefused(run(cmd("check", out)), join(target, "src"), /symbolic link/);
    expect(snapshot(dir)).toBe(before);

    expectRefused(run(cmd("generate", out)), join(target, "src"), /symbolic link/);
    const behind = snapshot(join(dir, "elsewhere"));
    expect(run([...cmd("generate", out), "--force"]).status).toBe(0);
    expect(lstatSync(join(target, "src")).isDirectory()).toBe(true);
    expect(snapshot(join(dir, "elsewhere"))).toBe(behind);
  }, 30_000);

  it("<out>/<target> itself a link to an up-to-date folder: check and generate exit 2 naming it; the link and its folder stay", () => {
    const { dir, out, target } = fresh();
    renameSync(target, join(dir, "real-typescript"));
    symlinkSync(join(dir, "real-typescript"), target);
    const before = snapshot(dir);
    for (const command of ["check", "generate"] as const) {
      expectRefused(run(cmd(command, out)), target, /symbolic link/);
      expect(snapshot(dir)).toBe(before);
    }
  }, 30_000);

  it("<out>/<target> a link loop: exit 2 with one line, not 3", () => {
    const { out, target } = fresh();
    rmSync(target, { recursive: true });
    symlinkSync(target, target);
    for (const command of ["check", "generate"] as const) expectRefused(run(cmd(command, out)), target);
  }, 30_000);

  it("a link to /proc/self/fd/0 in <out>/<target>: check exits 2 naming it", () => {
    const { out, target } = fresh();
    symlinkSync("/proc/self/fd/0", join(target, "stdin"));
    expectRefused(run(cmd("check", out)), join(target, "stdin"), /symbolic link/);
  }, 30_000);

  it("a FIFO in <out>/<target>: check exits 2 naming it instead of hanging on it", () => {
    const { out, target } = fresh();
    const fifo = join(target, "fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expectRefused(run(cmd("check", out)), fifo, /FIFO/);
  }, 30_000);

  it("the lock file beside <out>/<target> a link: generate and check exit 2 naming it, and leave it", () => {
    const { dir, out } = fresh();
    const elsewhere = join(dir, "elsewhere.txt");
    writeFileSync(elsewhere, "not a lock");
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(elsewhere, old, old); // would look like a stale lock, were it followed
    const lock = join(out, ".claw-codegen-lock-typescript");
    symlinkSync(elsewhere, lock);
    const before = snapshot(dir);
    for (const command of ["generate", "check"] as const) {
      expectRefused(run(cmd(command, out)), lock, /symbolic link/);
      expect(snapshot(dir)).toBe(before);
    }
  }, 30_000);

  it("a 'leftover' beside <out>/<target> that is a link: generate and check exit 2 naming it; neither it nor its folder is deleted", () => {
    const { dir, out } = fresh();
    mkdirSync(join(dir, "precious"));
    writeFileSync(join(dir, "precious/keep.txt"), "keep");
    const link = join(out, ".claw-codegen-old-typescript-1-abc");
    symlinkSync(join(dir, "precious"), link);
    const before = snapshot(dir);
    for (const command of ["generate", "check"] as const) {
      expectRefused(run(cmd(command, out)), link, /symbolic link/);
      expect(snapshot(dir)).toBe(before);
    }
  }, 30_000);

  it("<out> itself may be a link (the user named it): generate and check go through it", () => {
    const dir = tempDir("claw-links-");
    mkdirSync(join(dir, "real"));
    symlinkSync(join(dir, "real"), join(dir, "out"));
    expect(run(cmd("generate", join(dir, "out"))).status).toBe(0);
    expect(lstatSync(join(dir, "out")).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(dir, "real"))).toEqual(["typescript"]);
    expect(run(cmd("check", join(dir, "out"))).status).toBe(0);
  }, 30_000);
});

describe("paths that are not what they must be: exit 2 with one line", () => {
  it.each(["generate", "check"] as const)("%s -o naming a file, or a path through one", (command) => {
    const dir = tempDir("claw-links-");
    const file = join(dir, "afile");
    writeFileSync(file, "x");
    expectRefused(run(cmd(command, file)), file, /not a folder/);
    expectRefused(run(cmd(command, join(file, "sub"))), join(file, "sub"), /not a folder/);
    expect(readFileSync(file, "utf8")).toBe("x");
  });

  const schemas: [string, () => string, RegExp][] = [
    ["a folder (-s .)", () => ".", /cannot read schema: it is a folder/],
    [
      "a FIFO",
      () => {
        const fifo = join(tempDir("claw-links-"), "schema.fifo");
        expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
        return fifo;
      },
      /cannot read schema: it is a FIFO/,
    ],
    ["a device (/dev/null)", () => "/dev/null", /cannot read schema: it is a character device/],
    [
      "a symbolic link loop",
      () => {
        const dir = tempDir("claw-links-");
        symlinkSync(join(dir, "b.json"), join(dir, "a.json"));
        symlinkSync(join(dir, "a.json"), join(dir, "b.json"));
        return join(dir, "a.json");
      },
      /cannot read schema: a symbolic link loop/,
    ],
  ];
  it.each(schemas)("-s naming %s", (_what, make, reason) => {
    const schema = make();
    const out = join(tempDir("claw-links-"), "out");
    for (const command of ["generate", "check"] as const) expectRefused(run(cmd(command, out, schema)), schema, reason);
  });

  it("-s naming /proc/self/fd/0 when stdin is a pipe that stays open: exit 2, no hang", async () => {
    // bash gives the CLI a real pipe as stdin (Node's own stdio pipes are sockets), written by a `sleep` that
    // outlives the run; `exec` makes the CLI the spawned process, and its process group is killed afterwards.
    const args = cmd("check", join(tempDir("claw-links-"), "out"), "/proc/self/fd/0");
    const child = spawn("bash", ["-c", 'exec "$0" "$@" < <(exec sleep 60 2>/dev/null)', process.execPath, BIN, ...args], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    const status = await new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    clearTimeout(timer);
    try {
      process.kill(-child.pid!, "SIGKILL"); // the sleep
    } catch {
      // already gone
    }
    expectRefused({ status: status ?? -1, stdout: "", stderr }, "/proc/self/fd/0", /cannot read schema: it is a FIFO/);
  }, 30_000);
});
