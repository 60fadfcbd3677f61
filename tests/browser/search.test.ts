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

describe('site search with JavaScript', () => {
  it('finds a word that appears in one chapter only, from the header search box', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/handboek/`);
    await page.getByRole('search', { name: 'Zoek op dit portaal' }).getByRole('searchbox').fill('ombudsmannen');
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('1 resultaat voor "ombudsmannen".');
    const results = page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link');
    await expect(results.count()).resolves.toBe(1);
    await expect(results.first().getAttribute('href')).resolves.toBe('/handboek/wachttijden-begrijpen/');
    expect(problems).toEqual([]);
  });

  it('finds inflected Dutch forms (stemming): "wachtlijsten" finds pages about the "wachtlijst"', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/zoeken/?q=wachtlijsten`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ resultat?en? voor "wachtlijsten"\.$/);
    await expect(page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link').count()).resolves.toBeGreaterThan(0);
  });

  it('narrows results to a section and keeps the filter in the address', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/zoeken/?q=wachttijden`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/resultaten voor "wachttijden"\.$/);
    const allCount = await page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link').count();
    await page.getByRole('group', { name: 'Zoek alleen in onderdeel' }).getByRole('checkbox', { name: 'Bronnen' }).check();
    await expect.poll(() => status.textContent()).toMatch(/voor "wachttijden" in Bronnen\.$/);
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
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/voor "regio" in Handboek\.$/);
    await expect(page.getByLabel('Zoekterm').inputValue()).resolves.toBe('regio');
    await expect(page.getByRole('checkbox', { name: 'Handboek' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Bronnen' }).isChecked()).resolves.toBe(false);
  });
});
