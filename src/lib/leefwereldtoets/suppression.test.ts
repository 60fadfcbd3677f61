import { describe, expect, it } from 'vitest';
import { respondentsIn } from './aggregate';
import type { CountFilter, RespondentCell } from './repository';
import { protectSums, suppress, type AnswerCell } from './suppression';

const k = 10;
const cell = (region: string, month: string, targetGroup: string, ageBand: string, n: number): RespondentCell => ({ region, month, targetGroup, ageBand, n });
const disclose = (cells: RespondentCell[], filter: CountFilter) => suppress(cells, k).disclose(filter);

/** The lattice of a small synthetic questionnaire, and every filter a reader could ask for. */
interface Lattice {
  regions: string[];
  months: string[];
  years: string[];
  groups: string[];
  bands: string[];
}

const fullLattice: Lattice = {
  // "niet-in-lijst" counts in national totals but can never be asked for (the results API refuses it).
  regions: ['rijnmond', 'twente', 'eindhoven', 'niet-in-lijst'],
  months: ['2026-09', '2026-10', '2026-11', '2025-12'],
  years: ['2026', '2025'],
  groups: ['a', 'b', 'c'],
  bands: ['x', 'y'],
};

/** The questions of the synthetic data: one every respondent must answer, one that may be skipped. */
const questions = [
  { item: 'verplicht', answers: ['1', '2', '3'], required: true },
  { item: 'vrij', answers: ['ja', 'nee'], required: false },
];

function randomData(seed: number, lattice: Lattice, maxPerCell: number) {
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const cells: RespondentCell[] = [];
  const answerCells: AnswerCell[] = [];
  for (const region of lattice.regions) for (const month of lattice.months) for (const group of lattice.groups) for (const band of lattice.bands) {
    const n = Math.floor(random() ** 3 * maxPerCell);
    if (n === 0) continue;
    cells.push(cell(region, month, group, band, n));
    for (const { item, answers, required } of questions) {
      const counts = new Map<string, number>();
      for (let person = 0; person < n; person++) {
        if (!required && random() < 0.4) continue;
        const answer = answers[Math.floor(random() ** 2 * answers.length)]!;
        counts.set(answer, (counts.get(answer) ?? 0) + 1);
      }
      for (const [answer, count] of counts) answerCells.push({ region, month, targetGroup: group, ageBand: band, item, answer, n: count });
    }
  }
  const options = (values: string[]) => [undefined, ...values];
  const filters: CountFilter[] = [];
  for (const region of options(lattice.regions)) for (const period of options([...lattice.months, ...lattice.years])) {
    for (const targetGroup of options(lattice.groups)) for (const ageBand of options(lattice.bands)) filters.push({ region, period, targetGroup, ageBand });
  }
  return { cells, answerCells, filters, lattice };
}

/**
 * What an attacker has: every number the API publishes (`known`: respondents of shown selections, and their
 * question totals and answer counts that are not hidden), and every sum that ties numbers together: each
 * total is the sum of its parts along one filter (for respondents and for every answer count and question
 * total alike), each question total is the sum of its answers, and a required question's total is the
 * number of respondents. `truth` holds every number, shown or not.
 */
