import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The Python that runs generated packages: $PYTHON, else python3. */
export const PYTHON = process.env.PYTHON ?? "python3";

/** The venv .ci/run makes with the pinned Python tools (ruff, mypy, pytest, hypothesis); override with $CLAW_PY_TOOLS. */
export const PY_TOOLS = process.env.CLAW_PY_TOOLS ?? join(process.env.HOME ?? "/root", ".cache/claw-codegen-py/bin");

export function pyTool(name: string): string | undefined {
  const p = join(PY_TOOLS, name);
  return existsSync(p) ? p : undefined;
}

export type DriverRequest = ({ type: string; text: string } | { type: string; base64: string }) & { bincode?: string; rules?: boolean };
export type DriverReply = { ok: true; canonical: string } | { ok: false; kind: string; error: string };

/** Run `python3 -m <module>.conformance` once over every request (one process), with `packageDir` on PYTHONPATH. */
export function runPythonDriver(packageDir: string, importName: string, requests: DriverRequest[]): DriverReply[] {
  const r = spawnSync(PYTHON, ["-m", `${importName}.conformance`], {
    input: requests.map((q) => JSON.stringify(q)).join("\n") + "\n",
    encoding: "utf8",
    env: { ...process.env, PYTHONPATH: packageDir, PYTHONDONTWRITEBYTECODE: "1" },
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`python driver exited ${r.status}: ${r.stderr}`);
  const lines = r.stdout.split("\n").filter((l) => l !== "");
  if (lines.length !== requests.length) throw new Error(`python driver answered ${lines.length} of ${requests.length}: ${r.stderr}`);
  return lines.map((l) => JSON.parse(l) as DriverReply);
}
