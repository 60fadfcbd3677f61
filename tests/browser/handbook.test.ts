/**
 * The handbook as professionals use it: found by the words they type, and printed one chapter at a time
 * without the site's navigation, with every link target written out on paper.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('search finds handbook chapters by the words a professional types', () => {
  it.each(['wachtlijst', 'badkuip', 'zorgbemiddeling'])('"%s" returns at least one chapter', async (word) => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/zoeken/?q=${encodeURIComponent(word)}`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(new RegExp(`^\\d+ resulta(at|ten) voor "${word}"\\.$`));
    const hrefs = await page
      .getByRole('region', { name: 'Zoekresultaten' })
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((href) => /^\/handboek\/[a-z0-9-]+\/$/.test(href)).length).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
  });
});

describe('a printed chapter', () => {
  const chapter = '/handboek/middelen-en-afspraken/';

  it('leaves out the header, navigation and pager, and keeps the title, body and sources', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}${chapter}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('search', { name: 'Zoek op dit portaal' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Kruimelpad' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Op deze pagina' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Vorige en volgende hoofdstuk' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Middelen en afspraken' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'Bronnen van deze pagina' }).isVisible()).resolves.toBe(true);
  });

  it('writes out the target of every link in the text', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}${chapter}`);
    await page.emulateMedia({ media: 'print' });
    const link = page.getByRole('main').getByRole('link', { name: /^Niet doen/ }).first();
    const printed = await link.evaluate((anchor) => getComputedStyle(anchor, '::after').content);
    expect(printed).toContain('/niet-doen/');
  });

  it('shows the changes (folded away on screen) and the data table of the chart on paper', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}${chapter}`);
    const changeNote = page.getByText(/Eerste versie, geschreven op basis van de afspraken/);
    await expect(changeNote.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(changeNote.isVisible()).resolves.toBe(true);
    const table = page.getByRole('table', { name: /Verdeling van de incidentele middelen 2021/ });
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(table.getByRole('row', { name: /Wachttijden specialistische jeugdzorg 255/ }).isVisible()).resolves.toBe(true);
  });
});

describe('the chart on a chapter', () => {
  it('is an image with a name and a description that give the same numbers as its table', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/handboek/middelen-en-afspraken/`);
    const chart = page.getByRole('img', { name: /Verdeling van de incidentele middelen 2021/ });
    await expect(chart.isVisible()).resolves.toBe(true);
    const description = await chart.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    const cells = await page.getByRole('table', { name: /Verdeling van de incidentele middelen 2021/ }).locator('tbody td').allTextContents();
    expect(cells.length).toBe(7);
    for (const value of cells) expect(description).toContain(`${value} mln euro`);
  });
});
