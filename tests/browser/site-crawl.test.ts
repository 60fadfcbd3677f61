/**
 * Every built page, loaded in a real browser from the running server: no axe violations (WCAG 2.2 A/AA),
 * no broken internal links or anchors, a unique title, a meta description, Dutch as page language, and no
 * console errors (which is also how a Content-Security-Policy violation would show).
 */
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './browser';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { builtPages, clientDir } from './built-site';
import { onDemandPages } from './on-demand-pages';

interface PageReport {
  urlPath: string;
  status: number;
  title: string;
  description: string | null;
  lang: string | null;
  links: string[];
  ids: string[];
  violations: { id: string; impact: string | null | undefined; nodes: string[] }[];
  problems: string[];
}

const notFoundProbe = '/deze-pagina-bestaat-niet/';
let browser: Browser;
const reports = new Map<string, PageReport>();

async function inspect(urlPath: string): Promise<PageReport> {
  const { page, problems } = await openPage(browser);
  const response = await page.goto(`${baseUrl()}${urlPath}`);
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    // @ts-expect-error axe is injected into the page above
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  const report: PageReport = {
    urlPath,
    status: response?.status() ?? 0,
    title: await page.title(),
    description: await page.locator('meta[name="description"]').getAttribute('content'),
    lang: await page.locator('html').getAttribute('lang'),
    links: await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href)),
    ids: await page.$$eval('[id]', (elements) => elements.map((element) => element.id)),
    violations: (results as axe.AxeResults).violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    })),
    problems,
  };
  await page.context().close();
  return report;
}

const pages = [...builtPages().map((page) => (page.urlPath === '/404.html' ? notFoundProbe : page.urlPath)), ...onDemandPages()];

/** Pages inspected at the same time: each gets its own browser context, so they cannot affect each other. */
const crawlConcurrency = 3;

beforeAll(async () => {
  browser = await launchBrowser();
  const queue = [...pages];
  const worker = async () => {
    for (let urlPath = queue.shift(); urlPath !== undefined; urlPath = queue.shift()) reports.set(urlPath, await inspect(urlPath));
  };
  await Promise.all(Array.from({ length: crawlConcurrency }, worker));
  // Every page gets its own axe run and the site keeps growing, so the time allowed grows with it.
}, Math.max(60_000, pages.length * 8_000));

afterAll(async () => {
  await browser?.close();
});

describe('every page of the built site', () => {
  it('has at least the pages the foundation promises', () => {
    for (const expected of ['/', '/handboek/', '/oplossingen/', '/niet-doen/', '/kwaliteit/', '/zelfscans/', '/leefwereldtoets/', '/leerexpeditie/', '/bronnen/', '/zoeken/', '/begrippen/', '/toegankelijkheid/', '/privacy/']) {
      expect(pages).toContain(expected);
    }
  });

  it('answers 200, and 404 for an unknown address', () => {
    for (const report of reports.values()) expect([report.urlPath, report.status]).toEqual([report.urlPath, report.urlPath === notFoundProbe ? 404 : 200]);
  });

  it('has no axe violations (WCAG 2.2 A and AA)', () => {
    const failing = [...reports.values()].filter((report) => report.violations.length > 0).map((report) => ({ page: report.urlPath, violations: report.violations }));
    expect(failing).toEqual([]);
  });

  it('declares Dutch, a meta description and a title no other page has', () => {
    const titles = new Map<string, string[]>();
    for (const report of reports.values()) {
      expect([report.urlPath, report.lang]).toEqual([report.urlPath, 'nl']);
      expect(report.description?.length ?? 0, `beschrijving van ${report.urlPath}`).toBeGreaterThan(20);
      titles.set(report.title, [...(titles.get(report.title) ?? []), report.urlPath]);
    }
    const duplicates = [...titles.entries()].filter(([, paths]) => paths.length > 1);
    expect(duplicates).toEqual([]);
  });

  it('has no internal link to a missing page or a missing anchor', async () => {
    const origin = new URL(baseUrl()).origin;
    const broken: string[] = [];
    const uncrawled = new Map<string, string>();
    for (const report of reports.values()) {
      for (const href of report.links) {
        const target = new URL(href);
        // Links to /api/ are downloads (CSV), not pages.
        if (target.origin !== origin || target.pathname.startsWith('/api/')) continue;
        // A downloadable file (e.g. the monitor's example CSV) must exist in the built site.
        if (/\.(?!html$)[a-z0-9]+$/i.test(target.pathname)) {
          if (!existsSync(path.join(clientDir, decodeURIComponent(target.pathname)))) broken.push(`${report.urlPath} → ${target.pathname} (bestand bestaat niet)`);
          continue;
        }
        const targetReport = reports.get(target.pathname);
        if (!targetReport) {
          // A page the crawl did not visit (e.g. a lesson another test shared and approved): it must answer 200.
          uncrawled.set(target.pathname, report.urlPath);
        } else if (target.hash && !targetReport.ids.includes(decodeURIComponent(target.hash.slice(1)))) {
          broken.push(`${report.urlPath} → ${target.pathname}${target.hash} (anker bestaat niet)`);
        }
      }
    }
    for (const [targetPath, fromPath] of uncrawled) {
      const response = await fetch(`${baseUrl()}${targetPath}`);
      if (response.status !== 200) broken.push(`${fromPath} → ${targetPath} (pagina bestaat niet: ${response.status})`);
    }
    expect(broken).toEqual([]);
  });

  it('logs no errors in the browser console', () => {
    const withProblems = [...reports.values()].filter((report) => report.problems.length > 0 && report.urlPath !== notFoundProbe);
    expect(withProblems.map((report) => [report.urlPath, report.problems])).toEqual([]);
  });
});
