import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { baseUrl, launchBrowser, openPage } from './browser';
import { builtPages } from './built-site';
import { onDemandPages } from './on-demand-pages';

/** The HTML of every page in the search index: the built pages and the region pages rendered on demand. */
async function indexedPages(): Promise<Map<string, string>> {
  const pages = new Map(builtPages().map((page) => [page.urlPath, readFileSync(page.file, 'utf8')]));
  for (const url of onDemandPages().filter((path) => path.startsWith('/leerexpeditie/regios/'))) {
    pages.set(url, await (await fetch(`${baseUrl()}${url}`)).text());
  }
  return pages;
}

/**
 * A word of the given page's body that no other indexed page contains, not even as the start of a longer
 * word (so Dutch stemming cannot match it elsewhere). Derived from the site itself, so new content can never
 * make the test wrong; undefined when the page has no such word.
 */
function wordOnOnePageOnly(pages: Map<string, string>, urlPath: string): string | undefined {
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').toLowerCase();
  const own = pages.get(urlPath)!;
  const body = own.slice(own.indexOf('content-page__body'), own.indexOf('sources-block'));
  const others = [...pages].filter(([url]) => url !== urlPath).map(([, html]) => text(html)).join(' ');
  const candidates = [...new Set(text(body).match(/\b[a-z]{8,}\b/g) ?? [])].sort();
  return candidates.find((candidate) => !others.includes(candidate.slice(0, 7)));
}

let browser: Browser;
/** Pagefind loads its WebAssembly and index on the first search of a page; on a busy 2-core machine that can take seconds. */
const searchWait = { timeout: 10_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('site search with JavaScript', () => {
  it('finds a word that appears on one page only, from the header search box', async () => {
    const urlPath = '/handboek/wachttijden-begrijpen/';
    const word = wordOnOnePageOnly(await indexedPages(), urlPath);
    if (!word) throw new Error(`Geen woord gevonden dat alleen op ${urlPath} staat.`);
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/handboek/`);
    await page.getByRole('search', { name: 'Zoek op dit portaal' }).getByRole('searchbox').fill(word);
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), searchWait).toBe(`1 resultaat voor "${word}".`);
    const results = page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link');
    await expect(results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toEqual([urlPath]);
    expect(problems).toEqual([]);
  });

  it('finds a region page of the learning expedition, although it is rendered on demand', async () => {
    const pages = await indexedPages();
    const urlPath = [...pages.keys()].find((url) => url.startsWith('/leerexpeditie/regios/') && wordOnOnePageOnly(pages, url));
    expect(urlPath, 'a region page with a word of its own').toBeDefined();
    const word = wordOnOnePageOnly(pages, urlPath!)!;
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/zoeken/?q=${word}`);
    await expect.poll(() => page.getByRole('status').textContent(), searchWait).toBe(`1 resultaat voor "${word}".`);
    const results = page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link');
    await expect(results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toEqual([urlPath]);
  });

  it('finds the chapter that explains "badkuip" among the results', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/zoeken/?q=badkuip`);
    await expect.poll(() => page.getByRole('status').textContent(), searchWait).toMatch(/^(1 resultaat|\d+ resultaten) voor "badkuip"\.$/);
    const results = page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link');
    await expect(results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toContain('/handboek/wachttijden-begrijpen/');
  });

  it('finds inflected Dutch forms (stemming): "wachtlijsten" finds pages about the "wachtlijst"', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/zoeken/?q=wachtlijsten`);
    await expect.poll(() => page.getByRole('status').textContent(), searchWait).toMatch(/^(1 resultaat|\d+ resultaten) voor "wachtlijsten"\.$/);
    await expect(page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link').count()).resolves.toBeGreaterThan(0);
  });

  it('narrows results to a section and keeps the filter in the address', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/zoeken/?q=wachttijden`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), searchWait).toMatch(/resultaten voor "wachttijden"\.$/);
    const allCount = await page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link').count();
    await page.getByRole('group', { name: 'Zoek alleen in onderdeel' }).getByRole('checkbox', { name: 'Bronnen' }).check();
    await expect.poll(() => status.textContent(), searchWait).toMatch(/voor "wachttijden" in Bronnen\.$/);
    const links = page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.length).toBeLessThan(allCount);
    expect(hrefs.every((href) => href?.startsWith('/bronnen/'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('onderdeel')).toEqual(['Bronnen']);
  });
});

describe('site search without JavaScript', () => {
  it('leads from the header search box to the overview of all content', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/privacy/`);
    await page.getByRole('search', { name: 'Zoek op dit portaal' }).getByRole('searchbox').fill('badkuip');
    await page.getByRole('search', { name: 'Zoek op dit portaal' }).getByRole('button', { name: 'Zoeken' }).click();
    expect(new URL(page.url()).pathname).toBe('/zoeken/');
    const overview = page.getByRole('region', { name: 'Alle inhoud per onderdeel' });
    await expect(overview.isVisible()).resolves.toBe(true);
    await expect(overview.getByRole('link', { name: 'Wachttijden begrijpen' }).count()).resolves.toBe(1);
    await expect(overview.getByRole('link', { name: 'Privacy' }).count()).resolves.toBe(1);
  });
});

describe('a shared search address', () => {
  it('restores the query and the section filter in the form after a reload', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/zoeken/?q=regio&onderdeel=Handboek`);
    await expect.poll(() => page.getByRole('status').textContent(), searchWait).toMatch(/voor "regio" in Handboek\.$/);
    await expect(page.getByLabel('Zoekterm').inputValue()).resolves.toBe('regio');
    await expect(page.getByRole('checkbox', { name: 'Handboek' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Bronnen' }).isChecked()).resolves.toBe(false);
  });
});
