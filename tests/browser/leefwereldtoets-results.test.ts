/**
 * The results page of a region once enough people answered, in the browser: the Big 5 beside the national
 * figures as a chart with the same numbers in a table, the change over months, the answers per question, the
 * island updating the page in place (address, back button, choices that follow the questionnaire), the
 * server-rendered fallback without JavaScript, and no axe violations in any of these states.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SqliteStore } from '../../src/lib/storage';
import { leefwereldtoetsMigrations, saveResponse } from '../../src/lib/leefwereldtoets/repository';
import { contentQuestionnaires, contentRegions, validPayload } from '../../src/lib/leefwereldtoets/test-definitions';
import { validateSubmission } from '../../src/lib/leefwereldtoets/validate';
import { minimumGroupSize } from '../../src/lib/leefwereldtoets/aggregate';
import { axeViolations } from './axe-check';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;
const k = minimumGroupSize();
const region = 'zuid-drenthe';
/** A region whose answers are stored for two past months: all "1" in August, all "5" in September. */
const trendRegion = 'friesland';
const trendMonths = [
  { month: '2026-08', answer: 1 },
  { month: '2026-09', answer: 5 },
];
const regionName = contentRegions().find((candidate) => candidate.id === region)!.name;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const resultsUrl = (query: string) => `${baseUrl()}/leefwereldtoets/resultaten/?${query}`;

/** Earlier months cannot be submitted through the API (it stores the current month), so they go into the store. */
async function storePastResponses() {
  // The server migrates its store on first use; ask it once so both processes agree on the schema.
  await (await fetch(`${baseUrl()}/api/leefwereldtoets/resultaten?vragenlijst=jongeren-12-17`)).arrayBuffer();
  const store = new SqliteStore(path.join(inject('dataDir'), 'portal.sqlite'));
  await store.migrate(leefwereldtoetsMigrations);
  const context = { questionnaires: contentQuestionnaires(), regions: contentRegions() };
  for (const { month, answer } of trendMonths) {
    for (let index = 0; index < k + 2; index++) {
      const payload = validPayload({ regio: trendRegion, sleutel: `verloop-${month}-${index}` });
      const answers = payload.antwoorden as Record<string, unknown>;
      for (const [id, value] of Object.entries(answers)) if (typeof value === 'number') answers[id] = answer;
      const checked = validateSubmission(payload, context);
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      await saveResponse(store, checked.submission, new Date(`${month}-15T12:00:00Z`));
    }
  }
  await store.close();
}

beforeAll(async () => {
  browser = await launchBrowser();
  // Exactly the minimum group size: the smallest group whose figures may be shown.
  for (let index = 0; index < k; index++) {
    const response = await fetch(`${baseUrl()}/api/leefwereldtoets/antwoorden`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(validPayload({ regio: region, sleutel: `resultaten-grafiek-${index}` })),
    });
    expect(response.status).toBe(201);
  }
  await storePastResponses();
});

afterAll(async () => {
  await browser?.close();
});

async function tableCells(page: Page, caption: RegExp): Promise<string[][]> {
  return page.getByRole('table', { name: caption }).locator('tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim())),
  );
}

