import { describe, expect, it } from 'vitest';
import { complementarySuppression, discloseSelection, minimumGroupSize, respondentsIn, summariseSelection, suppressSelections } from './aggregate';
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

  it('hides an optional question whole when 1 to k - 1 people answered it, so its total gives nothing away', () => {
    const questionnaire = contentQuestionnaires().get('jongeren-12-17')!;
    const result = summariseSelection(questionnaire, { shown: true, n: 30 }, [
      { item: 'steun-iemand', answer: '5', n: 3 },
      { item: 'wonen-veilig', answer: '4', n: 30 },
    ], k);
    const support = result.questions!.find((question) => question.item === 'steun-iemand')!;
    expect(support.answered).toBeNull();
    expect(support.answers.every((answer) => answer.count === null)).toBe(true);
    expect(result.questions!.find((question) => question.item === 'wonen-veilig')!.answered).toBe(30);
    // The support score leaves the hidden question out: with no other support answers there is no score.
    expect(result.domains!.find((domain) => domain.theme === 'steun')).toEqual({ theme: 'steun', score: null });
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

  /** Seeded random respondent cells over a small lattice, and every filter a reader could ask for. */
  function randomLattice(seed: number) {
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // "niet-in-lijst" counts in national totals but can never be asked for (the results API refuses it).
    const regions = ['rijnmond', 'twente', 'eindhoven', 'niet-in-lijst'];
    const months = ['2026-09', '2026-10', '2026-11', '2025-12'];
    const years = ['2026', '2025'];
    const groups = ['a', 'b', 'c'];
    const bands = ['x', 'y'];
    const cells: RespondentCell[] = [];
    for (const region of regions) for (const month of months) for (const group of groups) for (const band of bands) {
      const n = Math.floor(random() ** 3 * 14);
      if (n > 0) cells.push(cell(region, month, group, band, n));
    }
    const options = (values: string[]) => [undefined, ...values];
    const filters: CountFilter[] = [];
    for (const region of options(regions)) for (const period of options([...months, ...years])) for (const targetGroup of options(groups)) for (const ageBand of options(bands)) {
      filters.push({ region, period, targetGroup, ageBand });
    }
    return { cells, filters, regions, months, years, groups, bands };
  }

  /**
   * What an attacker has: every shown selection's number of respondents (`known`), and the fact that every
   * total is the sum of its parts along one filter: regions, groups, age bands, years, months of a year.
   */
  function attackerView({ cells, filters, regions, months, years, groups, bands }: ReturnType<typeof randomLattice>) {
    const key = (filter: CountFilter) => `${filter.region ?? ''}|${filter.period ?? ''}|${filter.targetGroup ?? ''}|${filter.ageBand ?? ''}`;
    const truth = new Map(filters.map((filter) => [key(filter), respondentsIn(cells, filter)]));
    const suppression = suppressSelections(cells, k);
    const published = (filter: CountFilter) => filter.region !== 'niet-in-lijst' && suppression.disclose(filter).shown;
    const known = new Map(filters.filter(published).map((filter) => [key(filter), truth.get(key(filter))!]));
    const equations: { total: string; parts: string[] }[] = [];
    for (const filter of filters) {
      const split = (name: keyof CountFilter, values: string[]) => {
        if (!filter[name]) equations.push({ total: key(filter), parts: values.map((value) => key({ ...filter, [name]: value })) });
      };
      split('region', regions);
      split('targetGroup', groups);
      split('ageBand', bands);
      if (!filter.period) equations.push({ total: key(filter), parts: years.map((year) => key({ ...filter, period: year })) });
      else if (filter.period.length === 4) {
        equations.push({ total: key(filter), parts: months.filter((month) => month.startsWith(filter.period!)).map((month) => key({ ...filter, period: month })) });
      }
    }
    return { truth, known, equations };
  }

  it('never lets two shown selections differ by 1 to k - 1 people, whatever the filters (seeded random data)', () => {
    for (let round = 0; round < 5; round++) {
      const { cells, filters } = randomLattice(42 + round);
      const suppression = suppressSelections(cells, k);
      const shown = filters.filter((filter) => suppression.disclose(filter).shown);
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

  it('resists a step-by-step attack: solving every "total = sum of its parts" with one unknown left reveals no small group', () => {
    for (let round = 0; round < 5; round++) {
      const { truth, known, equations } = attackerView(randomLattice(1000 + round));
      for (let progress = true; progress; ) {
        progress = false;
        for (const { total, parts } of equations) {
          const unknown = [total, ...parts].filter((name) => !known.has(name));
          if (unknown.length !== 1) continue;
          const [name] = unknown;
          const partsSum = parts.reduce((sum, part) => sum + (known.get(part) ?? 0), 0);
          known.set(name!, name === total ? partsSum : known.get(total)! - partsSum);
          progress = true;
        }
      }
      for (const [name, value] of known) {
        expect(value, name).toBe(truth.get(name));
        expect(value === 0 || value >= k, `${name} is ${value}, found by the attack`).toBe(true);
      }
    }
  });

  it('resists linear algebra: no hidden group is fixed by all the published sums together (Gaussian elimination)', () => {
    for (let round = 0; round < 3; round++) {
      const { truth, known, equations } = attackerView(randomLattice(2000 + round));
      const unknowns = [...truth.keys()].filter((name) => !known.has(name));
      const column = new Map(unknowns.map((name, index) => [name, index]));
      // Each sum as a row over the unknowns: total - parts = 0, known values moved out (they do not matter here).
      const rows = equations.map(({ total, parts }) => {
        const row = new Float64Array(unknowns.length);
        if (column.has(total)) row[column.get(total)!]! += 1;
        for (const part of parts) if (column.has(part)) row[column.get(part)!]! -= 1;
        return row;
      }).filter((row) => row.some((value) => value !== 0));
      // Reduced row echelon form; an unknown is fixed when its pivot row has no other non-zero entry.
      const pivots: number[] = [];
      let rank = 0;
      for (let col = 0; col < unknowns.length && rank < rows.length; col++) {
        let best = rank;
        for (let r = rank + 1; r < rows.length; r++) if (Math.abs(rows[r]![col]!) > Math.abs(rows[best]![col]!)) best = r;
        if (Math.abs(rows[best]![col]!) < 1e-9) continue;
        [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
        const pivotRow = rows[rank]!;
        const scale = pivotRow[col]!;
        for (let c = 0; c < unknowns.length; c++) pivotRow[c]! /= scale;
        for (let r = 0; r < rows.length; r++) {
          if (r === rank || Math.abs(rows[r]![col]!) < 1e-12) continue;
          const factor = rows[r]![col]!;
          for (let c = 0; c < unknowns.length; c++) rows[r]![c]! -= factor * pivotRow[c]!;
        }
        pivots.push(col);
        rank++;
      }
      const fixed = pivots.filter((col, index) => rows[index]!.every((value, c) => c === col || Math.abs(value) < 1e-9)).map((col) => unknowns[col]!);
      for (const name of fixed) {
        const value = truth.get(name)!;
        expect(value === 0 || value >= k, `${name} (${value}) is fixed by the published sums`).toBe(true);
      }
    }
  });
});
