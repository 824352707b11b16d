// The seeded shuffle both the finding sample (score.js) and the function sample
// (draw-functions.js) are drawn with, so that every run draws the same items.

/**
 * mulberry32: a small seeded PRNG.
 * @param {number} state
 */
function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `items` in a random order fixed by `seed` (Fisher–Yates); the input must already be sorted stably.
 * @template T
 * @param {T[]} items
 * @param {number} seed
 */
export function shuffled(items, seed) {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [/** @type {T} */ (out[j]), /** @type {T} */ (out[i])];
  }
  return out;
}
