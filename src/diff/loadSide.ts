import { execFileSync } from "node:child_process";
import { basename, dirname, isAbsolute, normalize } from "node:path";
import { checkSchema } from "../check/checkSchema.js";
import { InputError } from "../diagnostics.js";
import { loadSchemaFile, loadSchemaText } from "../load/loadSchema.js";
import type { LoadedSchema } from "../load/loadSchema.js";
import { buildModel } from "../model/buildModel.js";
import type { Side } from "./engine.js";

/** One side of a diff as written on the command line. */
export type SideSpec = { kind: "file"; path: string } | { kind: "git"; rev: string; path?: string };

/** `git:<rev>` or `git:<rev>:<path>` (the first colon after the revision separates the path); anything else is a file. */
export function parseSideSpec(arg: string): SideSpec {
  if (!arg.startsWith("git:")) return { kind: "file", path: arg };
  const rest = arg.slice("git:".length);
  const colon = rest.indexOf(":");
  const rev = colon < 0 ? rest : rest.slice(0, colon);
  const path = colon < 0 ? "" : rest.slice(colon + 1);
  if (rev === "") throw badInput(arg, "bad-revision", `"${arg}" names no revision (expected git:<rev> or git:<rev>:<path>)`);
  return path === "" ? { kind: "git", rev } : { kind: "git", rev, path };
}

/**
 * Read a side and run it through load → check → model, keeping the loaded document so findings
 * can name lines. `defaultPath` is the schema path a bare `git:<rev>` reads at that revision.
 */
export function loadSide(arg: string, defaultPath: string): Side {
  const spec = parseSideSpec(arg);
  let loaded: LoadedSchema;
  let file: string;
  if (spec.kind === "file") {
    loaded = loadSchemaFile(spec.path);
    file = spec.path;
  } else {
    file = spec.path ?? defaultPath;
    loaded = loadSchemaText(`${spec.rev}:${file}`, gitShow(spec.rev, file, arg));
  }
  return sideOf(arg, file, loaded);
}

/** check → model on a loaded document. Throws InputError when the schema is invalid. */
export function sideOf(label: string, file: string, loaded: LoadedSchema): Side {
  const model = buildModel(checkSchema(loaded));
  return { label, file, protocolVersion: model.protocolVersion, model, locate: loaded.locate, has: loaded.has };
}

/** The file's text at a revision. A path is relative to the working directory, as for a plain file. */
function gitShow(rev: string, path: string, arg: string): string {
  const cwd = isAbsolute(path) ? dirname(path) : process.cwd();
  const relative = isAbsolute(path) ? basename(path) : normalize(path);
  const git = (args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  try {
    git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
  } catch (e) {
    const why = firstLine(e) || `"${rev}" is not a commit in this repository`;
    throw badInput(arg, "bad-revision", `cannot read ${arg}: ${why}`);
  }
  try {
    return git(["show", `${rev}:./${relative}`]);
  } catch (e) {
    throw badInput(arg, "read-failed", `cannot read ${arg}: ${firstLine(e) || `no ${relative} at ${rev}`}`);
  }
}

function firstLine(e: unknown): string {
  const stderr = (e as { stderr?: string | Buffer }).stderr;
  return String(stderr ?? "")
    .split("\n")[0]!
    .replace(/^fatal: /, "")
    .trim();
}

function badInput(file: string, code: string, message: string): InputError {
  return new InputError([{ code, message, file, pointer: "", line: 0, column: 0 }]);
}
