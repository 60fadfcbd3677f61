/**
 * Moderator authentication: a bearer token (API) or a form field (moderation page) compared with
 * `MODERATION_TOKEN` in constant time. Both sides are hashed first, so the comparison takes the same time
 * whatever the length of the guess. The token is never logged or echoed in an error.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Tokens shorter than this are refused: a moderator token must not be guessable. */
export const minimumTokenLength = 16;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** True only when a token is configured (long enough) and `presented` equals it. */
export function isModeratorToken(presented: string | null | undefined, configured: string | undefined): boolean {
  if (!configured || configured.length < minimumTokenLength) return false;
  if (typeof presented !== 'string' || presented.length === 0) return false;
  return timingSafeEqual(digest(presented), digest(configured));
}

/** The token from an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/** Whether an API request carries the moderator token (read from the environment on every request). */
export function isModeratorRequest(request: Request, configured = process.env.MODERATION_TOKEN): boolean {
  return isModeratorToken(bearerToken(request.headers.get('authorization')), configured);
}
