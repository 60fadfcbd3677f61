/**
 * The waiting-time monitor in a real browser: loading the example file shows the medians the analysis module
 * computes from the same file; a small hand-computed file shows the hand-computed figures; no request carries
 * the file's contents; bad rows are named; settings work by keyboard; the results state passes axe.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/monitor/analysis.ts';
import { loadMonitorText } from '../../src/lib/monitor/trajectory-store.ts';
import { axeViolations } from './axe-check';
import { baseUrl, holdScripts, launchBrowser, openPage } from './browser';

const exampleFile = path.resolve(import.meta.dirname, '../../public/voorbeelden/wachttijdmonitor-voorbeeld.csv');
const exampleText = readFileSync(exampleFile, 'utf8');

/** The hand-computed case of src/lib/monitor/analysis.test.ts: wait medians 40 days, 1 still waiting (64 days). */
const smallFile = [
  'client;berichttype;datum;productcategorie;aanbieder;verwijzer;leeftijdscategorie;postcodegebied',
  'a;verzoek;2024-01-01;45;A;huisarts;12-17;3011',
  'a;toewijzing;2024-01-11;45;A;huisarts;12-17;3011',
  'a;start;2024-02-10;45;A;;;',
  'a;declaratie;2024-03-01;45;A;;;',
  'b;toewijzing;2024-01-05;45;A;gemeente;6-11;3012',
  'b;toewijzing;2024-02-01;45;B;gemeente;6-11;3012',
  'b;start;2024-04-05;45;B;gemeente;6-11;3012',
  'c;verzoek;2024-02-01;50;C;huisarts;12-17;3011',
  'c;toewijzing;2024-02-21;50;C;huisarts;12-17;3011',
  'd;toewijzing;2023-01-10;45;A;;0-5;',
].join('\n');

