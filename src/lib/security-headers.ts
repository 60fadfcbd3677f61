/**
 * The portal's security policy in one place: Astro's CSP config uses the directives for every page (adding
 * hashes for its own inline island loader), and `scripts/serve.mjs` sends the full set of headers on every
 * other response (assets, API, 404).
 */
export const cspDirectives: `${'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'worker-src' | 'object-src' | 'base-uri' | 'form-action' | 'frame-ancestors'} ${string}`[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The policy for responses Astro does not give one of its own. */
export const defaultContentSecurityPolicy = [...cspDirectives, "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'"].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': defaultContentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // same-origin: forms on this site keep a real Origin header; other sites get no referrer.
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
