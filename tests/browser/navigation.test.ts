import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
});

describe('the home page', () => {
  it.each([
    ['Ik werk in een regio', 'Handboek wachttijden aanpakken', 'Handboek wachttijden aanpakken'],
    ['Ik zoek wat werkt', 'Oplossingen', 'Oplossingen'],
    ['Vertel hoe het met je gaat', 'Naar de leefwereldtoets', 'Leefwereldtoets'],
  ])('routes "%s" to its section', async (group, linkText, heading) => {
    await page.goto(`${baseUrl()}/`);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: group }) });
    await card.getByRole('link', { name: linkText }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
  });
});

describe('the main navigation', () => {
  const sections = ['Handboek', 'Oplossingen', 'Niet doen', 'Kwaliteit', 'Zelfscans', 'Leefwereldtoets', 'Leerexpeditie', 'Bronnen'];

  it.each(sections)('reaches "%s" and marks it as the current section', async (section) => {
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: section, exact: true }).click();
    const current = page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('[aria-current="page"]');
    await expect(current.textContent()).resolves.toBe(section);
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
  });
});

describe('the handbook', () => {
  it('leads from one chapter to the next and back', async () => {
    await page.goto(`${baseUrl()}/handboek/`);
    const firstChapter = page.locator('.chapter-list__link').first();
    const firstTitle = await firstChapter.textContent();
    await firstChapter.click();
    const pager = page.getByRole('navigation', { name: 'Vorige en volgende hoofdstuk' });
    await pager.getByRole('link', { name: /Volgende/ }).click();
    await page.getByRole('navigation', { name: 'Vorige en volgende hoofdstuk' }).getByRole('link', { name: /Vorige/ }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(firstTitle);
  });

  it('shows a table of contents, the last update and the sources on a chapter', async () => {
    await page.goto(`${baseUrl()}/handboek/wachttijden-begrijpen/`);
    await expect(page.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.getByText(/Laatst bijgewerkt: \d+ \w+ \d{4}/).isVisible()).resolves.toBe(true);
    const sources = page.getByRole('region', { name: 'Bronnen van deze pagina' });
    await expect(sources.getByRole('link').count()).resolves.toBeGreaterThanOrEqual(1);
  });
});

describe('the sources section', () => {
  it('lists, on a source page, the portal pages that draw on it', async () => {
    await page.goto(`${baseUrl()}/bronnen/voortgangsrapportage-aanpak-wachttijden-2021/`);
    const citing = page.locator('.citing-list a');
    await expect(citing.count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(page.locator('.citing-list').getByRole('link', { name: 'Wachttijden begrijpen' }).count()).resolves.toBe(1);
  });
});

describe('an unknown address', () => {
  it('answers 404 with a page that offers search and the sections', async () => {
    const response = await page.goto(`${baseUrl()}/bestaat/niet/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Pagina niet gevonden');
    await expect(page.getByRole('search', { name: 'Zoek op dit portaal vanaf deze pagina' }).isVisible()).resolves.toBe(true);
  });
});
