import { describe, expect, it } from 'vitest';
import { describeDurations, nearestRank } from './percentiles.ts';

describe('nearest-rank percentiles', () => {
  it('picks the value at rank ⌈P/100 × n⌉', () => {
    const sorted = [10, 20, 30, 40];
    expect(nearestRank(sorted, 50)).toBe(20); // rank 2: the lower middle value, not 25
    expect(nearestRank(sorted, 80)).toBe(40); // rank ⌈3.2⌉ = 4
    expect(nearestRank(sorted, 95)).toBe(40);
    expect(nearestRank([7], 50)).toBe(7);
    expect(nearestRank([], 50)).toBeUndefined();
  });

  it('describes 1…20 days against a norm of 15 days', () => {
    const values = Int32Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(describeDurations(values, 15)).toEqual({ n: 20, median: 10, p80: 16, p95: 19, max: 20, withinNorm: 15, shareWithinNorm: 0.75 });
  });

  it('returns nulls without values', () => {
    expect(describeDurations(new Int32Array(0), 10)).toMatchObject({ n: 0, median: null, shareWithinNorm: null });
  });
});
