// A client for the conformance driver protocol: one driver process, many request lines streamed
// through it, answers matched to requests by order.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import type { DriverCommand } from "./registry.js";

export type Request = { type: string; text: string } | { type: string; base64: string };
export type Answer = { ok: true; canonical: string } | { ok: false; kind: string; error: string };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * A message as a request: `text` when its bytes are UTF-8, else `base64` (the driver reads the raw bytes);
 * `asBytes` sends UTF-8 as base64 too (a port may read text and bytes by different paths).
 */
export function request(type: string, message: Uint8Array | string, asBytes = false): Request | undefined {
  if (typeof message === "string") {
    // A lone surrogate has no UTF-8 form: such a string is no message any port could receive.
    if (!message.isWellFormed()) return undefined;
    return asBytes ? { type, base64: Buffer.from(message, "utf8").toString("base64") } : { type, text: message };
  }
  if (asBytes) return { type, base64: Buffer.from(message).toString("base64") };
  try {
    return { type, text: strict.decode(message) };
  } catch {
    return { type, base64: Buffer.from(message).toString("base64") };
  }
}

/** The bytes a request carries. */
export function requestBytes(r: Request): Buffer {
  return "text" in r ? Buffer.from(r.text, "utf8") : Buffer.from(r.base64, "base64");
}

export class DriverClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private stderr = "";
  private exited: string | undefined;

  constructor(
    readonly name: string,
    command: DriverCommand,
  ) {
    this.child = spawn(command.command, command.args, { cwd: command.cwd, stdio: ["pipe", "pipe", "pipe"] });
    // A streaming decoder: a character split across two chunks stays whole.
    this.child.stdout.setEncoding("utf8");
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (s: string) => (this.stderr = (this.stderr + s).slice(-4000)));
    this.child.on("error", (e) => (this.exited = `could not start: ${e.message}`));
    this.child.on("exit", (code, signal) => (this.exited = `exited (${signal ?? code})`));
    this.child.stdin.on("error", () => {}); // reported through `exit`
  }

  /** Send every request; resolves with one answer each, in order. */
  ask(requests: readonly Request[]): Promise<Answer[]> {
    return new Promise((resolve, reject) => {
      const answers: Answer[] = [];
      let partial = "";
      const stdout = this.child.stdout;
      const fail = (why: string) => {
        stdout.off("data", onData);
        this.child.off("exit", onExit);
        reject(new Error(`driver ${this.name}: ${why} after ${answers.length} of ${requests.length} answers\n${this.stderr}`));
      };
      const onData = (chunk: string) => {
        const lines = (partial + chunk).split("\n");
        partial = lines.pop()!;
        for (const line of lines) {
          try {
            answers.push(parseAnswer(line));
          } catch (e) {
            return fail(`answered a line that is not an answer (${(e as Error).message}): ${line.slice(0, 200)}`);
          }
        }
        if (answers.length > requests.length) return fail("answered more lines than it was sent");
        if (answers.length === requests.length) {
          stdout.off("data", onData);
          this.child.off("exit", onExit);
          resolve(answers);
        }
      };
      const onExit = () => fail(this.exited ?? "exited");
      if (this.exited) return fail(this.exited);
      if (requests.length === 0) return resolve([]);
      stdout.on("data", onData);
      this.child.on("exit", onExit);
      this.child.stdin.write(requests.map((r) => JSON.stringify(r) + "\n").join(""));
    });
  }

  /** Close stdin and wait for the driver to exit. */
  close(): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.stdin.end();
    });
  }
}

function parseAnswer(line: string): Answer {
  const a = JSON.parse(line) as Record<string, unknown>;
  if (a["ok"] === true && typeof a["canonical"] === "string") return { ok: true, canonical: a["canonical"] };
  if (a["ok"] === false && typeof a["kind"] === "string" && typeof a["error"] === "string") return { ok: false, kind: a["kind"], error: a["error"] };
  throw new Error("neither {ok:true,canonical} nor {ok:false,kind,error}");
}
