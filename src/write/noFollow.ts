import { oneLine } from "../render/escape.js";
// File-system access that follows no link the CLI did not make and never blocks on a FIFO or device.
import type { Stats } from "node:fs";
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, statSync } from "node:fs";

/** A path the CLI will not use (a symbolic link, a FIFO, a file where a folder belongs, …): bad input, exit 2. */
export class PathError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    /** The errno code behind it, if any (e.g. "ENOENT"). */
    readonly code?: string,
  ) {
    super(oneLine(`${path}: error: ${reason}`));
    this.name = "PathError";
  }
}

export const LINK_REFUSED = "is a symbolic link; claw-codegen does not read or write through links it did not make (remove the link)";

/** What a non-regular file is, in words: "a folder", "a FIFO", … */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "a regular file";
}

/** An I/O error of a path in words (one line, no stack), or undefined if it is not one the user can fix. */
export function fsReason(e: unknown): string | undefined {
  switch ((e as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "not found";
    case "ELOOP":
      return "a symbolic link loop (too many levels of links)";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "ENXIO":
      return "a socket or device without a reader, not a regular file";
    default:
      return undefined;
  }
}

/** lstat, or undefined when nothing is there. */
export function lstatIfAny(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw toPathError(path, e);
  }
}

/** Rethrow a file-system error the user can fix as a PathError naming `path`. */
export function toPathError(path: string, e: unknown): unknown {
  if (e instanceof PathError) return e;
  const reason = fsReason(e);
  return reason === undefined ? e : new PathError(path, reason, (e as NodeJS.ErrnoException).code);
}

/** Throws a PathError unless `path` (links followed when `follow`) is a regular file. */
export function requireRegularFile(path: string, follow: boolean): Stats {
  let stats: Stats;
  try {
    stats = follow ? statSync(path) : lstatSync(path);
  } catch (e) {
    throw toPathError(path, e);
  }
  if (!stats.isFile()) throw new PathError(path, stats.isSymbolicLink() ? LINK_REFUSED : `is ${kindOf(stats)}, not a regular file`);
  return stats;
}

const { O_RDONLY } = constants;
// Absent on Windows, where none of them is needed.
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOCTTY = constants.O_NOCTTY ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * The text of a regular file. Checked before opening (so a device is never opened), opened without blocking
 * (a FIFO swapped in meanwhile cannot hang us) and, unless `follow`, without following a link; checked again once open.
 */
export function readRegularFile(path: string, follow: boolean): string {
  const before = requireRegularFile(path, follow);
  let fd: number;
  try {
    fd = openSync(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | (follow ? 0 : O_NOFOLLOW));
  } catch (e) {
    throw toPathError(path, (e as NodeJS.ErrnoException).code === "ELOOP" && !follow ? new PathError(path, LINK_REFUSED) : e);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.ino !== before.ino || stats.dev !== before.dev) throw new PathError(path, "changed while being opened; try again");
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