let browser: Browser;
/** The worker answers within milliseconds on an idle machine; a busy 2-core machine needs more patience. */
const workerWait = { timeout: 20_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openMonitor(): Promise<{ page: Page; problems: string[]; requests: Request[] }> {
  const { page, problems } = await openPage(browser);
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(`${baseUrl()}/monitor/`);
  // Astro removes the ssr attribute once the island has hydrated and its handlers are attached.
  await page.waitForSelector('astro-island:not([ssr])');
  return { page, problems, requests };
}

const loadFile = async (page: Page, file: { name: string; mimeType: string; buffer: Buffer }) => {
  await page.getByLabel('CSV-bestand met berichtregels').setInputFiles(file);
  await expect.poll(() => page.getByRole('status').first().textContent(), workerWait).toMatch(/Resultaten bijgewerkt|kan niet|ontbreekt/);
};

/** The figures of one row in the chart's data table, by its row header. */
async function tableRow(page: Page, table: string, row: string): Promise<string[]> {
  return page.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').allTextContents();
}

describe('waiting-time monitor', () => {
  it('reads a file chosen before the page finished loading its scripts (slow connection)', async () => {
    const { page } = await openPage(browser);
    const release = await holdScripts(page);
    await page.goto(`${baseUrl()}/monitor/`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('CSV-bestand met berichtregels').setInputFiles({ name: 'klein.csv', mimeType: 'text/csv', buffer: Buffer.from(smallFile) });
    release();
    await expect.poll(() => page.getByRole('status').first().textContent(), workerWait).toMatch(/Resultaten bijgewerkt/);
    expect(await tableRow(page, 'Doorlooptijden per fase en in totaal (in dagen)', 'Totale wachttijd')).toEqual(['2', '40', '91', '91', '100%']);
    await page.context().close();
  });

  it('shows the medians of the example file that the analysis module computes from the same file', async () => {
    const { page, problems } = await openMonitor();
    await loadFile(page, { name: 'wachttijdmonitor-voorbeeld.csv', mimeType: 'text/csv', buffer: Buffer.from(exampleText) });
    const expected = analyse(loadMonitorText(exampleText).store);
    for (const measure of expected.measures) {
      const cells = await tableRow(page, 'Doorlooptijden per fase en in totaal (in dagen)', measure.label);
      expect(cells.slice(0, 4), measure.label).toEqual([measure.n.toLocaleString('nl-NL'), String(measure.median), String(measure.p80), String(measure.p95)]);
    }
    await expect(page.getByRole('progressbar', { name: /Voortgang inlezen/ }).getAttribute('value')).resolves.toBe('100');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the hand-computed figures of a small file and filters by referrer type', async () => {
    const { page } = await openMonitor();
    await loadFile(page, { name: 'klein.csv', mimeType: 'text/csv', buffer: Buffer.from(smallFile) });
    const table = 'Doorlooptijden per fase en in totaal (in dagen)';
    expect(await tableRow(page, table, 'Totale wachttijd')).toEqual(['2', '40', '91', '91', '100%']);
    expect(await tableRow(page, table, 'Verzoek om toewijzing tot toewijzing')).toEqual(['2', '10', '20', '20', '100%']);
    expect(await page.locator('.monitor-figures').textContent()).toContain('mediaan 64 dagen, langste 64 dagen');
    await page.getByLabel('Type verwijzer').selectOption('huisarts');
    await expect.poll(() => page.getByRole('status').first().textContent(), workerWait).toContain('2 van 4 trajecten');
    expect(await tableRow(page, table, 'Totale wachttijd')).toEqual(['1', '40', '40', '40', '100%']);
    await page.context().close();
  });

  it('sends no request that carries the file: no POST, no request body, no data in any URL', async () => {
    const { page, requests } = await openMonitor();
    const before = requests.length;
    await loadFile(page, { name: 'wachttijdmonitor-voorbeeld.csv', mimeType: 'text/csv', buffer: Buffer.from(exampleText) });
    await page.getByLabel('Productcategorie').selectOption('45');
    const selected = analyse(loadMonitorText(exampleText).store, { filters: { productcategorie: ['45'] } }).selected;
    await expect.poll(() => page.getByRole('status').first().textContent(), workerWait).toContain(`Resultaten bijgewerkt: ${selected} van`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Resultaten downloaden (CSV)' }).click();
    const exported = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of exported) chunks.push(chunk as Buffer);
    const exportedText = Buffer.concat(chunks).toString('utf8');
    expect(exportedText).toContain('selectie: productcategorie 45');
    // One byte order mark, so Dutch Excel reads UTF-8; a second one would show as stray characters.
    expect([exportedText.startsWith('\uFEFF'), exportedText.startsWith('\uFEFF\uFEFF')]).toEqual([true, false]);

    const clientKeys = [...new Set(exampleText.split('\n').slice(1, 200).map((line) => line.split(';')[0]!).filter(Boolean))];
    const afterLoading = requests.slice(before);
    for (const request of requests) {
      expect(request.method(), request.url()).toBe('GET');
      expect(request.postData(), request.url()).toBeNull();
      const url = decodeURIComponent(request.url());
      expect(clientKeys.filter((key) => url.includes(key)), url).toEqual([]);
      expect(url.startsWith(baseUrl()) || url.startsWith('blob:') || url.startsWith('data:'), url).toBe(true);
    }
    // Only same-origin code (the worker script) may load after the file is chosen, never a fetch with data.
    expect(afterLoading.filter((request) => !['script', 'other'].includes(request.resourceType())).map((request) => request.url())).toEqual([]);
    await page.context().close();
  });

  it('names the row and column of bad values, and stops on a missing column', async () => {
    const { page } = await openMonitor();
    const bad = `${smallFile}\ne;toewijzing;2024-13-01;45;A;;;\nf;start;2024-01-01;45;A;;;3011AB\n`;
    await loadFile(page, { name: 'fouten.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const warning = page.getByRole('heading', { name: '2 rijen zijn overgeslagen' });
    expect(await warning.isVisible()).toBe(true);
    const text = await page.locator('.monitor-warning').textContent();
    expect(text).toContain('Rij 12, kolom "datum": "2024-13-01" is geen geldige datum');
    expect(text).toContain('Rij 13, kolom "postcodegebied"');
    await loadFile(page, { name: 'kapot.csv', mimeType: 'text/csv', buffer: Buffer.from('client;datum;productcategorie;aanbieder\na;2024-01-01;45;A\n') });
    await expect.poll(() => page.locator('.monitor-error').textContent(), workerWait).toContain('de kolom "berichttype" ontbreekt');
    await page.context().close();
  });

  it('works by keyboard: the norm and the filters change the results, and the results state passes axe', async () => {
    const { page } = await openMonitor();
    await loadFile(page, { name: 'klein.csv', mimeType: 'text/csv', buffer: Buffer.from(smallFile) });
    await page.getByLabel('Norm in dagen').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('90');
    await page.keyboard.press('Tab');
    await expect.poll(() => tableRow(page, 'Doorlooptijden per fase en in totaal (in dagen)', 'Totale wachttijd'), workerWait).toEqual(['2', '40', '91', '91', '50%']);
    // Shift+Tab from the norm goes back through the filters; choose a product category with the arrow keys.
    await page.getByLabel('Norm in dagen').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('monitor-filter-postcodegebied');
    await page.getByLabel('Productcategorie').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('status').first().textContent(), workerWait).toContain('3 van 4 trajecten');
    expect(await axeViolations(page)).toEqual([]);
    // The CSP forbids inline styles: the charts use SVG geometry attributes and classes only.
    expect(await page.locator('[style]').count()).toBe(0);
    await page.context().close();
  });
});

describe('bathtub model', () => {
  it('recomputes the waiting lists when an input changes, and a preset loads its story', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/monitor/badkuipmodel/`);
    await page.getByRole('heading', { name: 'Uitkomst over 24 maanden' }).scrollIntoViewIfNeeded();
    await page.waitForSelector('astro-island:not([ssr])');
    const status = page.getByRole('status');
    const table = page.getByRole('table', { name: 'Wachtlijst en verwachte wachttijd (weken) per maand' });
    const lastMonth = () => table.getByRole('row', { name: /^24 / }).getByRole('cell').allTextContents();
    const before = await lastMonth();
    const summaryBefore = await status.textContent();
    expect(summaryBefore).toMatch(/^Na 24 maanden: lichte ambulante hulp/);

    // By keyboard: raise the capacity of specialist help; its waiting list at month 24 must shrink.
    const capacity = page.getByRole('spinbutton', { name: 'Capaciteit (plekken)' }).nth(1);
    await capacity.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('400');
    await expect.poll(() => status.textContent(), workerWait).not.toBe(summaryBefore);
    const after = await lastMonth();
    expect(Number(after[2]!.replace(/\./g, ''))).toBeLessThan(Number(before[2]!.replace(/\./g, '')));
    expect(await page.getByText('Eigen scenario: je hebt de invoer zelf aangepast.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Capaciteit verschuiven: het waterbedeffect' }).click();
    expect(await page.getByRole('button', { name: 'Capaciteit verschuiven: het waterbedeffect' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByRole('spinbutton', { name: 'Aantal plekken' }).inputValue(), workerWait).toBe('40');
    const waterbed = await lastMonth();
    // The light-help list overflows once its places move to specialist help.
    expect(Number(waterbed[0]!.replace(/\./g, ''))).toBeGreaterThan(Number(before[0]!.replace(/\./g, '')));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
