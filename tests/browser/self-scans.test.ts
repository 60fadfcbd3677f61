/**
 * Self-scans as a person uses them: filling in a scan by keyboard only, leaving and coming back, the
 * profile (chart, table, advice), print preview, sharing a link and comparing profiles, and the
 * no-JavaScript form that posts to the result route. axe checks the states the site crawl never sees.
 */
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, holdScripts, launchBrowser, openPage } from './browser';

const qualityScan = '/zelfscans/kwaliteit-en-blijvend-leren/';
const regionScan = '/zelfscans/klaar-voor-de-aanpak-van-wachttijden/';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(axe.source);
  const results = (await page.evaluate(() =>
    // @ts-expect-error axe is injected into the page above
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  )) as axe.AxeResults;
  return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    const group = element?.name ? document.querySelectorAll(`input[name="${element.name}"]:checked`).length : 0;
    return { tag: element?.tagName ?? '', type: element?.type ?? '', text: element?.textContent?.trim() ?? '', groupAnswered: group > 0 };
  });

/**
 * Answers every question of the current step by keyboard only: Tab to each unanswered radio group or checkbox
 * list and press Space (which picks the first option), then Tab to the forward button and press Enter.
 */
async function answerStepByKeyboard(page: Page): Promise<void> {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (element.tag === 'INPUT' && (element.type === 'radio' || element.type === 'checkbox') && !element.groupAnswered) await page.keyboard.press('Space');
    if (element.tag === 'BUTTON' && (element.text === 'Volgende' || element.text === 'Bekijk je profiel')) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error('De knop om verder te gaan was niet met Tab te bereiken.');
}

const rowText = (page: Page, table: string, row: string) =>
  page.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(`^${row}`) }).innerText();

