/** Runs axe-core (WCAG 2.2 A/AA tags) on the current state of a page, for tests of interactive states. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(axe.source);
  const results = (await page.evaluate(() =>
    // @ts-expect-error axe is injected into the page above
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  )) as axe.AxeResults;
  return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}
