/**
 * The few statistics the rule benchmark needs, over lists of milliseconds or ratios.
 */

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] ?? 0 : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The value below which a share `q` of the values lie (nearest rank).
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** @param {number[]} values */
export const minimum = (values) => Math.min(...values);

/** @param {number[]} values */
export const sum = (values) => values.reduce((total, ms) => total + ms, 0);

/** Max minus min as a share of the median: how far the rounds disagree. */
export function spread(/** @type {number[]} */ values) {
  const middle = median(values);
  return middle === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / middle;
}
