/**
 * Small-number suppression of the leefwereldtoets results, decided for every selection (questionnaire +
 * region + period + target group + age band) at once, so every answer the API gives agrees with every other.
 *
 * Selections (how many people answered):
 * 1. Primary: a selection with 1 to k-1 respondents is hidden. Few answers could point at a person.
 * 2. Differencing: a selection is hidden when a wider selection (filters dropped, a month widened to its
 *    year) differs from it by 1 to k-1 respondents, so "region total minus a filtered cell", or "the year
 *    minus this month", cannot reveal a small group.
 * 3. Complementary, across all filters: every total is the sum of its parts along one filter (regions,
 *    target groups, age bands, years, the months of a year). In each such sum, if anything is hidden, at
 *    least two things are (so no part can be solved from the others), and under a shown total the hidden
 *    parts add up to at least k. Parts are hidden smallest first, until no sum anywhere breaks this.
 * "Mijn regio staat er niet bij" cannot be chosen as a region, but it is a part of every national total like
 * any region: a group of at least k that could be derived is no more revealing than one that is shown.
 *
 * Answers (how many people gave each answer to a question), inside the shown selections:
 * 4. An answer given by 1 to k-1 people is hidden; an optional question answered by 1 to k-1 people is hidden
 *    whole, its total included. A required question's total is the number of respondents, which a reader
 *    knows; it is never hidden here: it is at least k in a shown selection, and the sums along the filters of
 *    those totals are the respondents' sums, already protected by rule 3. (The attack tests give the reader
 *    this knowledge.)
 * 5. Rule 3 again, over the answer counts: the same sums along every filter for each answer (a region's count
 *    of "nee" is the sum of its groups' counts), plus per selection the question total as the sum of its
 *    answers. The counts of hidden selections are unknown to a reader, so they take part as hidden.
 */
import type { CountFilter, RespondentCell } from './repository';

export type Disclosure = { shown: true; n: number } | { shown: false; reason: string };

const reasons = {
  small: (k: number) => `Minder dan ${k} mensen hebben deze vragenlijst voor deze keuze ingevuld.`,
  total: 'Deze cijfers zijn verborgen zodat je een kleine groep niet kunt terugrekenen uit een totaal.',
  neighbour: 'Deze cijfers zijn verborgen zodat je een kleine groep ernaast niet kunt terugrekenen.',
};

/** A selection as a key: region|period|target group|age band, empty where not filtered. */
const selectionKey = (region = '', period = '', targetGroup = '', ageBand = '') => `${region}|${period}|${targetGroup}|${ageBand}`;
const keyOf = (filter: CountFilter) => selectionKey(filter.region, filter.period, filter.targetGroup, filter.ageBand);

type Place = Pick<RespondentCell, 'region' | 'month' | 'targetGroup' | 'ageBand'>;

/** The 24 selections a place (region, month, group, age band) counts in. */
function selectionsContaining(place: Place): string[] {
  const keys: string[] = [];
  for (const region of ['', place.region]) for (const period of ['', place.month.slice(0, 4), place.month]) {
    for (const targetGroup of ['', place.targetGroup]) for (const ageBand of ['', place.ageBand]) keys.push(selectionKey(region, period, targetGroup, ageBand));
  }
  return keys;
}

/** A total and its parts, as positions in an array of counts. */
export interface Sum {
  total: number;
  parts: number[];
}

/** Every selection with respondents, and every "total = sum of parts along one filter" between them. */
interface Lattice {
  keys: string[];
  positionOf: Map<string, number>;
  respondents: number[];
  sums: Sum[];
}

