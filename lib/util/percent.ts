/** Number formatting shared by rule messages and the report. */

/**
 * A percentage with at most one decimal; where that rounding would print the threshold
 * itself ("10% … the minimum is 10%"), two decimals show which side of it the figure is.
 */
export function formatPercent(percent: number, threshold?: number): string {
  const short = Number(percent.toFixed(1));
  if (threshold !== undefined && short === threshold && percent !== threshold) {
    return String(Number(percent.toFixed(2)));
  }
  return String(short);
}
