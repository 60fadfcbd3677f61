/**
 * The real handbook: every chapter follows the editorial rules, and the chapter ids other sections link to
 * (solutions, niet-doen, quality frameworks) exist with the agreed order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChapterProblems } from '../../src/lib/handbook-rules';

const dir = path.resolve(import.meta.dirname, '../../content/handbook');
const chapters = readdirSync(dir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const mdx = readFileSync(path.join(dir, file), 'utf8');
    return { id: file.replace(/\.mdx$/, ''), mdx, order: Number(/^order: (\d+)$/m.exec(mdx)?.[1]) };
  });

describe('handbook chapters', () => {
  it.each(chapters.map((chapter) => [chapter.id, chapter.mdx]))('%s follows the editorial rules', (_id, mdx) => {
    expect(findChapterProblems(mdx)).toEqual([]);
  });

  it('has at least ten chapters, numbered 1, 2, 3 … without gaps or doubles', () => {
    const orders = chapters.map((chapter) => chapter.order).sort((a, b) => a - b);
    expect(orders.length).toBeGreaterThanOrEqual(10);
    expect(orders).toEqual(orders.map((_order, index) => index + 1));
  });

  it('keeps the chapter ids and orders other sections link to', () => {
    const orderOf = Object.fromEntries(chapters.map((chapter) => [chapter.id, chapter.order]));
    expect(orderOf).toMatchObject({
      'wachttijden-begrijpen': 1,
      'aanpak-langs-drie-lijnen': 2,
      'zo-start-je-als-regio': 3,
      'data-en-inzicht': 4,
      'lessen-uit-de-pilotregios': 5,
      'zicht-op-de-wachtlijst': 6,
      'hervormingsagenda-jeugd': 7,
      'middelen-en-afspraken': 8,
      'specialistische-jeugdhulp-organiseren': 9,
      'jongeren-en-gezinnen-betrekken': 10,
    });
  });
});
