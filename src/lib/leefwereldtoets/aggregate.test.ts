import { describe, expect, it } from 'vitest';
import { complementarySuppression, discloseSelection, minimumGroupSize, respondentsIn, summariseSelection } from './aggregate';
import type { CountFilter, RespondentCell } from './repository';
import { contentQuestionnaires } from './test-definitions';

const k = 10;
const cell = (region: string, month: string, targetGroup: string, ageBand: string, n: number): RespondentCell => ({ region, month, targetGroup, ageBand, n });

describe('minimumGroupSize', () => {
  it('defaults to 10 and never goes below 5', () => {
    expect(minimumGroupSize(undefined)).toBe(10);
    expect(minimumGroupSize('25')).toBe(25);
    expect(minimumGroupSize('2')).toBe(5);
    expect(minimumGroupSize('veel')).toBe(10);
  });
});

describe('small-number suppression', () => {
  it('shows nothing with k - 1 respondents and shows the selection with k', () => {
    expect(discloseSelection([cell('rijnmond', '2026-11', 'a', 'x', k - 1)], { region: 'rijnmond' }, k).shown).toBe(false);
    expect(discloseSelection([cell('rijnmond', '2026-11', 'a', 'x', k)], { region: 'rijnmond' }, k)).toEqual({ shown: true, n: k });
  });

  it('hides a question\'s small answers plus the next smallest, so the question total cannot give them back', () => {
    const questionnaire = contentQuestionnaires().get('jongeren-12-17')!;
    const result = summariseSelection(questionnaire, { shown: true, n: 30 }, [
      { item: 'steun-iemand', answer: '5', n: 20 },
      { item: 'steun-iemand', answer: '4', n: 7 },
      { item: 'steun-iemand', answer: '1', n: 3 },
    ], k);
    const answers = result.questions!.find((question) => question.item === 'steun-iemand')!.answers;
    expect(answers.map((answer) => answer.count)).toEqual([null, 0, 0, null, 20]);
  });

  it('hides a filtered cell whose sibling is small, so "region total minus the cell" reveals nothing', () => {
    const cells = [cell('rijnmond', '2026-11', 'beperking', 'x', 12), cell('rijnmond', '2026-11', 'mentaal', 'x', 3)];
    expect(discloseSelection(cells, { region: 'rijnmond' }, k).shown).toBe(true);
    expect(discloseSelection(cells, { region: 'rijnmond', targetGroup: 'beperking' }, k).shown).toBe(false);
    expect(discloseSelection(cells, { region: 'rijnmond', targetGroup: 'mentaal' }, k).shown).toBe(false);
  });

  it('hides a month when "the year minus this month" would reveal a small month (overlapping periods)', () => {
    const cells = [cell('rijnmond', '2026-10', 'a', 'x', 15), cell('rijnmond', '2026-11', 'a', 'x', 4)];
    expect(discloseSelection(cells, { region: 'rijnmond', period: '2026' }, k).shown).toBe(true);
    expect(discloseSelection(cells, { region: 'rijnmond', period: '2026-10' }, k).shown).toBe(false);
    expect(discloseSelection(cells, { region: 'rijnmond', period: '2026-11' }, k).shown).toBe(false);
  });

  it('hides a selection when a total several filters wider differs from it by fewer than k', () => {
    // Every single-filter sibling table is clean, but "national minus this cell" is 2 people.
    const cells = [cell('rijnmond', '2026-11', 'a', 'x', 10), cell('twente', '2026-11', 'b', 'x', 2)];
    expect(discloseSelection(cells, {}, k).shown).toBe(true);
    expect(discloseSelection(cells, { region: 'rijnmond', targetGroup: 'a' }, k).shown).toBe(false);
  });

  it('complementary suppression hides at least two cells adding up to k', () => {
    expect([...complementarySuppression(new Map([['a', 3], ['b', 50], ['c', 12]]), k)].sort()).toEqual(['a', 'c']);
    expect(complementarySuppression(new Map([['a', 10], ['b', 11]]), k).size).toBe(0);
  });

  it('never lets two shown selections differ by 1 to k - 1 people, whatever the filters (seeded random data)', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const regions = ['rijnmond', 'twente', 'eindhoven'];
    const months = ['2026-09', '2026-10', '2026-11', '2025-12'];
    const groups = ['a', 'b', 'c'];
    const bands = ['x', 'y'];
    for (let round = 0; round < 5; round++) {
      const cells: RespondentCell[] = [];
      for (const region of regions) for (const month of months) for (const group of groups) for (const band of bands) {
        const n = Math.floor(random() ** 3 * 14);
        if (n > 0) cells.push(cell(region, month, group, band, n));
      }
      const options = (values: string[]) => [undefined, ...values];
      const filters: CountFilter[] = [];
      for (const region of options(regions)) for (const period of options([...months, '2026', '2025'])) for (const targetGroup of options(groups)) for (const ageBand of options(bands)) {
        filters.push({ region, period, targetGroup, ageBand });
      }
      const shown = filters.filter((filter) => discloseSelection(cells, filter, k).shown);
      expect(shown.length).toBeGreaterThan(10);
      const contains = (outer: CountFilter, inner: CountFilter) =>
        (!outer.region || outer.region === inner.region) &&
        (!outer.targetGroup || outer.targetGroup === inner.targetGroup) &&
        (!outer.ageBand || outer.ageBand === inner.ageBand) &&
        (!outer.period || (inner.period !== undefined && inner.period.startsWith(outer.period)));
      for (const outer of shown) for (const inner of shown) {
        if (outer === inner || !contains(outer, inner)) continue;
        const difference = respondentsIn(cells, outer) - respondentsIn(cells, inner);
        expect(difference === 0 || difference >= k, JSON.stringify({ outer, inner, difference })).toBe(true);
      }
    }
  });
});
