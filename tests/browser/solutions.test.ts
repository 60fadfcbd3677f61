/**
 * The solutions overview as readers use it: filtering by two facets and sharing the address, keyboard-only
 * filtering with the announced count, the complete list without JavaScript, the CSV download of a selection,
 * and the compare table (with and without JavaScript, and its Dutch 400 for unknown solutions).
 */
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SolutionsData } from '../../src/lib/solutions';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;
let data: SolutionsData;

beforeAll(async () => {
  browser = await launchBrowser();
  data = (await (await fetch(`${baseUrl()}/oplossingen/index.json`)).json()) as SolutionsData;
});

afterAll(async () => {
  await browser?.close();
});

/** Waits for what the island renders; generous, because hydration waits for the browser to be idle. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const status = (page: Page) => page.getByRole('status');
const filterGroup = (page: Page, name: string) => page.getByRole('group', { name });
const resultTitles = (page: Page) => page.locator('.solution-list').getByRole('heading').allTextContents();

/** Opens the overview with JavaScript and waits until the island has replaced the plain list. */
async function openOverview(path = '/oplossingen/') {
  const opened = await openPage(browser, { acceptDownloads: true });
  await opened.page.goto(`${baseUrl()}${path}`);
  await poll(() => status(opened.page).textContent()).toMatch(/oplossing/);
  return opened;
}

/** The flow stage and actor that together select some but not all solutions. */
function twoFacetChoice() {
  for (const flow of ['toegang', 'doorstroom', 'aanbod-capaciteit', 'data-sturing']) {
    for (const actor of ['gemeente', 'aanbieder', 'regio']) {
      const count = data.solutions.filter((solution) => solution.flow.includes(flow) && solution.actors.includes(actor)).length;
      if (count > 0 && count < data.solutions.length) return { flow, actor, count };
    }
  }
  throw new Error('Geen combinatie van twee kenmerken die een deel van de oplossingen kiest.');
}

const flowLabels: Record<string, string> = { toegang: 'Toegang', doorstroom: 'Doorstroom', 'aanbod-capaciteit': 'Aanbod en capaciteit', 'data-sturing': 'Data en sturing' };
const actorLabels: Record<string, string> = { gemeente: 'Gemeente', aanbieder: 'Aanbieder', regio: 'Regio' };

describe('filtering the solutions overview', () => {
  it('filters by two facets, keeps them in the address, and shows the same selection after a reload and in a new window', async () => {
    const { flow, actor, count } = twoFacetChoice();
    const { page, problems } = await openOverview();
    await expect(status(page).textContent()).resolves.toBe(`${data.solutions.length} oplossingen (alle).`);

    await filterGroup(page, 'Plek in de keten').getByRole('checkbox', { name: new RegExp(`^${flowLabels[flow]} \\(`) }).check();
    await filterGroup(page, 'Wie zet de stap').getByRole('checkbox', { name: new RegExp(`^${actorLabels[actor]} \\(`) }).check();
    await poll(() => status(page).textContent()).toBe(`${count === 1 ? '1 oplossing' : `${count} oplossingen`} van de ${data.solutions.length}.`);
    const titles = await resultTitles(page);
    expect(titles).toHaveLength(count);

    const shared = page.url();
    expect(new URL(shared).searchParams.getAll('flow')).toEqual([flow]);
    expect(new URL(shared).searchParams.getAll('actors')).toEqual([actor]);

    await page.reload();
    await poll(() => resultTitles(page)).toEqual(titles);
    await expect(filterGroup(page, 'Plek in de keten').getByRole('checkbox', { name: new RegExp(`^${flowLabels[flow]} \\(`) }).isChecked()).resolves.toBe(true);

    const { page: other } = await openOverview(new URL(shared).pathname + new URL(shared).search);
    await poll(() => resultTitles(other)).toEqual(titles);

    // Back undoes the last tick; clear-all shows everything again.
    await page.goBack();
    await poll(() => new URL(page.url()).searchParams.getAll('actors')).toEqual([]);
    await poll(async () => (await resultTitles(page)).length).toBeGreaterThanOrEqual(count);
    await page.getByRole('button', { name: 'Wis alle filters' }).click();
    await poll(() => status(page).textContent()).toBe(`${data.solutions.length} oplossingen (alle).`);
    expect(new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
  });

  it('is usable by keyboard alone: Tab to a facet, Space ticks it, and the announced count changes', async () => {
    const { page } = await openOverview();
    const before = await status(page).textContent();
    await page.getByRole('searchbox', { name: 'Zoek in de oplossingen' }).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ type: (document.activeElement as HTMLInputElement).type, legend: document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent }));
    expect(focused).toEqual({ type: 'checkbox', legend: 'Plek in de keten' });
    await page.keyboard.press('Space');
    await poll(() => status(page).textContent()).not.toBe(before);
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).resolves.toBe(true);
  });

  it('finds solutions with Dutch word forms: "wachtlijsten" finds the pages about the "wachtlijst"', async () => {
    const { page } = await openOverview();
    await page.getByRole('searchbox', { name: 'Zoek in de oplossingen' }).fill('wachtlijsten');
    await poll(() => status(page).textContent()).toMatch(/^\d+ oplossingen? van de \d+ voor "wachtlijsten"\.$/);
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('wachtlijsten');
  });
});

