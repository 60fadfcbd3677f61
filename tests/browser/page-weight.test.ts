/**
 * The JavaScript budget: content pages ship no JavaScript at all; only the search page loads its small
 * search script (Pagefind itself loads when a search runs), and pages with an interactive island load that
 * island (listed in `interactivePages` with their budget). Also prints the weight per page type.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineScriptCount, measureHtml, type PageWeight } from '../../src/lib/page-weight';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { baseUrl } from './browser';
import { builtPages, clientDir, pageType } from './built-site';
import { onDemandPages } from './on-demand-pages';

const searchLoaderBudget = 3 * 1024;

/** Pages that may load an island, and the most JavaScript (gzip, with its static imports) each may load. */
const interactivePages: { pattern: RegExp; budget: number }[] = [
  // The self-scan island: Svelte runtime, the scan with its profile, sharing and comparison, and the scoring module.
  { pattern: /^\/zelfscans\/[^/]+\/$/, budget: 30 * 1024 },
  // The waiting-time monitor (its worker loads only when a file is chosen) and the bathtub model.
  { pattern: /^\/monitor\/$/, budget: 32 * 1024 },
  { pattern: /^\/monitor\/badkuipmodel\/$/, budget: 30 * 1024 },

  // Leefwereldtoets results (on demand): Svelte runtime, the results island with its charts.
  { pattern: /^\/leefwereldtoets\/resultaten\/$/, budget: 25 * 1024 },
  // Leefwereldtoets: the "Snel weg" quick exit on every screen, and the one-step-at-a-time questionnaire.
  { pattern: /^\/leefwereldtoets\//, budget: 3 * 1024 },
  // Solutions overview: Svelte runtime, lunr with the Dutch stemmer, the filter island (about 33 KB).
  { pattern: /^\/oplossingen\/$/, budget: 40 * 1024 },
  // "Deel een les" (on demand): Svelte runtime and the form enhancer.
  { pattern: /^\/leerexpeditie\/les-delen\/$/, budget: 25 * 1024 },
];
/** Every page: the built ones from their files, the on-demand ones as the server renders them. */
let measured: { urlPath: string; html: string; type: string; weight: PageWeight }[] = [];

beforeAll(async () => {
  const built = builtPages().map((page) => ({ urlPath: page.urlPath, html: readFileSync(page.file, 'utf8') }));
  const onDemand = await Promise.all(onDemandPages().map(async (urlPath) => ({ urlPath, html: await (await fetch(`${baseUrl()}${urlPath}`)).text() })));
  measured = [...built, ...onDemand].map((page) => ({ ...page, type: pageType(page.urlPath), weight: measureHtml(page.html, clientDir) }));
});

describe('page weight', () => {
  it('ships no JavaScript on any page except the search page and the interactive pages', () => {
    const withScripts = measured
      .filter((page) => page.type !== 'zoeken' && page.weight.js > 0 && !interactivePages.some(({ pattern }) => pattern.test(page.urlPath)))
      .map((page) => [page.urlPath, page.weight.scripts]);
    expect(withScripts).toEqual([]);
  });

  it('keeps every interactive page within its JavaScript budget', () => {
    const overBudget = measured.flatMap((page) => {
      const rule = interactivePages.find(({ pattern }) => pattern.test(page.urlPath));
      return rule && page.weight.js > rule.budget ? [[page.urlPath, page.weight.js, rule.budget]] : [];
    });
    expect(overBudget).toEqual([]);
  });

  it(`keeps the search page's own script under ${searchLoaderBudget} bytes gzipped`, () => {
    const search = measured.find((page) => page.type === 'zoeken')!;
    expect(search.weight.js).toBeGreaterThan(0);
    expect(search.weight.js).toBeLessThanOrEqual(searchLoaderBudget);
  });

  it('has no inline scripts on pages without islands (only Astro\'s hashed island loader may be inline)', () => {
    const withInline = measured
      .filter((page) => !page.html.includes('<astro-island') && inlineScriptCount(page.html) > 0)
      .map((page) => page.urlPath);
    expect(withInline).toEqual([]);
  });

  it('pruned only design tokens that no stylesheet reads', () => {
    const removed: string[] = JSON.parse(readFileSync(path.join(clientDir, '..', 'pruned-custom-properties.json'), 'utf8'));
    const assets = path.join(clientDir, '_astro');
    const css = readdirSync(assets).filter((file) => file.endsWith('.css')).map((file) => readFileSync(path.join(assets, file), 'utf8')).join('\n');
    const read = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!));
    expect(removed.length).toBeGreaterThan(100);
    expect(removed.filter((name) => read.has(name))).toEqual([]);
  });

  it('reports the bytes per page type', () => {
    const byType = new Map<string, PageWeight[]>();
    for (const page of measured) byType.set(page.type, [...(byType.get(page.type) ?? []), page.weight]);
    const rows = [...byType.entries()].map(([type, weights]) => ({
      type,
      pages: weights.length,
      'html (gzip, max)': Math.max(...weights.map((weight) => weight.html)),
      'css (gzip)': Math.max(...weights.map((weight) => weight.css)),
      'js (gzip)': Math.max(...weights.map((weight) => weight.js)),
    }));
    console.table(rows);
    expect(rows.length).toBeGreaterThanOrEqual(4);
  });
});