function attackerView({ cells, answerCells, filters, lattice }: ReturnType<typeof randomData>, withAnswers: boolean) {
  const key = (filter: CountFilter) => `${filter.region ?? ''}|${filter.period ?? ''}|${filter.targetGroup ?? ''}|${filter.ageBand ?? ''}`;
  const columns = withAnswers ? ['n', ...questions.flatMap(({ item, answers }) => [`${item}=*`, ...answers.map((answer) => `${item}=${answer}`)])] : ['n'];
  const name = (filter: CountFilter, column: string) => `${key(filter)}#${column}`;
  const inFilter = (place: Omit<RespondentCell, 'n'>, filter: CountFilter) =>
    respondentsIn([{ ...place, n: 1 }], filter) === 1;
  const truth = new Map<string, number>();
  for (const filter of filters) {
    truth.set(name(filter, 'n'), respondentsIn(cells, filter));
    if (!withAnswers) continue;
    for (const { item, answers } of questions) {
      let answered = 0;
      for (const answer of answers) {
        const count = answerCells.filter((row) => row.item === item && row.answer === answer && inFilter(row, filter)).reduce((sum, row) => sum + row.n, 0);
        truth.set(name(filter, `${item}=${answer}`), count);
        answered += count;
      }
      truth.set(name(filter, `${item}=*`), answered);
    }
  }
  const suppression = suppress(cells, k, () => answerCells);
  const known = new Map<string, number>();
  for (const filter of filters) {
    if (filter.region === 'niet-in-lijst' || !suppression.disclose(filter).shown) continue;
    known.set(name(filter, 'n'), truth.get(name(filter, 'n'))!);
    if (!withAnswers) continue;
    const hidden = suppression.hiddenAnswers(filter);
    for (const { item, answers } of questions) {
      if (hidden.questions.has(item)) continue;
      known.set(name(filter, `${item}=*`), truth.get(name(filter, `${item}=*`))!);
      for (const answer of answers) if (!hidden.answers.has(`${item}=${answer}`)) known.set(name(filter, `${item}=${answer}`), truth.get(name(filter, `${item}=${answer}`))!);
    }
  }
  const equations: { total: string; parts: string[] }[] = [];
  for (const filter of filters) {
    for (const column of columns) {
      const split = (filterName: keyof CountFilter, values: string[]) => {
        if (!filter[filterName]) equations.push({ total: name(filter, column), parts: values.map((value) => name({ ...filter, [filterName]: value }, column)) });
      };
      split('region', lattice.regions);
      split('targetGroup', lattice.groups);
      split('ageBand', lattice.bands);
      if (!filter.period) equations.push({ total: name(filter, column), parts: lattice.years.map((year) => name({ ...filter, period: year }, column)) });
      else if (filter.period.length === 4) {
        const months = lattice.months.filter((month) => month.startsWith(filter.period!));
        equations.push({ total: name(filter, column), parts: months.map((month) => name({ ...filter, period: month }, column)) });
      }
    }
    if (!withAnswers) continue;
    for (const { item, answers, required } of questions) {
      equations.push({ total: name(filter, `${item}=*`), parts: answers.map((answer) => name(filter, `${item}=${answer}`)) });
      if (required) equations.push({ total: name(filter, `${item}=*`), parts: [name(filter, 'n')] });
    }
  }
  return { truth, known, equations };
}

/** Solves every sum with one unknown left, again and again; returns everything the attacker then knows. */
function peel({ known, equations }: ReturnType<typeof attackerView>): Map<string, number> {
  const solved = new Map(known);
  for (let progress = true; progress; ) {
    progress = false;
    for (const { total, parts } of equations) {
      const unknown = [total, ...parts].filter((name) => !solved.has(name));
      if (unknown.length !== 1) continue;
      const [name] = unknown;
      const partsSum = parts.reduce((sum, part) => sum + (solved.get(part) ?? 0), 0);
      solved.set(name!, name === total ? partsSum : solved.get(total)! - partsSum);
      progress = true;
    }
  }
  return solved;
}

