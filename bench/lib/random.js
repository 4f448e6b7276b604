// A small seeded PRNG (mulberry32) and the draws the corpus generators need: same seed, same corpus.

export class Random {
  /** @param {number} seed */
  constructor(seed) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next() {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi], both included. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p) {
    return this.next() < p;
  }

  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * A key drawn with the given weights.
   * @template {string} K
   * @param {Readonly<Record<K, number>>} weights
   * @returns {K}
   */
  weighted(weights) {
    const entries = Object.entries(weights);
    let x = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** A random (version 4) UUID, lowercase and hyphenated, as the uuid crate writes it. */
  uuid() {
    let h = "";
    for (let i = 0; i < 32; i++) {
      let d = this.int(0, 15);
      if (i === 12) d = 4;
      if (i === 16) d = 8 + (d & 3);
      h += d.toString(16);
    }
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}
