/**
 * Percentiles by the nearest-rank method: the P-th percentile of n sorted values is the value at rank
 * ⌈P/100 × n⌉ (1-based). It is always a duration that really occurred (a whole number of days), and it is
 * the smallest value such that at least P% of the values are at or below it. For an even count the median is
 * therefore the lower of the two middle values (of 10, 20, 30, 40 it is 20), not their average.
 */
export function nearestRank(sorted: ArrayLike<number>, percentile: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
  return sorted[rank - 1];
}

export interface Distribution {
  n: number;
  median: number | null;
  p80: number | null;
  p95: number | null;
  max: number | null;
  /** How many values are at or below the norm, and which share of all values that is (0–1; null without values). */
  withinNorm: number;
  shareWithinNorm: number | null;
}

/** Summary of durations in days against a norm in days; `values` is sorted in place. */
export function describeDurations(values: Int32Array, norm: number): Distribution {
  values.sort();
  let withinNorm = 0;
  // sorted: count values ≤ norm by binary search
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= norm) low = middle + 1;
    else high = middle;
  }
  withinNorm = low;
  const pick = (percentile: number) => nearestRank(values, percentile) ?? null;
  return {
    n: values.length,
    median: pick(50),
    p80: pick(80),
    p95: pick(95),
    max: values.length > 0 ? values[values.length - 1]! : null,
    withinNorm,
    shareWithinNorm: values.length > 0 ? withinNorm / values.length : null,
  };
}
