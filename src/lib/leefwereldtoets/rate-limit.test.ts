import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows the limit per client per window, then refuses, and forgets after the window', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1000, () => now);
    expect([limiter.allow('a'), limiter.allow('a'), limiter.allow('a'), limiter.allow('b')]).toEqual([true, true, false, true]);
    now = 1000;
    expect(limiter.allow('a')).toBe(true);
  });

  it('reads its limits from the environment', () => {
    const limiter = RateLimiter.fromEnv({ LTW_RATE_LIMIT: '5', LTW_RATE_WINDOW_SECONDS: '10' });
    expect([limiter.limit, limiter.windowMs]).toEqual([5, 10_000]);
  });
});
