/**
 * The results page of a region once enough people answered: the Big 5 scores as a chart with the same
 * numbers in a table, next to the national figures, and no axe violations in that state.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validPayload } from '../../src/lib/leefwereldtoets/test-definitions';
import { minimumGroupSize } from '../../src/lib/leefwereldtoets/aggregate';
import { axeViolations } from './axe-check';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;
const region = 'zuid-drenthe';

beforeAll(async () => {
  browser = await launchBrowser();
  // Exactly the minimum group size: the smallest group whose figures may be shown.
  for (let index = 0; index < minimumGroupSize(); index++) {
    const response = await fetch(`${baseUrl()}/api/leefwereldtoets/antwoorden`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(validPayload({ regio: region, sleutel: `resultaten-grafiek-${index}` })),
    });
    expect(response.status).toBe(201);
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('the leefwereldtoets results of a region', () => {
  it('shows the Big 5 scores as a chart with a table of the same numbers, for the region and nationally', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/leefwereldtoets/resultaten/?vragenlijst=jongeren-12-17&regio=${region}`);
    const charts = page.getByRole('img', { name: /^Score per thema van de Big 5/ });
    await expect(charts.count()).resolves.toBe(2);
    const table = page.getByRole('table', { name: /^Score per thema van de Big 5, Regio / });
    await expect(table.getByRole('row').count()).resolves.toBe(6);
    // The chart's description names every theme with the value the table gives it.
    const description = (await charts.first().locator('desc').textContent()) ?? '';
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]));
    expect(rows).toHaveLength(5);
    for (const [theme, value] of rows) expect(description).toContain(`${theme}: ${value} punten`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
