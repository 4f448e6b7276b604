import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The Python that runs generated packages: $PYTHON, else python3. */
export const PYTHON = process.env.PYTHON ?? "python3";

/** The venv .ci/run makes with the pinned Python tools (ruff, mypy, pytest, hypothesis); override with $CLAW_PY_TOOLS. */
export const PY_TOOLS = process.env.CLAW_PY_TOOLS ?? join(process.env.HOME ?? "/root", ".cache/claw-codegen-py/bin");

export function pythonAvailable(): boolean {
  return spawnSync(PYTHON, ["-c", "import sys; assert sys.version_info >= (3, 9)"]).status === 0;
}

export function pyTool(name: string): string | undefined {
  const p = join(PY_TOOLS, name);
  return existsSync(p) ? p : undefined;
}

export type DriverRequest = ({ type: string; text: string } | { type: string; hex: string }) & { bincode?: string; rules?: boolean };
export type DriverReply = { ok: true; canonical: string } | { ok: false; kind: string; error: string };

/** A request for a file's bytes: as text when they are UTF-8, else as hex (the driver's extension for byte input). */
export function requestFor(type: string, bytes: Uint8Array): DriverRequest {
  try {
    return { type, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { type, hex: Buffer.from(bytes).toString("hex") };
  }
}

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

export interface VectorEntry {
  file: string;
  type: string;
  canonical?: string;
  kind?: string;
}

/** Every vector of an index (valid, noncanonical, invalid) checked against the driver's replies; the failures, as lines. */
export function vectorFailures(
  root: string,
  index: Record<string, VectorEntry[]>,
  reply: (requests: DriverRequest[]) => DriverReply[],
): { total: number; failures: string[] } {
  const cases: { group: string; entry: VectorEntry; bytes: Uint8Array }[] = [];
  for (const group of ["valid", "noncanonical", "invalid"])
    for (const entry of index[group] ?? []) cases.push({ group, entry, bytes: new Uint8Array(readFileSync(join(root, entry.file))) });
  const replies = reply(cases.map((c) => requestFor(c.entry.type, c.bytes)));
  const failures: string[] = [];
  cases.forEach(({ group, entry, bytes }, i) => {
    const r = replies[i]!;
    const expected = group === "valid" ? Buffer.from(bytes).toString("utf8") : entry.canonical;
    const good =
      group === "invalid"
        ? !r.ok && r.kind === entry.kind
        : r.ok && (group === "valid" ? Buffer.from(r.canonical, "utf8").equals(Buffer.from(bytes)) : r.canonical === expected);
    if (!good) failures.push(`${group} ${entry.file}: ${JSON.stringify(r).slice(0, 300)}`);
  });
  return { total: cases.length, failures };
}
