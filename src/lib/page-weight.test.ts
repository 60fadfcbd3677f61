import { describe, expect, it } from 'vitest';
import { inlineScriptCount, linkedAssets, moduleClosure, pageType } from './page-weight';

describe('linkedAssets', () => {
  it('finds module scripts and stylesheets in any attribute order', () => {
    const html = '<link href="/_astro/a.css" rel="stylesheet"><link rel="stylesheet" href="/_astro/b.css"><script type="module" src="/_astro/s.js"></script><link rel="icon" href="/f.svg">';
    expect(linkedAssets(html)).toEqual({ scripts: ['/_astro/s.js'], stylesheets: ['/_astro/a.css', '/_astro/b.css'] });
  });
});

describe('linkedAssets with islands', () => {
  it('counts the component and renderer modules of an island once each', () => {
    const html = '<astro-island uid="1" component-url="/_astro/Filter.js" renderer-url="/_astro/client.svelte.js"></astro-island><astro-island component-url="/_astro/Other.js" renderer-url="/_astro/client.svelte.js"></astro-island>';
    expect(linkedAssets(html).scripts).toEqual(['/_astro/Filter.js', '/_astro/client.svelte.js', '/_astro/Other.js']);
  });
});

describe('moduleClosure', () => {
  it('follows static imports once and ignores dynamic imports', () => {
    const modules: Record<string, string> = {
      '/_astro/a.js': 'import{x}from"./shared.js";import"./b.js";const p=import("./lazy.js");',
      '/_astro/b.js': 'import"./shared.js";',
      '/_astro/shared.js': 'export const x=1;',
    };
    expect(moduleClosure(['/_astro/a.js'], (url) => modules[url]!)).toEqual(['/_astro/a.js', '/_astro/shared.js', '/_astro/b.js']);
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
    ['/zelfscans/klaar-voor-de-aanpak-van-wachttijden/', 'zelfscan'],
    ['/zelfscans/', 'overzicht-en-vaste-pagina'],
    ['/bronnen/hervormingsagenda-jeugd-2023-2028/', 'bron'],
  ])('classifies %s as %s', (urlPath, type) => {
    expect(pageType(urlPath)).toBe(type);
  });
});
