// Interleaved timing. The work (a pass over the corpus) is cut into chunks of a few milliseconds;
// each round runs every chunk through every contestant in turn (rotating the order), so a burst of
// machine noise (other jobs, CPU frequency, GC) lands on all contestants alike instead of on one
// whole pass. A contestant's figure is its time per pass, median over the measured rounds; its
// ratio is the median of its per-round ratios to the baseline (paired by round).

/**
 * @typedef {{ name: string, run: (chunk: number) => unknown }} Contestant
 * @typedef {{ median: number, min: number, max: number, samples: number[] }} Stats
 * @typedef {{ name: string, ms: Stats, ratio: Stats }} Measured
 */

/** @param {number[]} xs */
export function stats(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], samples: xs };
}

/** Keeps results alive so the JIT cannot drop a contestant's work. */
let sink = 0;
function consume(value) {
  sink = (sink + (typeof value === "number" ? value : value === undefined || value === null ? 0 : 1)) | 0;
}
export function sinkValue() {
  return sink;
}

/**
 * A contestant that applies `each` to every item; chunk `c` of `chunks` is its c-th slice.
 * @template T
 * @param {string} name
 * @param {readonly T[]} items
 * @param {(item: T) => unknown} each
 * @param {number} chunks
 * @returns {Contestant}
 */
export function overItems(name, items, each, chunks) {
  const size = Math.ceil(items.length / chunks);
  return {
    name,
    run: (chunk) => {
      let n = 0;
      const end = Math.min(items.length, (chunk + 1) * size);
      for (let i = chunk * size; i < end; i++) if (each(items[i]) !== undefined) n++;
      return n;
    },
  };
}

/**
 * Time `contestants` (the first is the baseline) over `warmup` unrecorded rounds, then `rounds`
 * recorded ones, each round being every chunk through every contestant. A contestant's ratio is
 * baseline time / its time: above 1 means faster.
 * @param {Contestant[]} contestants
 * @param {{ warmup?: number, rounds?: number, chunks?: number }} [options]
 * @returns {Measured[]}
 */
export function measureInterleaved(contestants, { warmup = 3, rounds = 10, chunks = 1 } = {}) {
  const n = contestants.length;
  const times = contestants.map(() => /** @type {number[]} */ ([]));
  for (let round = 0; round < warmup + rounds; round++) {
    const roundTimes = new Array(n).fill(0);
    for (let chunk = 0; chunk < chunks; chunk++) {
      for (let k = 0; k < n; k++) {
        const i = (round + chunk + k) % n;
        const start = performance.now();
        consume(contestants[i].run(chunk));
        roundTimes[i] += performance.now() - start;
      }
    }
    if (round >= warmup) roundTimes.forEach((t, i) => times[i].push(t));
  }
  return contestants.map((c, i) => ({ name: c.name, ms: stats(times[i]), ratio: stats(times[i].map((t, r) => times[0][r] / t)) }));
}

/**
 * One function over items `{ type, input }`: `node(input)` for a NodeMessage, `gateway(input)` for a
 * GatewayMessage. Every contestant pays this same dispatch, the baseline included.
 * @param {(input: any) => unknown} node
 * @param {(input: any) => unknown} gateway
 * @returns {(item: { type: string, input: any }) => unknown}
 */
export function byType(node, gateway) {
  return (item) => (item.type === "NodeMessage" ? node(item.input) : gateway(item.input));
}
