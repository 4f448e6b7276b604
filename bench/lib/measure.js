// Interleaved timing: every round runs each contestant once (in a rotating order), so machine
// noise (other jobs, CPU frequency, GC) lands on all of them alike. A contestant's figure is the
// median over the measured rounds; its ratio is the median of its per-round ratios to the baseline
// (paired by round), which is steadier on a busy machine than a ratio of two medians.

/**
 * @typedef {{ name: string, run: () => unknown }} Contestant
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
 * Time `contestants` (the first is the baseline) over `warmup` unrecorded rounds, then `rounds`
 * recorded ones. A contestant's ratio is baseline time / its time: above 1 means faster.
 * @param {Contestant[]} contestants
 * @param {{ warmup?: number, rounds?: number }} [options]
 * @returns {Measured[]}
 */
export function measureInterleaved(contestants, { warmup = 3, rounds = 10 } = {}) {
  const times = contestants.map(() => /** @type {number[]} */ ([]));
  for (let round = 0; round < warmup + rounds; round++) {
    const roundTimes = new Array(contestants.length);
    for (let k = 0; k < contestants.length; k++) {
      const i = (round + k) % contestants.length;
      const start = performance.now();
      consume(contestants[i].run());
      roundTimes[i] = performance.now() - start;
    }
    if (round >= warmup) roundTimes.forEach((t, i) => times[i].push(t));
  }
  return contestants.map((c, i) => ({
    name: c.name,
    ms: stats(times[i]),
    ratio: stats(times[i].map((t, r) => times[0][r] / t)),
  }));
}
