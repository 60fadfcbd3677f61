/**
 * Per-client rate limiting, held in memory only: the client's address is a Map key for at most one window
 * and is never written anywhere. `LTW_RATE_LIMIT` submissions per `LTW_RATE_WINDOW_SECONDS` (default 20
 * per 60 s: one person needs one, a school class behind one address still fits).
 */
export class RateLimiter {
  private readonly hits = new Map<string, number>();
  private windowStart = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  static fromEnv(env: Record<string, string | undefined> = process.env): RateLimiter {
    const limit = Number(env.LTW_RATE_LIMIT);
    const seconds = Number(env.LTW_RATE_WINDOW_SECONDS);
    return new RateLimiter(Number.isInteger(limit) && limit > 0 ? limit : 20, (Number.isInteger(seconds) && seconds > 0 ? seconds : 60) * 1000);
  }

  /** Counts one attempt; false when the client is over its limit in the current window. */
  allow(client: string): boolean {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      // A fixed window: forgetting every address at once keeps memory bounded and nothing lingers.
      this.hits.clear();
      this.windowStart = now;
    }
    const count = (this.hits.get(client) ?? 0) + 1;
    this.hits.set(client, count);
    return count <= this.limit;
  }
}
