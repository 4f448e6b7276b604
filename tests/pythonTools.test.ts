// The Python packages under the pinned Python tools (.ci/run installs them in a venv, see README "The Python
// port"): ruff format finds nothing to change, mypy --strict passes (and proves a consumer's match exhaustive,
// and objects when a case is missing), pytest + hypothesis pass, and the package installs into a fresh virtualenv,
// imports, and builds a wheel.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, ROOT, tempDir } from "./helpers/paths.js";
import { PY_TOOLS, PYTHON, pyTool } from "./helpers/python.js";

const PACKAGES = [join(GENERATED, "python"), ...["representations", "telemetry"].map((f) => join(ROOT, "tests/fixtures", f, "generated/python"))];
const env = { ...process.env, PYTHONDONTWRITEBYTECODE: "1" };

function tool(name: string): string {
  const path = pyTool(name);
  // Never skipped: CI installs the tools; a skip would hide a broken package.
  if (path === undefined) throw new Error(`${name} not found in ${PY_TOOLS}: run .ci/run's Python step (or set CLAW_PY_TOOLS to a venv's bin/)`);
  return path;
}

function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: options.env ?? env, cwd: options.cwd ?? ROOT, maxBuffer: 1 << 26 });
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

describe("the Python packages under the pinned Python tools", () => {
  it("ruff format --check finds nothing to change in the three generated packages", () => {
    const r = run(tool("ruff"), ["format", "--check", "--no-cache", ...PACKAGES]);
    expect(r.out).toMatch(/files? already formatted/);
    expect(r.status, r.out).toBe(0);
  });

  it("mypy --strict passes on the three packages and on a consumer whose match it proves exhaustive", () => {
    const cache = tempDir("claw-mypy-");
    for (const pkg of PACKAGES) {
      const r = run(tool("mypy"), ["--strict", "--cache-dir", cache, "."], { cwd: pkg });
      expect(r.out).toMatch(/^Success: no issues found/m);
    }
    const consumer = join(ROOT, "tests/python/typecheck_match.py");
    const ok = run(tool("mypy"), ["--strict", "--cache-dir", cache, consumer], { env: { ...env, MYPYPATH: PACKAGES[0]! } });
    expect(ok.out, ok.out).toMatch(/^Success: no issues found/m);
    // Without one case the match is not exhaustive: mypy says so at assert_never.
    const dir = tempDir("claw-mypy-");
    writeFileSync(join(dir, "missing_case.py"), readFileSync(consumer, "utf8").replace(/ {8}case NodeMessageWorkloadLogs\(lines=lines\):\n.*\n/, ""));
    const bad = run(tool("mypy"), ["--strict", "--cache-dir", cache, join(dir, "missing_case.py")], { env: { ...env, MYPYPATH: PACKAGES[0]! } });
    expect(bad.out).toMatch(/Argument 1 to "assert_never" has incompatible type "NodeMessageWorkloadLogs"/);
  }, 240_000);

  it("pytest (with hypothesis) passes tests/python against the three packages", () => {
    const r = run(tool("pytest"), ["-q", "-p", "no:cacheprovider", "tests/python"], {
      // Hypothesis keeps its files out of the repository.
      env: { ...env, PYTHONPATH: [...PACKAGES, join(ROOT, "tests/python")].join(":"), HYPOTHESIS_STORAGE_DIRECTORY: tempDir("claw-hypothesis-") },
    });
    expect(r.out, r.out).toMatch(/\d+ passed/);
    expect(r.status).toBe(0);
  }, 240_000);

  it("pip builds a wheel of generated/python, which installs into a fresh virtualenv and imports there", () => {
    const dir = tempDir("claw-pip-");
    // A copy: building writes build/ and *.egg-info beside the sources.
    cpSync(PACKAGES[0]!, join(dir, "src"), { recursive: true });
    // The tools' pinned setuptools builds it, offline (no isolated build environment to fetch).
    const wheel = run(tool("pip"), ["wheel", "-q", "--no-build-isolation", "--no-deps", "-w", join(dir, "wheels"), join(dir, "src")]);
    expect(wheel.status, wheel.out).toBe(0);
    expect(readdirSync(join(dir, "wheels"))).toEqual(["claw_proto-1.0.0-py3-none-any.whl"]);
    expect(run(PYTHON, ["-m", "venv", "--without-pip", join(dir, "venv")]).status).toBe(0);
    const python = join(dir, "venv/bin/python");
    const install = run(tool("pip"), ["--python", python, "install", "-q", "--no-deps", join(dir, "wheels/claw_proto-1.0.0-py3-none-any.whl")]);
    expect(install.status, install.out).toBe(0);
    const imported = run(python, ["-c", "import claw_proto; print(claw_proto.NodeId.new().version, claw_proto.__file__)"], { cwd: dir });
    expect(imported.out.trim()).toMatch(new RegExp(`^4 ${join(dir, "venv")}/lib/python3\\.\\d+/site-packages/claw_proto/__init__\\.py$`));
  }, 240_000);
});
