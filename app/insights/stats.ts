/** The p-quantile (0–1) of ascending values by linear interpolation (Hyndman & Fan type 7, as spreadsheets do). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("quantile of no values");
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const lower = sorted[low] ?? 0;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? lower;
  return lower + (h - low) * (upper - lower);
}

/** Rounded to one decimal: enough for a 0–100 score, and it keeps exports stable. */
export function roundOne(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Median and quartiles, each rounded to one decimal. */
export function quartiles(values: readonly number[]): { q1: number; median: number; q3: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { q1: roundOne(quantile(sorted, 0.25)), median: roundOne(quantile(sorted, 0.5)), q3: roundOne(quantile(sorted, 0.75)) };
}

/** Sorted, merged inclusive ranges of whole numbers, e.g. [1,2,3,5] -> [[1,3],[5,5]]. */
export function toRanges(values: Iterable<number>): Array<[number, number]> {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const value of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && value === last[1] + 1) last[1] = value;
    else ranges.push([value, value]);
  }
  return ranges;
}

/** Whether a whole number lies in one of the ranges (binary search; ranges sorted and disjoint). */
export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, value: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (!range) return false;
    if (value < range[0]) high = middle - 1;
    else if (value > range[1]) low = middle + 1;
    else return true;
  }
  return false;
}