/** The unknowns that all sums together fix to one value (Gaussian elimination, reduced row echelon form). */
function fixedByAllSums({ truth, known, equations }: ReturnType<typeof attackerView>): string[] {
  const unknowns = [...truth.keys()].filter((name) => !known.has(name));
  const column = new Map(unknowns.map((name, index) => [name, index]));
  const rows = equations.map(({ total, parts }) => {
    const row = new Float64Array(unknowns.length);
    if (column.has(total)) row[column.get(total)!]! += 1;
    for (const part of parts) if (column.has(part)) row[column.get(part)!]! -= 1;
    return row;
  }).filter((row) => row.some((value) => value !== 0));
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < unknowns.length && rank < rows.length; col++) {
    let best = rank;
    for (let r = rank + 1; r < rows.length; r++) if (Math.abs(rows[r]![col]!) > Math.abs(rows[best]![col]!)) best = r;
    if (Math.abs(rows[best]![col]!) < 1e-9) continue;
    [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
    const pivotRow = rows[rank]!;
    const scale = pivotRow[col]!;
    for (let c = col; c < unknowns.length; c++) pivotRow[c]! /= scale;
    for (let r = 0; r < rows.length; r++) {
      const factor = rows[r]![col]!;
      if (r === rank || Math.abs(factor) < 1e-12) continue;
      const row = rows[r]!;
      for (let c = col; c < unknowns.length; c++) row[c]! -= factor * pivotRow[c]!;
    }
    pivots.push(col);
    rank++;
  }
  return pivots.filter((col, index) => rows[index]!.every((value, c) => c === col || Math.abs(value) < 1e-9)).map((col) => unknowns[col]!);
}

const small = (value: number) => value > 0 && value < k;

