import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';
import { readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { builtPages, clientDir } from './built-site';

describe('security headers', () => {
  const stylesheet = `/_astro/${readdirSync(`${clientDir}/_astro`).find((file) => file.endsWith('.css'))}`;

  it.each(['/', '/handboek/', stylesheet, '/bestaat-niet/'])('are sent with %s, and no cookie is set', async (urlPath) => {
    const response = await fetch(`${baseUrl()}${urlPath}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('the Content-Security-Policy of every page', () => {
  it('allows each inline script on the page by its hash, and no unsafe-inline', async () => {
    const problems: string[] = [];
    for (const { urlPath } of builtPages()) {
      if (urlPath === '/404.html') continue;
      const response = await fetch(`${baseUrl()}${urlPath}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      const html = await response.text();
      if (csp.includes('unsafe-inline')) problems.push(`${urlPath}: unsafe-inline`);
      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=/.test(attributes!)) continue;
        const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
        if (!csp.includes(hash)) problems.push(`${urlPath}: inline script zonder hash in de CSP`);
      }
    }
    expect(problems).toEqual([]);
  });
});
