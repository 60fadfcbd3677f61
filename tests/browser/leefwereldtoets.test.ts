/**
 * The leefwereldtoets in a real browser: one step at a time with "Stap X van Y", by keyboard and mouse,
 * the "Snel weg" exit on every step, and the no-JavaScript form post with messages at the fields.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function answerVisibleStep(page: Page) {
  const step = page.locator('fieldset[data-step]:visible');
  const groups = step.locator('fieldset.ltw-question');
  for (let index = 0; index < (await groups.count()); index++) {
    await groups.nth(index).getByRole('radio').first().check();
  }
}

describe('leefwereldtoets questionnaire', () => {
  it('shows one step at a time with its number, moves focus to the step, and stores the answers', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/leefwereldtoets/jongeren-12-17/`);
    await expect(page.getByText('Stap 1 van 10').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Stap 2 van 10').isVisible()).resolves.toBe(false);
    for (let step = 1; step < 10; step++) {
      await expect(page.getByRole('link', { name: 'Snel weg' }).isVisible()).resolves.toBe(true);
      await answerVisibleStep(page);
      await page.getByRole('button', { name: 'Volgende' }).locator('visible=true').click();
      await expect(page.getByText(`Stap ${step + 1} van 10`).isVisible()).resolves.toBe(true);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('ltw-step-title');
    }
    await answerVisibleStep(page);
    await page.getByLabel(/Wil je nog iets vertellen/).fill('Bel me op 0612345678');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.waitForURL(/\/leefwereldtoets\/bedankt\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bedankt voor het invullen');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('"Snel weg" leaves for a neutral site and replaces the history entry', async () => {
    const { page } = await openPage(browser);
    await page.route('https://www.knmi.nl/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weer</title>' }));
    await page.goto(`${baseUrl()}/leefwereldtoets/`);
    await page.goto(`${baseUrl()}/leefwereldtoets/ouders-verzorgers/`);
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'Snel weg' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('https://www.knmi.nl/');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.context().close();
  });

  it('works without JavaScript: all steps on one page, and missing answers are named at the field', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/leefwereldtoets/jongeren-18-27/`);
    await expect(page.getByText('Stap 10 van 10').isVisible()).resolves.toBe(true);
    await page.getByRole('group', { name: 'In welke regio woon je?' }).getByLabel('Rijnmond').check();
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.waitForURL(/\/leefwereldtoets\/versturen\/$/);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Kies een leeftijd.');
    expect(await page.getByRole('group', { name: 'In welke regio woon je?' }).getByLabel('Rijnmond').isChecked()).toBe(true);
    const errorLink = page.getByRole('link', { name: /Geef een antwoord op de vraag "Gaat het op dit moment goed met je\?"/ });
    expect(await errorLink.getAttribute('href')).toBe('#vraag-welzijn-gevoel');
    await page.context().close();
  });
});