async function hydrated(page: Page) {
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

describe('the leefwereldtoets results of a region', () => {
  it('shows the Big 5 of the region beside the national scores, as a chart and a table with the same numbers', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(resultsUrl(`vragenlijst=jongeren-12-17&regio=${region}`));
    const caption = new RegExp(`^Score per thema van de Big 5, ${escaped(regionName)} en Heel Nederland`);
    const chart = page.getByRole('img', { name: caption });
    await expect(chart.count()).resolves.toBe(1);
    const [header, ...rows] = await tableCells(page, caption);
    expect(header).toEqual(['Thema', `${regionName} (punten)`, 'Heel Nederland (punten)']);
    expect(rows.map((row) => row[0])).toEqual(['Steun', 'Wonen', 'School en werk', 'Inkomen', 'Welzijn']);
    // The chart's description names every theme with both values the table gives it.
    const description = (await chart.locator('desc').textContent()) ?? '';
    for (const [theme, regional, national] of rows) {
      expect(regional).toMatch(/^\d+$/);
      expect(description).toContain(`${theme}: ${regionName} ${regional} punten, Heel Nederland ${national} punten`);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the answers per question as a chart of percentages with a table of counts and percentages', async () => {
    const { page } = await openPage(browser);
    await page.goto(resultsUrl(`vragenlijst=jongeren-12-17&regio=${region}`));
    const questionTables = page.getByRole('table', { name: /\(aantal en procent\)$/ });
    expect(await questionTables.count()).toBeGreaterThan(5);
    const [header, ...rows] = await tableCells(page, /^Steun: .*\(aantal en procent\)$/);
    expect(header).toEqual(['Antwoord', `${regionName}: aantal`, `${regionName}: %`, 'Heel Nederland: aantal', 'Heel Nederland: %']);
    const answered = rows.at(-1)!;
    expect(answered[0]).toBe('Beantwoord door');
    expect(Number(answered[1])).toBe(k);
    // Every shown count matches its percentage of the people who answered.
    for (const row of rows.slice(0, -1)) {
      if (row[1] === 'verborgen') continue;
      expect(Number(row[2])).toBe(Math.round((Number(row[1]) / Number(answered[1])) * 100));
    }
    await page.context().close();
  });

  it('puts the months side by side: a line per theme, a table with the scores and respondents per month', async () => {
    const { page } = await openPage(browser);
    await page.goto(resultsUrl(`vragenlijst=jongeren-12-17&regio=${trendRegion}&periode=2026`));
    await expect(page.getByRole('heading', { name: 'Verandering per maand' }).count()).resolves.toBe(1);
    const cells = await tableCells(page, /^Score per thema van de Big 5 per maand, Regio Friesland/);
    const header = cells[0]!;
    const column = (month: string) => header.indexOf(month);
    expect(column('augustus 2026')).toBeGreaterThan(0);
    expect(column('september 2026')).toBeGreaterThan(column('augustus 2026'));
    const row = (label: string) => cells.find((cells) => cells[0] === label)!;
    expect(row('Aantal invullers')[column('augustus 2026')]).toBe(String(k + 2));
    // Everyone answered "1" in August and "5" in September: from 0 to 100 points on every theme.
    expect([row('Steun (punten)')[column('augustus 2026')], row('Steun (punten)')[column('september 2026')]]).toEqual(['0', '100']);
    expect([row('Welzijn (punten)')[column('augustus 2026')], row('Welzijn (punten)')[column('september 2026')]]).toEqual(['0', '100']);
    const description = (await page.getByRole('img', { name: /per maand, Regio Friesland/ }).locator('desc').textContent()) ?? '';
    expect(description).toContain('Steun: augustus 2026 0 punten, september 2026 100 punten');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('updates in place with JavaScript: the address follows the filters and the back button returns', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(resultsUrl(`vragenlijst=jongeren-12-17&regio=${trendRegion}&periode=2026`));
    await hydrated(page);
    await page.evaluate(() => ((window as unknown as { stayedHere: boolean }).stayedHere = true));
    await page.getByLabel('Regio', { exact: true }).selectOption(region);
    await page.getByLabel('Periode', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Toon uitkomsten' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Uitkomsten bijgewerkt: Regio ${regionName}`);
    expect(new URL(page.url()).search).toBe(`?vragenlijst=jongeren-12-17&regio=${region}`);
    await expect(page.getByRole('img', { name: new RegExp(`Big 5, ${escaped(regionName)} en Heel Nederland`) }).count()).resolves.toBe(1);
    // No page load happened: the island fetched the results.
    expect(await page.evaluate(() => (window as unknown as { stayedHere?: boolean }).stayedHere)).toBe(true);

    await page.goBack();
    await expect.poll(() => page.getByLabel('Regio', { exact: true }).inputValue()).toBe(trendRegion);
    await expect.poll(() => page.getByRole('img', { name: /Big 5 per maand, Regio Friesland/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('offers the groups and age bands of the chosen questionnaire, and clears a choice the new one lacks', async () => {
    const { page } = await openPage(browser);
    await page.goto(resultsUrl('vragenlijst=jongeren-12-17&leeftijd=12-14'));
    await hydrated(page);
    const ages = () => page.getByLabel('Leeftijd', { exact: true }).locator('option').allTextContents();
    expect(await ages()).toContain('12, 13 of 14 jaar');
    const other = contentQuestionnaires().get('jongeren-18-27')!;
    await page.getByLabel('Vragenlijst', { exact: true }).selectOption(other.id);
    await expect.poll(ages).toEqual(['Alle leeftijden', ...other.ageBands.map((band) => band.label)]);
    expect(await page.getByLabel('Leeftijd', { exact: true }).inputValue()).toBe('');
    await page.context().close();
  });

  it('works without JavaScript: the filters are a plain form and the charts and tables come from the server', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(resultsUrl('vragenlijst=jongeren-12-17'));
    await page.getByLabel('Regio', { exact: true }).selectOption(trendRegion);
    await page.getByLabel('Periode', { exact: true }).selectOption({ label: '2026' });
    await page.getByRole('button', { name: 'Toon uitkomsten' }).click();
    await page.waitForURL(/regio=friesland/);
    await expect(page.getByRole('img', { name: /Big 5 per maand, Regio Friesland/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('table', { name: /Big 5, Friesland en Heel Nederland/ }).count()).resolves.toBe(1);
    const csv = page.getByRole('link', { name: 'Download deze uitkomsten als CSV-bestand' });
    expect(await csv.getAttribute('href')).toBe('/api/leefwereldtoets/resultaten.csv?vragenlijst=jongeren-12-17&regio=friesland&periode=2026');
    await page.context().close();
  });

  it('explains a hidden selection instead of showing small numbers', async () => {
    const { page } = await openPage(browser);
    await page.goto(resultsUrl('vragenlijst=jongeren-12-17&regio=haaglanden'));
    await expect(page.getByText('Regio Haaglanden: verborgen.').count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Waarom staat er soms "verborgen"?' }).count()).resolves.toBe(1);
    await page.context().close();
  });
});