describe('a self-scan with JavaScript', () => {
  let page: Page;
  let problems: string[];
  let shareLink = '';

  beforeAll(async () => {
    ({ page, problems } = await openPage(browser));
  });

  it('shows one dimension per step, with "Stap X van Y" in the page and in the title', async () => {
    await page.goto(`${baseUrl()}${qualityScan}`);
    await expect.poll(() => page.title()).toMatch(/^Stap 1 van 5: De leercyclus van vier leidende principes – Kwaliteit en blijvend leren/);
    await expect(page.getByText('Stap 1 van 5', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('form', { name: 'Vragen van de zelfscan' }).getByRole('group').count()).resolves.toBe(4);
  });

  it('is filled in by keyboard only and moves focus to the heading of each new step', async () => {
    await answerStepByKeyboard(page);
    await expect.poll(() => page.title()).toMatch(/^Stap 2 van 5: /);
    await expect(focused(page)).resolves.toMatchObject({ tag: 'H2', text: 'Verantwoordelijkheden in de Vijfhoek' });
    await answerStepByKeyboard(page);
    await expect.poll(() => page.title()).toMatch(/^Stap 3 van 5: /);
  });

  it('remembers the answers after leaving (reload) and coming back', async () => {
    await page.reload();
    await expect.poll(() => page.title()).toMatch(/^Stap 3 van 5: Uitkomsten meten/);
    await page.getByRole('button', { name: 'Vorige' }).press('Enter');
    await expect.poll(() => page.title()).toMatch(/^Stap 2 van 5: /);
    const question = page.getByRole('group', { name: /^Vraag 5\. Professionals werken volgens de professionele standaard/ });
    await expect(question.getByRole('radio', { name: 'Helemaal oneens' }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Volgende' }).press('Enter');
    await expect.poll(() => page.title()).toMatch(/^Stap 3 van 5: /);
  });

  it('announces missing answers instead of moving on', async () => {
    await page.getByRole('button', { name: 'Volgende' }).press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'ontbreken 4 antwoorden' });
    await expect(alert.isVisible()).resolves.toBe(true);
    await expect(page.title()).resolves.toMatch(/^Stap 3 van 5: /);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a follow-up question only when the earlier answer asks for it', async () => {
    await answerStepByKeyboard(page);
    await expect.poll(() => page.title()).toMatch(/^Stap 4 van 5: Werken aan veiligheid/);
    // "Ja" on the agreed way of working (picked by Space) reveals the question about the instruments used.
    await answerStepByKeyboard(page);
    await expect.poll(() => page.title()).toMatch(/^Stap 5 van 5: /);
    await answerStepByKeyboard(page);
  });

  it('ends in a profile with a chart, the same numbers in a table, bands, advice and next steps', async () => {
    await expect.poll(() => page.title()).toMatch(/^Je profiel: Kwaliteit en blijvend leren/);
    await expect(focused(page)).resolves.toMatchObject({ tag: 'H2', text: 'Je profiel' });
    const chart = page.getByRole('img', { name: 'Score per onderwerp, in procenten' });
    await expect(chart.isVisible()).resolves.toBe(true);
    const table = 'Score per onderwerp (dezelfde cijfers als de grafiek)';
    expect(await rowText(page, table, 'De leercyclus')).toMatch(/0%\s+Beginnend\s+4\s+0/);
    // Weighted: "Helemaal oneens" (weight 2) and "Ja" twice of four questions: 2 of 5 points, exactly the 40 % border.
    expect(await rowText(page, table, 'Verantwoordelijkheden')).toMatch(/40%\s+Op weg/);
    expect(await rowText(page, table, 'Werken aan veiligheid')).toMatch(/45%\s+Op weg\s+4\s+0/);
    await expect(page.getByRole('heading', { name: 'De belangrijkste volgende stappen' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Data en inzicht' }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: /Download het profiel als CSV/ }).getAttribute('href')).resolves.toMatch(/^data:text\/csv/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints the profile without navigation or sharing tools', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Maak een deellink' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('table', { name: /Score per onderwerp/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('img', { name: 'Score per onderwerp, in procenten' }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('makes a share link that keeps the answers in the fragment, and opens it elsewhere', async () => {
    await page.getByLabel(/Naam in de link/).fill('Aanbieder A');
    await page.getByRole('button', { name: 'Maak een deellink' }).click();
    shareLink = await page.getByLabel('Je deellink').inputValue();
    expect(shareLink).toMatch(new RegExp(`${qualityScan}#zelfscan=v1\\.[0-9a-z.]+&naam=Aanbieder\\+A$`));

    const other = await openPage(browser);
    await other.page.goto(shareLink);
    await expect.poll(() => other.page.title()).toMatch(/^Gedeeld profiel: /);
    await expect(other.page.getByText('Je bekijkt een gedeeld profiel van "Aanbieder A"').isVisible()).resolves.toBe(true);
    expect(await rowText(other.page, 'Score per onderwerp (dezelfde cijfers als de grafiek)', 'Werken aan veiligheid')).toMatch(/45%\s+Op weg/);
    expect(other.problems).toEqual([]);
    await other.page.context().close();
  });

  it('compares two or more shared profiles side by side, and explains a broken link in Dutch', async () => {
    await page.getByLabel(/Naam in de link/).fill('Gemeente B');
    await page.getByRole('button', { name: 'Maak een deellink' }).click();
    const secondLink = await page.getByLabel('Je deellink').inputValue();

    const input = page.getByLabel('Plak twee of meer deellinks, elk op een eigen regel');
    await input.fill(`${shareLink}\n${baseUrl()}${qualityScan}#zelfscan=v1.9`);
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Link 2: Deze link past niet bij de zelfscan' }).isVisible()).resolves.toBe(true);

    await input.fill(`${shareLink}\n${secondLink}`);
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    const comparison = page.getByRole('table', { name: /Vergelijking van 2 profielen/ });
    await expect(comparison.getByRole('columnheader').allInnerTexts()).resolves.toEqual(['Onderwerp', 'Aanbieder A', 'Gemeente B']);
    expect(await comparison.getByRole('row', { name: /^Werken aan veiligheid/ }).innerText()).toMatch(/45% \(Op weg\)\s+45% \(Op weg\)/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('starts over on request and forgets the stored answers', async () => {
    await page.getByRole('button', { name: /Opnieuw beginnen/ }).click();
    await expect.poll(() => page.title()).toMatch(/^Stap 1 van 5: /);
    await page.reload();
    await expect.poll(() => page.title()).toMatch(/^Stap 1 van 5: /);
    const first = page.getByRole('group', { name: /^Vraag 1\./ });
    await expect(first.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('a self-scan on a slow connection', () => {
  it('keeps an answer ticked in the plain form before the island loaded', async () => {
    const { page } = await openPage(browser);
    const release = await holdScripts(page);
    await page.goto(`${baseUrl()}${qualityScan}`, { waitUntil: 'domcontentloaded' });
    const first = page.locator('form.self-scan-form input[type="radio"]').nth(1);
    await first.check();
    const [name, value] = await first.evaluate((input: HTMLInputElement) => [input.name, input.value]);
    release();
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await expect.poll(() => page.title()).toMatch(/^Stap 1 van 5/);
    await expect.poll(() => page.locator(`input[name="${name}"][value="${value}"]`).isChecked()).toBe(true);
    await page.context().close();
  });
});

describe('a self-scan without JavaScript', () => {
  it('is one plain form whose answers post to the result route, which shows the same profile', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}${regionScan}`);
    await expect(page.getByRole('form', { name: 'Vragen van de zelfscan' }).getByRole('group').count()).resolves.toBe(22);
    await page.getByRole('group', { name: /^Vraag 1\./ }).getByRole('radio', { name: 'Helemaal eens' }).check();
    await page.getByRole('group', { name: /^Vraag 2\./ }).getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('group', { name: /^Vraag 10\./ }).getByRole('checkbox', { name: /iJw-berichtenverkeer/ }).check();
    await page.getByRole('group', { name: /^Vraag 10\./ }).getByRole('checkbox', { name: /frontoffice/ }).check();
    await page.getByRole('button', { name: 'Bekijk je profiel' }).click();
    await page.waitForURL(/\/resultaat\/$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Je profiel: Klaar voor de aanpak van wachttijden?');
    const table = 'Score per onderwerp (dezelfde cijfers als de grafiek)';
    expect(await rowText(page, table, 'Bestuurlijk commitment')).toMatch(/100%\s+Gevorderd\s+2\s+1/);
    expect(await rowText(page, table, 'Datapositie')).toMatch(/50%\s+Op weg\s+1\s+2/);
    await expect(page.getByText('Het volledige traject (de oorspronkelijke leerexpeditie)').isVisible()).resolves.toBe(true);
    const html = await page.content();
    await page.context().close();

    // axe needs JavaScript: check the same result page in a context that has it, on the same origin.
    const withScript = await openPage(browser);
    await withScript.page.goto(`${baseUrl()}/zelfscans/`);
    await withScript.page.setContent(html, { waitUntil: 'load' });
    expect(await axeViolations(withScript.page)).toEqual([]);
    await withScript.page.context().close();
  });

  it('answers an unknown answer with a Dutch 400 page, an unknown scan with a 404 and a cross-site post with a 403', async () => {
    const post = (path: string, body: string, origin = baseUrl()) =>
      fetch(`${baseUrl()}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, body });
    const bad = await post(`${regionScan}resultaat/`, 'wethouders-eigenaar=misschien&onbekend=ja');
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain('is geen geldig antwoord op de vraag');
    expect(text).toContain('Onbekende vraag &quot;onbekend&quot;.');
    const unknownScan = await post('/zelfscans/bestaat-niet/resultaat/', 'a=b');
    expect(unknownScan.status).toBe(404);
    await expect(unknownScan.text()).resolves.toContain('Zelfscan niet gevonden');
    // Astro's origin check stays on: a form posted from another site is refused.
    expect((await post(`${regionScan}resultaat/`, 'wethouders-eigenaar=eens', 'https://elders.example')).status).toBe(403);
  });
});