function buildLattice(cells: readonly RespondentCell[]): Lattice {
  const positionOf = new Map<string, number>();
  const respondents: number[] = [];
  for (const cell of cells) {
    for (const key of selectionsContaining(cell)) {
      let position = positionOf.get(key);
      if (position === undefined) positionOf.set(key, (position = respondents.push(0) - 1));
      respondents[position]! += cell.n;
    }
  }
  const keys = [...positionOf.keys()];
  const values = (pick: (cell: RespondentCell) => string) => [...new Set(cells.map(pick))].sort();
  const regions = values((cell) => cell.region);
  const months = values((cell) => cell.month);
  const years = values((cell) => cell.month.slice(0, 4));
  const targetGroups = values((cell) => cell.targetGroup);
  const ageBands = values((cell) => cell.ageBand);
  const sums: Sum[] = [];
  keys.forEach((key, total) => {
    const [region, period, targetGroup, ageBand] = key.split('|') as [string, string, string, string];
    const split = (partKeys: string[]) => {
      const parts = partKeys.flatMap((part) => (positionOf.has(part) ? [positionOf.get(part)!] : []));
      if (parts.length > 0) sums.push({ total, parts });
    };
    if (!region) split(regions.map((value) => selectionKey(value, period, targetGroup, ageBand)));
    if (!targetGroup) split(targetGroups.map((value) => selectionKey(region, period, value, ageBand)));
    if (!ageBand) split(ageBands.map((value) => selectionKey(region, period, targetGroup, value)));
    if (!period) split(years.map((value) => selectionKey(region, value, targetGroup, ageBand)));
    else if (period.length === 4) split(months.filter((month) => month.startsWith(`${period}-`)).map((value) => selectionKey(region, value, targetGroup, ageBand)));
  });
  return { keys, positionOf, respondents, sums };
}

/**
 * Rule 3 over any counts: marks more entries hidden until, in every sum with a hidden entry, at least two
 * entries are hidden and, when the total is shown, the hidden parts add up to at least k. The smallest shown
 * part is hidden first; when no part is left, the total. Zero counts are never hidden and never needed: a
 * reader who works out a zero learns nothing about anyone.
 */
export function protectSums(values: ArrayLike<number>, sums: readonly Sum[], hidden: Uint8Array, k: number): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const { total, parts } of sums) {
      if (values[total] === 0) continue;
      let unknowns = hidden[total] ? 1 : 0;
      let hiddenSum = 0;
      let next = -1;
      for (const part of parts) {
        const value = values[part]!;
        if (value === 0) continue;
        if (hidden[part]) (unknowns++, (hiddenSum += value));
        else if (next < 0 || value < values[next]!) next = part;
      }
      if (unknowns === 0 || (unknowns >= 2 && (hidden[total] || hiddenSum >= k))) continue;
      hidden[next >= 0 ? next : total] = 1;
      changed = true;
    }
  }
}

export interface AnswerCell extends Place {
  item: string;
  answer: string;
  n: number;
}

/** What is hidden inside one shown selection. */
export interface HiddenAnswers {
  /** Questions whose total (and every answer) is hidden. */
  questions: Set<string>;
  /** `item=answer` for each hidden answer count. */
  answers: Set<string>;
}

export const answerKey = (item: string, answer: string) => `${item}=${answer}`;

export interface Suppression {
  disclose(filter: CountFilter): Disclosure;
  /** Rules 4 and 5 for a shown selection. */
  hiddenAnswers(filter: CountFilter): HiddenAnswers;
}

/**
 * Rules 1-3 for the respondent cells of one questionnaire, and (given its answer counts) rules 4-5. The
 * answers are decided on first use, so callers that only disclose selections never load them.
 */
