/**
 * "Deel een les" end to end on the served site: a region proposes a lesson with the plain form (a same-origin
 * POST, so Astro's origin check lets it through), the lesson stays invisible until a moderator approves it,
 * and then it shows on the region page and in the lessons overview without a rebuild. Also: the moderation
 * endpoints refuse requests without the token or with a wrong one, and axe finds nothing on the form with
 * errors or on the moderation queue.
 */
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

const token = () => inject('moderationToken');
const lessonTitle = 'Samen nabellen laat zien wie echt nog wacht';
let browser: Browser;
let page: Page;

async function axeViolations(target: Page): Promise<string[]> {
  await target.evaluate(axe.source);
  const results = (await target.evaluate(() =>
    // @ts-expect-error axe is injected into the page above
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  )) as axe.AxeResults;
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function pendingCount(): Promise<number> {
  const response = await fetch(`${baseUrl()}/api/leerexpeditie/moderatie/`, { headers: { Authorization: `Bearer ${token()}` } });
  return ((await response.json()) as { lessen: unknown[] }).lessen.length;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // The main flow runs without JavaScript: the plain form and the moderation page must work on their own.
  ({ page } = await openPage(browser, { javaScriptEnabled: false }));
});

afterAll(async () => {
  // Withdraw what this test published, so later tests (the crawl) see the seeded content only.
  const listed = await fetch(`${baseUrl()}/leerexpeditie/lessen/`).then((result) => result.text());
  for (const [, id] of listed.matchAll(/\/leerexpeditie\/lessen\/gedeeld\/([0-9a-f-]{36})\//g)) {
    await fetch(`${baseUrl()}/api/leerexpeditie/moderatie/${id}/`, { method: 'DELETE', headers: { Authorization: `Bearer ${token()}` } });
  }
  await browser?.close();
});

describe('sharing a lesson', () => {
  it('refuses an incomplete lesson with a Dutch message per field, status 400, and stores nothing', async () => {
    const before = await pendingCount();
    const response = await page.goto(`${baseUrl()}/leerexpeditie/les-delen/`);
    expect(response?.status()).toBe(200);
    await page.getByLabel('Titel van de les').fill('Kort');
    const submitted = page.waitForResponse((candidate) => candidate.request().method() === 'POST');
    await page.getByRole('button', { name: 'Les versturen' }).click();
    expect((await submitted).status()).toBe(400);
    await page.waitForLoadState();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Uw les is niet verstuurd');
    expect(await page.getByLabel('Titel van de les').getAttribute('aria-invalid')).toBe('true');
    await expect(page.locator('#les-titel-fout').textContent()).resolves.toBe('Geef de les een titel van minstens 5 tekens.');
    await expect(page.locator('#les-regio-fout').textContent()).resolves.toBe('Kies de regio waar de les is geleerd.');
    expect(await page.getByLabel('Titel van de les').inputValue()).toBe('Kort');
    expect(await pendingCount()).toBe(before);

    // axe needs JavaScript: reach the same server-rendered error page with a plain submit (which the island
    // does not intercept) in a context where scripts run.
    const { page: checked } = await openPage(browser);
    await checked.goto(`${baseUrl()}/leerexpeditie/les-delen/`);
    await checked.getByLabel('Titel van de les').fill('Kort');
    await Promise.all([checked.waitForURL('**/leerexpeditie/les-delen/'), checked.evaluate(() => document.querySelector<HTMLFormElement>('form[method="post"]')!.submit())]);
    await checked.locator('#les-titel-fout').waitFor();
    expect(await axeViolations(checked)).toEqual([]);
    await checked.context().close();
  });

  it('accepts a complete lesson from the plain form, which is then not public', async () => {
    await page.goto(`${baseUrl()}/leerexpeditie/les-delen/`);
    await page.getByLabel('Titel van de les').fill(lessonTitle);
    await page.getByRole('combobox', { name: 'Regio' }).selectOption({ label: 'Twente' });
    await page.getByLabel('Doorstroom').check();
    await page.getByLabel('Wanneer (optioneel)').fill('voorjaar 2026');
    await page.getByLabel('Wat is geprobeerd?').fill('Drie aanbieders belden samen alle wachtende gezinnen na.');
    await page.getByLabel('Wat gebeurde er?').fill('Een deel van de gezinnen had al andere hulp gevonden.');
    await page.getByLabel("Wat kunnen andere regio's ervan leren?").fill('Samen nabellen met één gedeelde lijst laat zien wie echt nog wacht.');
    await page.getByLabel('E-mailadres voor vragen (optioneel)').fill('contact@regio-twente.example');
    await page.getByRole('button', { name: 'Les versturen' }).click();
    await page.waitForURL('**/leerexpeditie/les-delen/bedankt/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bedankt voor uw les');

    for (const path of ['/leerexpeditie/regios/twente/', '/leerexpeditie/lessen/', '/leerexpeditie/lessen/?regio=twente']) {
      await page.goto(`${baseUrl()}${path}`);
      expect(await page.getByRole('link', { name: lessonTitle }).count(), path).toBe(0);
    }
  });

  it('is refused by the moderation page with a wrong token', async () => {
    await page.goto(`${baseUrl()}/leerexpeditie/moderatie/`);
    await page.getByLabel('Moderatietoken').fill('dit-is-niet-het-goede-token');
    await page.getByRole('button', { name: 'Wachtrij tonen' }).click();
    await page.waitForLoadState();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Het token klopt niet');
    expect(await page.getByText(lessonTitle).count()).toBe(0);
  });

  it('is approved by a moderator and then shows on the region page and in the lessons overview', async () => {
    // The moderation page and the public pages have no island; scripts run here only so axe can check them.
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl()}/leerexpeditie/moderatie/`);
    await page.getByLabel('Moderatietoken').fill(token());
    await page.getByRole('button', { name: 'Wachtrij tonen' }).click();
    const review = page.getByRole('form', { name: `Les beoordelen: ${lessonTitle}` });
    await review.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.getByText('contact@regio-twente.example').count()).resolves.toBe(1);
    await review.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
    await page.getByRole('status').waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('is goedgekeurd');
    await expect(page.getByText('contact@regio-twente.example').count()).resolves.toBe(0);

    await page.goto(`${baseUrl()}/leerexpeditie/regios/twente/`);
    await page.getByRole('link', { name: lessonTitle }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(lessonTitle);
    expect(await page.getByText('contact@regio-twente.example').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/leerexpeditie/lessen/`);
    expect(await page.getByRole('link', { name: lessonTitle }).count()).toBe(1);
    await page.getByLabel(/^Twente/).check();
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.waitForURL('**/leerexpeditie/lessen/?regio=twente');
    expect(await page.getByRole('link', { name: lessonTitle }).count()).toBe(1);
    await page.goto(`${baseUrl()}/leerexpeditie/lessen/?regio=rijnmond`);
    expect(await page.getByRole('link', { name: lessonTitle }).count()).toBe(0);
    await page.context().close();
  });
});

