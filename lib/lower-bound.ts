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
