/** Binary search over sorted arrays (token and comment offsets, line starts), shared by the core. */

/** The first index in `[0, length)` for which the monotone `isAtOrPast` holds, else `length`. */
export function lowerBound(length: number, isAtOrPast: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAtOrPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The first index of the ascending `values` holding more than `value`, else `values.length`:
 * the line of an offset in a line-start table. Written out rather than through `lowerBound`,
 * since the predicate closure it would need is an allocation per call in the per-comment loop.
 */
export function firstAbove(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The first index at or after `from` of a range starting at or after `offset`, for a cursor
 * that moves forward through ranges in source order. It gallops (1, 2, 4… ranges ahead) and
 * then halves: a step costs the log of its length, so the cursor never walks every token.
 */
export function nextRangeAt(ranges: readonly { readonly range: readonly [number, number] }[], from: number, offset: number): number {
  let low = from;
  let step = 1;
  let high = from;
  while (high < ranges.length && ranges[high]!.range[0] < offset) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, ranges.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle]!.range[0] >= offset) high = middle;
    else low = middle + 1;
  }
  return low;
}