export function suppress(cells: readonly RespondentCell[], k: number, answerCells: () => readonly AnswerCell[] = () => []): Suppression {
  const lattice = buildLattice(cells);
  const { keys, positionOf, respondents } = lattice;
  const hidden = new Uint8Array(keys.length);
  const reasonAt = new Map<number, string>();
  keys.forEach((key, position) => {
    const n = respondents[position]!;
    if (n < k) return (hidden[position] = 1), reasonAt.set(position, reasons.small(k));
    const [region, period, targetGroup, ageBand] = key.split('|') as [string, string, string, string];
    for (const widerRegion of new Set(['', region])) for (const widerPeriod of new Set(['', period.slice(0, 4), period])) {
      for (const widerGroup of new Set(['', targetGroup])) for (const widerBand of new Set(['', ageBand])) {
        const difference = respondents[positionOf.get(selectionKey(widerRegion, widerPeriod, widerGroup, widerBand))!]! - n;
        if (difference > 0 && difference < k) (hidden[position] = 1), reasonAt.set(position, reasons.total);
      }
    }
  });
  protectSums(respondents, lattice.sums, hidden, k);

  let answers: Map<number, HiddenAnswers> | undefined;
  const decideAnswers = () => suppressAnswers(lattice, hidden, answerCells(), k);
  const nothingHidden = (): HiddenAnswers => ({ questions: new Set(), answers: new Set() });

  return {
    disclose(filter) {
      const position = positionOf.get(keyOf(filter));
      if (position === undefined || respondents[position]! < k) return { shown: false, reason: reasons.small(k) };
      if (!hidden[position]) return { shown: true, n: respondents[position]! };
      return { shown: false, reason: reasonAt.get(position) ?? reasons.neighbour };
    },
    hiddenAnswers(filter) {
      answers ??= decideAnswers();
      const position = positionOf.get(keyOf(filter));
      return (position !== undefined && answers.get(position)) || nothingHidden();
    },
  };
}

/** Rules 4 and 5, one question at a time (questions are independent sums); the result per selection position. */
function suppressAnswers(lattice: Lattice, selectionHidden: Uint8Array, cells: readonly AnswerCell[], k: number): Map<number, HiddenAnswers> {
  const size = lattice.keys.length;
  const byItem = new Map<string, AnswerCell[]>();
  for (const cell of cells) byItem.set(cell.item, [...(byItem.get(cell.item) ?? []), cell]);
  const result = new Map<number, HiddenAnswers>();
  const at = (position: number) => {
    let entry = result.get(position);
    if (!entry) result.set(position, (entry = { questions: new Set(), answers: new Set() }));
    return entry;
  };
  for (const [item, itemCells] of byItem) {
    // Columns: one per answer, then the question total.
    const answerValues = [...new Set(itemCells.map((cell) => cell.answer))].sort();
    const totalColumn = answerValues.length;
    const values = new Float64Array((answerValues.length + 1) * size);
    for (const cell of itemCells) {
      const column = answerValues.indexOf(cell.answer);
      for (const key of selectionsContaining(cell)) {
        const position = lattice.positionOf.get(key);
        if (position === undefined) continue;
        values[column * size + position] += cell.n;
        values[totalColumn * size + position] += cell.n;
      }
    }
    const hidden = new Uint8Array(values.length);
    for (let position = 0; position < size; position++) {
      const answered = values[totalColumn * size + position]!;
      const wholeQuestion = selectionHidden[position] || (answered > 0 && answered < k);
      for (let column = 0; column <= totalColumn; column++) {
        const value = values[column * size + position]!;
        if (value > 0 && (wholeQuestion || value < k)) hidden[column * size + position] = 1;
      }
    }
    const sums: Sum[] = [];
    for (let column = 0; column <= totalColumn; column++) {
      const offset = column * size;
      for (const { total, parts } of lattice.sums) sums.push({ total: offset + total, parts: parts.map((part) => offset + part) });
    }
    for (let position = 0; position < size; position++) {
      sums.push({ total: totalColumn * size + position, parts: answerValues.map((_, column) => column * size + position) });
    }
    protectSums(values, sums, hidden, k);
    for (let position = 0; position < size; position++) {
      if (selectionHidden[position]) continue;
      if (hidden[totalColumn * size + position]) at(position).questions.add(item);
      answerValues.forEach((answer, column) => {
        if (hidden[column * size + position]) at(position).answers.add(answerKey(item, answer));
      });
    }
  }
  return result;
}
