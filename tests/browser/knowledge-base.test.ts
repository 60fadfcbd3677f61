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

describe('the niet-doen overview', () => {
  it('groups the entries under one heading per list and leads to each entry', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/niet-doen/`);
    const lists = ['Valkuilen bij het kijken naar wachttijden', 'Valkuilen bij het aanpakken van wachttijden', 'Wat niet werkt in het stelsel'];
    for (const name of lists) {
      const group = page.getByRole('region', { name });
      await expect(group.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(name);
      await expect(group.getByRole('link').count()).resolves.toBeGreaterThan(2);
    }
    await page.getByRole('link', { name: 'Dweilen of de badkuip groter maken' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dweilen of de badkuip groter maken');
    for (const heading of ['Wat mensen doen', 'Waarom het niet werkt', 'Wat je beter kunt doen']) {
      await expect(page.getByRole('heading', { level: 2, name: heading }).count()).resolves.toBe(1);
    }
  });
});

describe('abbreviations in content', () => {
  it('explains the first use of an abbreviation with an abbr and a glossary link, and only the first', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/handboek/aanpak-langs-drie-lijnen/`);
    const link = page.getByRole('link', { name: 'OZJ: Ondersteuningsteam Zorg voor de Jeugd, uitleg in de begrippenlijst' });
    await expect(link.count()).resolves.toBe(1);
    await expect(link.getAttribute('href')).resolves.toBe('/begrippen/#ondersteuningsteam-zorg-voor-de-jeugd');
    await expect(link.locator('abbr').getAttribute('title')).resolves.toBe('Ondersteuningsteam Zorg voor de Jeugd');
    const text = await page.locator('.content-page__body').textContent();
    expect((text?.match(/\bOZJ\b/g) ?? []).length).toBeGreaterThan(1);
    await expect(page.locator('.content-page__body abbr', { hasText: 'OZJ' }).count()).resolves.toBe(1);
  });
});

describe('the glossary', () => {
  it('shows for a term the pages that use it', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/begrippen/#waterbedeffect`);
    const definition = page.locator('#waterbedeffect + dd');
    await expect(definition.getByRole('link', { name: 'Op één plek ingrijpen zonder naar de rest te kijken' }).getAttribute('href')).resolves.toBe('/niet-doen/ingrijpen-op-een-plek/');
  });
});
