import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { tempDir } from "../helpers/paths.js";

/** One request of the conformance driver protocol: the message as text, or as base64 for bytes that are not UTF-8. */
export type DriverRequest = ({ type: string; text: string } | { type: string; base64: string } | { type: string; bincode: string }) & { extras?: boolean };
export type DriverAnswer =
  { ok: true; canonical: string; bincode?: string; rules?: { field: string; message: string }[] } | { ok: false; kind: string; error: string };

/** Whether a Go toolchain is on the PATH (the Go tests skip without one, except under CI=true, where they fail). */
export function hasGo(): boolean {
  return spawnSync("go", ["version"], { encoding: "utf8" }).status === 0;
}

/** Build a generated Go module's conformance driver (standard library only: offline), returning the binary's path. */
export function buildGoDriver(moduleDir: string): string {
  const out = join(tempDir("claw-go-"), "conformance");
  execFileSync("go", ["build", "-o", out, "./cmd/conformance"], {
    cwd: moduleDir,
    env: { ...process.env, GOFLAGS: "-mod=mod", GOPROXY: "off" },
    stdio: "pipe",
  });
  return out;
}

/** The request for a message's bytes: as text when they are UTF-8, else base64. */
export function request(type: string, bytes: Uint8Array): DriverRequest {
  try {
    return { type, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { type, base64: Buffer.from(bytes).toString("base64") };
  }
}

/** Run every request through the driver in one process; one answer per request, in order. */
export function runDriver(binary: string, requests: readonly DriverRequest[]): DriverAnswer[] {
  const input = requests.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const r = spawnSync(binary, [], { input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`driver exited ${r.status}: ${r.stderr}`);
  const lines = r.stdout.split("\n").filter((l) => l !== "");
  if (lines.length !== requests.length) throw new Error(`driver answered ${lines.length} lines for ${requests.length} requests`);
  return lines.map((l) => JSON.parse(l) as DriverAnswer);
}

export interface VectorCase {
  name: string;
  request: DriverRequest;
  /** The canonical text expected back, or the error kind expected. */
  expect: { canonical: string } | { kind: string };
}

/** What does not match: one line per failing case. */
export function disagreements(cases: readonly VectorCase[], answers: readonly DriverAnswer[]): string[] {
  const out: string[] = [];
  cases.forEach((c, i) => {
    const a = answers[i]!;
    if ("canonical" in c.expect) {
      if (!a.ok) out.push(`${c.name}: expected ok, got ${a.kind}: ${a.error}`);
      else if (a.canonical !== c.expect.canonical) out.push(`${c.name}: canonical ${JSON.stringify(a.canonical)} != ${JSON.stringify(c.expect.canonical)}`);
    } else if (a.ok) out.push(`${c.name}: expected ${c.expect.kind}, got ok ${JSON.stringify(a.canonical)}`);
    else if (a.kind !== c.expect.kind) out.push(`${c.name}: expected ${c.expect.kind}, got ${a.kind}: ${a.error}`);
  });
  return out;
}
