// `generate --watch`: run now, then again after every change to the watched files and folders.
import type { FSWatcher } from "node:fs";
import { watch } from "node:fs";
import { basename, dirname } from "node:path";

export interface WatchRequest {
  /** Files to watch. Their folder is watched, so editors that save by renaming a new file into place are seen. */
  files: readonly string[];
  /** Folders watched with everything under them. */
  dirs: readonly string[];
  run: () => Promise<void>;
  /** A failed run is reported here and watching goes on. */
  onError: (error: unknown) => void;
  /** Called once the first run is done and the watchers are in place. */
  onReady?: () => void;
  /** Changes closer together than this make one run (editors write in bursts). Default 100 ms. */
  debounceMs?: number;
  /** Resolves the returned promise when aborted; SIGINT and SIGTERM also stop the watch. */
  signal?: AbortSignal;
}

/** Run, then rerun on changes (never two runs at once) until stopped; resolves when stopped. */
export async function watchAndRun(request: WatchRequest): Promise<void> {
  const { run, onError, debounceMs = 100 } = request;
  let running: Promise<void> | undefined;
  let again = false;
  const runSafely = async () => {
    try {
      await run();
    } catch (e) {
      onError(e);
    }
  };
  const trigger = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await runSafely();
      } while (again);
      running = undefined;
    })();
  };

  await runSafely();
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(trigger, debounceMs);
  };
  const watchers: FSWatcher[] = [];
  for (const file of request.files) {
    const name = basename(file);
    watchers.push(watch(dirname(file), (_event, filename) => filename === name && changed()));
  }
  for (const dir of request.dirs) watchers.push(watch(dir, { recursive: true }, changed));
  // A watched folder that disappears is reported, not fatal.
  for (const w of watchers) w.on("error", onError);

  await new Promise<void>((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      request.signal?.removeEventListener("abort", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    request.signal?.addEventListener("abort", stop);
    if (request.signal?.aborted) stop();
    else request.onReady?.();
  });
  await running;
}
