import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';
import { readdirSync } from 'node:fs';
import { clientDir } from './built-site';

describe('security headers', () => {
  const stylesheet = `/_astro/${readdirSync(`${clientDir}/_astro`).find((file) => file.endsWith('.css'))}`;

  it.each(['/', '/handboek/', stylesheet, '/bestaat-niet/'])('are sent with %s, and no cookie is set', async (urlPath) => {
    const response = await fetch(`${baseUrl()}${urlPath}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});
