import { closeSync, linkSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { PathError, readRegularFile } from "./noFollow.js";

const LOCK = ".claw-codegen-lock-";
/** A lock file still empty after this long was left by a process killed between creating and filling it. */
const EMPTY_GRACE_MS = 2000;
const POLL_MS = 20;

/** Another live process holds the lock for longer than we wait. */
export class LockTimeoutError extends Error {}

interface Holder {
  pid: number;
  host: string;
}

/** The lock file that serialises writers of the folder `target`: beside it, not inside. */
export function lockPath(target: string): string {
  return join(dirname(target), LOCK + basename(target));
}

/**
 * Run `critical` holding the exclusive lock of `target`: a lock file created with O_EXCL that names
 * our pid and host. Waits while a live process holds it; takes over a lock whose process is gone.
 */
export function withLock<T>(target: string, critical: () => T, timeoutMs = 60_000): T {
  const path = lockPath(target);
  const me = `${process.pid}\n${hostname()}\n`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (tryCreate(path, me)) break;
    const content = readOrEmpty(path);
    if (isStale(path, content)) {
      breakStale(path, content);
      continue;
    }
    if (Date.now() > deadline) throw timedOut(target, content, timeoutMs);
    sleep(POLL_MS);
  }
  try {
    return critical();
  } finally {
    // Only our own lock: a takeover race must not make us delete another writer's.
    if (readOrEmpty(path) === me) unlinkSync(path);
  }
}

/**
 * Wait until no live process holds the lock of `target`, without taking it (for readers: creates, renames and
 * deletes nothing). A stale lock counts as free. Throws LockTimeoutError after `timeoutMs`.
 */
export function waitUntilUnlocked(target: string, timeoutMs = 60_000): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const content = heldBy(target);
    if (content === undefined) return;
    if (Date.now() > deadline) throw timedOut(target, content, timeoutMs);
    sleep(POLL_MS);
  }
}

/** The content of the lock of `target` if a live process holds it (read-only), else undefined. */
export function heldBy(target: string): string | undefined {
  const path = lockPath(target);
  const content = readOrEmpty(path);
  if (content === "" && !exists(path)) return undefined;
  return isStale(path, content) ? undefined : content;
}

function timedOut(target: string, content: string, timeoutMs: number): LockTimeoutError {
  const holder = parse(content);
  return new LockTimeoutError(
    `${target} is being written by another claw-codegen (${holder ? `pid ${holder.pid} on ${holder.host}` : "unknown process"}) for over ${timeoutMs / 1000} s; ` +
      `if no such process is running, delete ${lockPath(target)}`,
  );
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The lock's content; "" if absent. A link or anything but a regular file there is refused (PathError), never followed. */
function readOrEmpty(path: string): string {
  try {
    return readRegularFile(path, false);
  } catch (e) {
    if (e instanceof PathError && e.code === "ENOENT") return "";
    throw e;
  }
}

function parse(content: string): Holder | undefined {
  const [pid, host] = content.split("\n");
  return pid && /^\d+$/.test(pid) && host ? { pid: Number(pid), host } : undefined;
}

function isStale(path: string, content: string): boolean {
  const holder = parse(content);
  if (holder) return holder.host === hostname() && !isAlive(holder.pid);
  try {
    return Date.now() - lstatSync(path).mtimeMs > EMPTY_GRACE_MS;
  } catch {
    return false; // gone meanwhile: just retry
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Remove a stale lock. Renaming is atomic, so of several waiters that saw the same stale lock only
 * one moves it away; if what it moved is a fresh lock (taken meanwhile by a live writer), it puts it back.
 */
function breakStale(path: string, staleContent: string): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  if (readOrEmpty(aside) !== staleContent) {
    try {
      linkSync(aside, path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  unlinkSync(aside);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