describe('small-number suppression of selections', () => {
  it('shows nothing with k - 1 respondents and shows the selection with k', () => {
    expect(disclose([cell('rijnmond', '2026-11', 'a', 'x', k - 1)], { region: 'rijnmond' }).shown).toBe(false);
    expect(disclose([cell('rijnmond', '2026-11', 'a', 'x', k)], { region: 'rijnmond' })).toEqual({ shown: true, n: k });
  });

  it('hides a filtered cell whose sibling is small, so "region total minus the cell" reveals nothing', () => {
    const cells = [cell('rijnmond', '2026-11', 'beperking', 'x', 12), cell('rijnmond', '2026-11', 'mentaal', 'x', 3)];
    expect(disclose(cells, { region: 'rijnmond' }).shown).toBe(true);
    expect(disclose(cells, { region: 'rijnmond', targetGroup: 'beperking' }).shown).toBe(false);
    expect(disclose(cells, { region: 'rijnmond', targetGroup: 'mentaal' }).shown).toBe(false);
  });

  it('hides a month when "the year minus this month" would reveal a small month (overlapping periods)', () => {
    const cells = [cell('rijnmond', '2026-10', 'a', 'x', 15), cell('rijnmond', '2026-11', 'a', 'x', 4)];
    expect(disclose(cells, { region: 'rijnmond', period: '2026' }).shown).toBe(true);
    expect(disclose(cells, { region: 'rijnmond', period: '2026-10' }).shown).toBe(false);
    expect(disclose(cells, { region: 'rijnmond', period: '2026-11' }).shown).toBe(false);
  });

  it('hides a selection when a total several filters wider differs from it by fewer than k', () => {
    // Every single-filter sibling table is clean, but "national minus this cell" is 2 people.
    const cells = [cell('rijnmond', '2026-11', 'a', 'x', 10), cell('twente', '2026-11', 'b', 'x', 2)];
    expect(disclose(cells, {}).shown).toBe(true);
    expect(disclose(cells, { region: 'rijnmond', targetGroup: 'a' }).shown).toBe(false);
  });

  it('complementary suppression hides at least two parts of a sum, adding up to k, smallest first', () => {
    // Positions: 0 is the total (65), 1-3 the parts (3, 50, 12); the 3 is hidden to begin with.
    const hidden = Uint8Array.from([0, 1, 0, 0]);
    protectSums([65, 3, 50, 12], [{ total: 0, parts: [1, 2, 3] }], hidden, k);
    expect([...hidden]).toEqual([0, 1, 0, 1]);
    const untouched = new Uint8Array(3);
    protectSums([21, 10, 11], [{ total: 0, parts: [1, 2] }], untouched, k);
    expect([...untouched]).toEqual([0, 0, 0]);
  });

  it('never lets two shown selections differ by 1 to k - 1 people, whatever the filters (seeded random data)', () => {
    for (let round = 0; round < 5; round++) {
      const { cells, filters } = randomData(42 + round, fullLattice, 14);
      const suppression = suppress(cells, k);
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

  it('resists a step-by-step attack on the numbers of respondents: no small group is found', () => {
    for (let round = 0; round < 5; round++) {
      const view = attackerView(randomData(1000 + round, fullLattice, 14), false);
      const found = [...peel(view)].filter(([name]) => !view.known.has(name));
      for (const [name, value] of found) expect(value, name).toBe(view.truth.get(name));
      expect(found.filter(([, value]) => small(value))).toEqual([]);
    }
  });

  it('resists linear algebra on the numbers of respondents: no small group is fixed by all sums together', () => {
    for (let round = 0; round < 3; round++) {
      const view = attackerView(randomData(2000 + round, fullLattice, 14), false);
      expect(fixedByAllSums(view).filter((name) => small(view.truth.get(name)!))).toEqual([]);
    }
  });
});

describe('small-number suppression of answers', () => {
  const smallLattice: Lattice = { regions: ['rijnmond', 'twente', 'niet-in-lijst'], months: ['2026-10', '2026-11'], years: ['2026'], groups: ['a', 'b'], bands: ['x'] };

  it('resists a step-by-step attack on answer counts: no small count of an answer or a question is found', () => {
    for (let round = 0; round < 5; round++) {
      const view = attackerView(randomData(3000 + round, fullLattice, 30), true);
      const found = [...peel(view)].filter(([name]) => !view.known.has(name));
      for (const [name, value] of found) expect(value, name).toBe(view.truth.get(name));
      expect(found.filter(([, value]) => small(value))).toEqual([]);
      // Hiding everything would pass the attack too; so: of the counts in shown selections that are 0 or at
      // least k (what the small-number rule alone would show), most stay shown (about 70 % on this data).
      const readableAlone = [...view.truth].filter(([name, value]) => view.known.has(`${name.split('#')[0]}#n`) && !small(value)).length;
      expect(view.known.size).toBeGreaterThan(readableAlone * 0.6);
    }
  });

  it('resists linear algebra on answer counts: no small count is fixed by all sums together', () => {
    for (let round = 0; round < 3; round++) {
      const view = attackerView(randomData(4000 + round, smallLattice, 40), true);
      expect(fixedByAllSums(view).filter((name) => small(view.truth.get(name)!))).toEqual([]);
    }
  });

  it('hides an answer of a region\'s group when "the region minus the other groups" would give it back', () => {
    const place = { region: 'rijnmond', month: '2026-11', ageBand: 'x' };
    const cells = [{ ...place, targetGroup: 'a', n: 20 }, { ...place, targetGroup: 'b', n: 20 }];
    const answers: AnswerCell[] = [
      { ...place, targetGroup: 'a', item: 'vraag', answer: 'nee', n: 3 },
      { ...place, targetGroup: 'a', item: 'vraag', answer: 'ja', n: 17 },
      { ...place, targetGroup: 'b', item: 'vraag', answer: 'nee', n: 12 },
      { ...place, targetGroup: 'b', item: 'vraag', answer: 'ja', n: 8 },
    ];
    const suppression = suppress(cells, k, () => answers);
    // Group a's 3 "nee" is small; group b's 12 "nee" must go too, or the region's 15 minus 12 gives the 3 back.
    expect(suppression.hiddenAnswers({ region: 'rijnmond', targetGroup: 'a' }).answers).toContain('vraag=nee');
    expect(suppression.hiddenAnswers({ region: 'rijnmond', targetGroup: 'b' }).answers).toContain('vraag=nee');
    expect(suppression.hiddenAnswers({ region: 'rijnmond' }).answers.size).toBe(0);
  });
});
