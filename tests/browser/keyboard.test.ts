import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;
let page: Page;

const focused = () => page.evaluate(() => {
  const element = document.activeElement as HTMLElement | null;
  return { tag: element?.tagName ?? '', id: element?.id ?? '', text: element?.textContent?.trim() ?? '', name: element?.getAttribute('name') ?? '' };
});

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
});

afterAll(async () => {
  await browser?.close();
});

describe('keyboard-only use', () => {
  it('offers a visible skip link first, which moves focus to the main content', async () => {
    await page.goto(`${baseUrl()}/handboek/wachttijden-begrijpen/`);
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ tag: 'A', text: 'Direct naar de inhoud' });
    const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
    const box = await skipLink.boundingBox();
    expect(box && box.width > 1 && box.height > 1).toBe(true);
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toMatchObject({ tag: 'MAIN', id: 'inhoud' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
  });

  it('reaches the search box by tabbing and searches with Enter', async () => {
    await page.goto(`${baseUrl()}/`);
    let reached = false;
    for (let presses = 0; presses < 5 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = (await focused()).name === 'q';
    }
    expect(reached).toBe(true);
    await page.keyboard.type('berichtenverkeer');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=berichtenverkeer/);
    // Pagefind loads its WebAssembly and index on the first search; a busy 2-core machine needs seconds.
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/voor "berichtenverkeer"\.$/);
  });

  it('reaches every main navigation link with Tab', async () => {
    await page.goto(`${baseUrl()}/`);
    const reachedLabels = new Set<string>();
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Tab');
      const inNav = await page.evaluate(() => !!document.activeElement?.closest('nav[aria-label="Hoofdmenu"]'));
      if (inNav) reachedLabels.add((await focused()).text);
    }
    expect([...reachedLabels]).toEqual(['Handboek', 'Oplossingen', 'Niet doen', 'Kwaliteit', 'Zelfscans', 'Leefwereldtoets', 'Leerexpeditie', 'Bronnen']);
  });
});