describe('the solutions overview without JavaScript', () => {
  it('lists every solution, grouped by place in the chain, each linked to its page', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/oplossingen/`);
    const links = await page.locator('.solution-list').getByRole('heading').getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.sort()).toEqual(data.solutions.map((solution) => solution.url).sort());
    await expect(page.getByRole('heading', { level: 3, name: /^Toegang \(\d+\)$/ }).count()).resolves.toBe(1);
  });

  it('compares two solutions through the plain form', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/oplossingen/`);
    const [first, second] = data.solutions;
    await page.getByRole('checkbox', { name: `Vergelijk ${first!.title}` }).check();
    await page.getByRole('checkbox', { name: `Vergelijk ${second!.title}` }).check();
    await page.getByRole('button', { name: 'Vergelijk gekozen oplossingen' }).click();
    expect(new URL(page.url()).pathname).toBe('/oplossingen/vergelijken/');
    const table = page.getByRole('table', { name: 'Kenmerken van de gekozen oplossingen naast elkaar' });
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers[0]).toBe('Kenmerk');
    expect(headers.slice(1).sort()).toEqual([first!.title, second!.title].sort());
    await expect(table.getByRole('rowheader', { name: 'Onderbouwing' }).count()).resolves.toBe(1);
  });
});

describe('CSV export and compare with JavaScript', () => {
  it('downloads the current selection as a CSV file for Dutch Excel', async () => {
    const { flow, actor, count } = twoFacetChoice();
    const { page } = await openOverview(`/oplossingen/?flow=${flow}&actors=${actor}`);
    const titles = await resultTitles(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download deze selectie als CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('oplossingen-selectie.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFTitel;URL;Plek in de keten;Wie zet de stap;Niveau;Soort;Onderbouwing;Bronnen\r\n')).toBe(true);
    const rows = csv.trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(count);
    for (const title of titles) expect(csv).toContain(title);
  });

  it('compares three solutions chosen in the island, in a table with headers, which passes axe', async () => {
    const { page } = await openOverview();
    const chosen = data.solutions.slice(0, 3);
    for (const solution of chosen) await page.getByRole('checkbox', { name: `Vergelijk ${solution.title}` }).check();
    await page.getByRole('button', { name: /^Vergelijk gekozen oplossingen/ }).click();
    await page.waitForURL(/\/oplossingen\/vergelijken\/\?id=/);
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual(['Kenmerk', ...chosen.map((solution) => solution.title)]);
    await page.evaluate(axe.source);
    // @ts-expect-error axe is injected into the page above
    const results = (await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }))) as axe.AxeResults;
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('explains in Dutch when only one solution is chosen, without leaving the page', async () => {
    const { page } = await openOverview();
    await page.getByRole('checkbox', { name: `Vergelijk ${data.solutions[0]!.title}` }).check();
    await page.getByRole('button', { name: /^Vergelijk gekozen oplossingen/ }).click();
    await poll(() => page.getByRole('alert').textContent()).toBe('Kies 2 of 3 oplossingen om te vergelijken; je koos er 1.');
    expect(new URL(page.url()).pathname).toBe('/oplossingen/');
  });
});

describe('the compare route', () => {
  it.each([
    ['an unknown solution', '?id=bestaat-niet&id=ook-niet', /Deze oplossingen bestaan niet: "bestaat-niet", "ook-niet"\./],
    ['a single solution', () => `?id=${data.solutions[0]!.id}`, /Kies 2 of 3 oplossingen om te vergelijken; je koos er 1\./],
    ['no solution', '', /je koos er 0\./],
  ])('answers 400 with a Dutch explanation for %s', async (_name, query, message) => {
    const { page } = await openPage(browser);
    const response = await page.goto(`${baseUrl()}/oplossingen/vergelijken/${typeof query === 'function' ? query() : query}`);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('main').textContent()).resolves.toMatch(message);
    await expect(page.getByRole('link', { name: 'Terug naar het oplossingenoverzicht' }).count()).resolves.toBe(1);
  });
});