describe('sharing a lesson with JavaScript (the island)', () => {
  it('shows the errors without a reload, linked to the fields, and sends a valid lesson as JSON', async () => {
    const { page: scripted, problems } = await openPage(browser);
    const before = await pendingCount();
    await scripted.goto(`${baseUrl()}/leerexpeditie/les-delen/`);
    await scripted.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    let posted = 0;
    scripted.on('request', (request) => { if (request.method() === 'POST') posted++; });
    await scripted.getByLabel('Titel van de les').fill('Kort');
    await scripted.getByRole('button', { name: 'Les versturen' }).click();
    const summary = scripted.getByRole('heading', { name: /Uw les is niet verstuurd: 6 velden kloppen nog niet/ });
    await summary.waitFor();
    await expect(scripted.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toContain('Uw les is niet verstuurd');
    expect(posted).toBe(0);
    await scripted.getByRole('link', { name: 'Geef de les een titel van minstens 5 tekens.' }).click();
    await expect(scripted.evaluate(() => document.activeElement?.id)).resolves.toBe('les-titel');
    expect(await scripted.getByLabel('Titel van de les').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(scripted)).toEqual([]);

    await scripted.getByLabel('Titel van de les').fill('Een les die via het eiland is verstuurd');
    await scripted.getByRole('combobox', { name: 'Regio' }).selectOption({ label: 'Friesland' });
    await scripted.getByLabel('Toegang').check();
    await scripted.getByLabel('Wat is geprobeerd?').fill('De toegang werkte een maand met een vaste intake.');
    await scripted.getByLabel('Wat gebeurde er?').fill('Gezinnen hoefden hun verhaal minder vaak te vertellen.');
    await scripted.getByLabel("Wat kunnen andere regio's ervan leren?").fill('Een vaste intake scheelt gezinnen herhaling.');
    await scripted.getByRole('button', { name: 'Les versturen' }).click();
    await scripted.waitForURL('**/leerexpeditie/les-delen/bedankt/');
    expect(await pendingCount()).toBe(before + 1);
    expect(problems).toEqual([]);
    await scripted.context().close();
  });
});

describe('moderation endpoints', () => {
  const someId = '00000000-0000-4000-8000-000000000000';
  const requests: [string, string, string?][] = [
    ['GET', '/api/leerexpeditie/moderatie/'],
    ['GET', `/api/leerexpeditie/moderatie/${someId}/`],
    ['PUT', `/api/leerexpeditie/moderatie/${someId}/`, '{"titel":"Nieuwe titel"}'],
    ['POST', `/api/leerexpeditie/moderatie/${someId}/`, '{"actie":"goedkeuren"}'],
    ['DELETE', `/api/leerexpeditie/moderatie/${someId}/`],
  ];

  it('refuse every request without a token or with a wrong one, and tell nothing about lessons', async () => {
    for (const [method, path, body] of requests) {
      for (const authorization of [undefined, 'Bearer verkeerd-token-0123456789', `Bearer ${token()}x`, token()]) {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (authorization) headers.Authorization = authorization;
        const response = await fetch(`${baseUrl()}${path}`, { method, headers, body });
        expect([method, path, authorization?.slice(0, 12), response.status]).toEqual([method, path, authorization?.slice(0, 12), 401]);
        expect(await response.text()).not.toContain('lessen');
      }
    }
  });

  it('answer with the token', async () => {
    const response = await fetch(`${baseUrl()}/api/leerexpeditie/moderatie/`, { headers: { Authorization: `Bearer ${token()}` } });
    expect(response.status).toBe(200);
    const missing = await fetch(`${baseUrl()}/api/leerexpeditie/moderatie/${someId}/`, { headers: { Authorization: `Bearer ${token()}` } });
    expect(missing.status).toBe(404);
  });

  it('refuse a cross-site form post to "Deel een les" and store nothing', async () => {
    const before = await pendingCount();
    const response = await fetch(`${baseUrl()}/leerexpeditie/les-delen/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://elders.example' },
      body: new URLSearchParams({ titel: lessonTitle, regio: 'twente', themas: 'toegang', geprobeerd: 'x'.repeat(30), gebeurd: 'x'.repeat(30), geleerd: 'x'.repeat(30) }).toString(),
    });
    expect(response.status).toBe(403);
    expect(await pendingCount()).toBe(before);
  });
});

describe('a region page', () => {
  it('leads to the leefwereldtoets results of that region, next to the national figures', async () => {
    await page.goto(`${baseUrl()}/leerexpeditie/regios/rijnmond/`);
    await page.getByRole('link', { name: /^Uitkomsten van de leefwereldtoets voor / }).click();
    expect(new URL(page.url()).pathname).toBe('/leefwereldtoets/resultaten/');
    await expect(page.getByRole('combobox', { name: 'Regio', exact: true }).inputValue()).resolves.toBe('rijnmond');
  });
});
