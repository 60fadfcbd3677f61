import { describe, expect, it } from 'vitest';
import { inlineScriptCount, linkedAssets, pageType } from './page-weight';

describe('linkedAssets', () => {
  it('finds module scripts and stylesheets in any attribute order', () => {
    const html = '<link href="/_astro/a.css" rel="stylesheet"><link rel="stylesheet" href="/_astro/b.css"><script type="module" src="/_astro/s.js"></script><link rel="icon" href="/f.svg">';
    expect(linkedAssets(html)).toEqual({ scripts: ['/_astro/s.js'], stylesheets: ['/_astro/a.css', '/_astro/b.css'] });
  });
});

describe('inlineScriptCount', () => {
  it('counts inline scripts but not external ones or JSON data', () => {
    const html = '<script>alert(1)</script><script src="/a.js"></script><script type="application/ld+json">{}</script><script type="module">x()</script>';
    expect(inlineScriptCount(html)).toBe(2);
  });
});

describe('pageType', () => {
  it.each([
    ['/', 'home'],
    ['/zoeken/', 'zoeken'],
    ['/handboek/data-en-inzicht/', 'handboek-hoofdstuk'],
    ['/handboek/', 'overzicht-en-vaste-pagina'],
    ['/bronnen/hervormingsagenda-jeugd-2023-2028/', 'bron'],
  ])('classifies %s as %s', (urlPath, type) => {
    expect(pageType(urlPath)).toBe(type);
  });
});
