/**
 * A small in-memory rate limiter (fixed window per key). The key is a salted hash of the client address,
 * kept in memory for one window only and never written anywhere, so no IP address is stored.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface RateLimiter {
  /** True when the request is allowed (and counted); false when the key used up its window. */
  take(clientAddress: string, now?: number): boolean;
}

export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }): RateLimiter {
  const salt = randomBytes(16);
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(clientAddress, now = Date.now()) {
      // Forget finished windows so memory stays bounded by the clients of one window.
      for (const [key, window] of windows) if (now - window.start >= windowMs) windows.delete(key);
      const key = createHash('sha256').update(salt).update(clientAddress).digest('base64');
      const window = windows.get(key) ?? { start: now, count: 0 };
      if (window.count >= limit) return false;
      window.count++;
      windows.set(key, window);
      return true;
    },
  };
}
