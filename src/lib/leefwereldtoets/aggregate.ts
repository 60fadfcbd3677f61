/**
 * Results of the leefwereldtoets with small-number suppression. Pure functions over counter rows, so the
 * rules are tested without a database.
 *
 * Why a selection (questionnaire + region + period + target group + age band) may be hidden:
 * 1. Primary: fewer than k respondents. Few answers could point at a person.
 * 2. Complementary, per filter: the selection's siblings (e.g. the other target groups in the same region and
 *    period) form a table. If any sibling is hidden for rule 1, more siblings are hidden, smallest first, until
 *    the hidden ones add up to at least k and there are at least two; otherwise "parent minus the shown
 *    siblings" would give the hidden one back.
 * 3. Differencing: for every wider selection (any filters dropped, a month widened to its year) that could be
 *    published, the difference with this selection must be 0 or at least k. Otherwise "region total minus a
 *    filtered cell", or "the year minus this month", would reveal fewer than k people.
 * Within a shown selection, an answer given by fewer than k people is hidden, plus the next smallest answers
 * of that question until the hidden ones add up to at least k, so the question total cannot give them back.
 */
import { fivePointScale, isBig5, itemsOf, type Big5Theme, type Questionnaire } from './definition';
import type { CountFilter, RespondentCell } from './repository';

export const defaultMinimumGroupSize = 10;
export const lowestMinimumGroupSize = 5;

/** k from `LTW_MIN_GROUP_SIZE`; never below 5, whatever is configured. */
export function minimumGroupSize(value = process.env.LTW_MIN_GROUP_SIZE): number {
  const parsed = Number(value);
  if (!value || !Number.isInteger(parsed)) return defaultMinimumGroupSize;
  return Math.max(lowestMinimumGroupSize, parsed);
}

type Dimension = 'region' | 'period' | 'targetGroup' | 'ageBand';
const dimensions: Dimension[] = ['region', 'period', 'targetGroup', 'ageBand'];

function matches(cell: RespondentCell, filter: CountFilter): boolean {
  if (filter.region && cell.region !== filter.region) return false;
  if (filter.period && !(filter.period.length === 4 ? cell.month.startsWith(`${filter.period}-`) : cell.month === filter.period)) return false;
  if (filter.targetGroup && cell.targetGroup !== filter.targetGroup) return false;
  if (filter.ageBand && cell.ageBand !== filter.ageBand) return false;
  return true;
}

export function respondentsIn(cells: readonly RespondentCell[], filter: CountFilter): number {
  let n = 0;
  for (const cell of cells) if (matches(cell, filter)) n += cell.n;
  return n;
}

/** The wider selection one step up for a dimension: without that filter, or a month widened to its year. */
function parentFor(filter: CountFilter, dimension: Dimension): CountFilter {
  if (dimension === 'period' && filter.period?.length === 7) return { ...filter, period: filter.period.slice(0, 4) };
  const parent = { ...filter };
  delete parent[dimension];
  return parent;
}

function valueOf(cell: RespondentCell, dimension: Dimension, filter: CountFilter): string {
  if (dimension === 'period') return filter.period!.length === 7 ? cell.month : cell.month.slice(0, 4);
  return cell[dimension];
}

/**
 * Rule 2 for one table: the values hidden among siblings with the given counts (zero counts never appear).
 */
export function complementarySuppression(counts: ReadonlyMap<string, number>, k: number): Set<string> {
  const sorted = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const hidden = new Set(sorted.filter(([, n]) => n < k).map(([value]) => value));
  if (hidden.size === 0) return hidden;
  let hiddenSum = sorted.filter(([value]) => hidden.has(value)).reduce((sum, [, n]) => sum + n, 0);
  for (const [value, n] of sorted) {
    if (hiddenSum >= k && hidden.size >= 2) break;
    if (hidden.has(value)) continue;
    hidden.add(value);
    hiddenSum += n;
  }
  return hidden;
}

/** All wider selections of a filter: every combination of dropping filters or widening the month. */
function widerSelections(filter: CountFilter): CountFilter[] {
  let selections: CountFilter[] = [{ ...filter }];
  for (const dimension of dimensions) {
    if (!filter[dimension]) continue;
    const next: CountFilter[] = [];
    for (const selection of selections) {
      next.push(selection);
      const dropped = { ...selection };
      delete dropped[dimension];
      next.push(dropped);
      if (dimension === 'period' && filter.period!.length === 7) next.push({ ...selection, period: filter.period!.slice(0, 4) });
    }
    selections = next;
  }
  return selections.slice(1);
}

export type Disclosure = { shown: true; n: number } | { shown: false; reason: string };

/** Whether a selection may be shown under rules 1-3, with the reason in Dutch when not. */
export function discloseSelection(cells: readonly RespondentCell[], filter: CountFilter, k: number): Disclosure {
  const n = respondentsIn(cells, filter);
  if (n < k) return { shown: false, reason: `Minder dan ${k} mensen hebben deze vragenlijst voor deze keuze ingevuld.` };
  for (const dimension of dimensions) {
    if (!filter[dimension]) continue;
    const parent = parentFor(filter, dimension);
    const siblings = new Map<string, number>();
    for (const cell of cells) {
      if (!matches(cell, parent)) continue;
      const value = valueOf(cell, dimension, filter);
      siblings.set(value, (siblings.get(value) ?? 0) + cell.n);
    }
    if (complementarySuppression(siblings, k).has(filter[dimension]!)) {
      return { shown: false, reason: 'Deze cijfers zijn verborgen zodat je een kleine groep ernaast niet kunt terugrekenen.' };
    }
  }
  for (const wider of widerSelections(filter)) {
    const difference = respondentsIn(cells, wider) - n;
    if (difference > 0 && difference < k) {
      return { shown: false, reason: 'Deze cijfers zijn verborgen zodat je een kleine groep niet kunt terugrekenen uit een totaal.' };
    }
  }
  return { shown: true, n };
}

export interface AnswerCount {
  value: string;
  label: string;
  /** null when hidden. */
  count: number | null;
}

export interface QuestionResult {
  item: string;
  text: string;
  theme: string;
  answered: number;
  answers: AnswerCount[];
}

export interface SelectionResult {
  shown: boolean;
  reason?: string;
  respondents?: number;
  questions?: QuestionResult[];
  /** Big 5 score 0-100: the mean of the scale answers in that domain, (answer - 1) / 4 × 100. */
  domains?: { theme: Big5Theme; score: number | null }[];
}

export function summariseSelection(
  questionnaire: Questionnaire,
  disclosure: Disclosure,
  answerCounts: readonly { item: string; answer: string; n: number }[],
  k: number,
): SelectionResult {
  if (!disclosure.shown) return { shown: false, reason: disclosure.reason };
  const byItem = new Map<string, Map<string, number>>();
  for (const row of answerCounts) {
    const counts = byItem.get(row.item) ?? new Map<string, number>();
    counts.set(row.answer, (counts.get(row.answer) ?? 0) + row.n);
    byItem.set(row.item, counts);
  }
  const questions: QuestionResult[] = [];
  const domainTotals = new Map<Big5Theme, { sum: number; count: number }>();
  for (const item of itemsOf(questionnaire)) {
    if (item.type === 'open') continue;
    const counts = byItem.get(item.id) ?? new Map<string, number>();
    const choices = item.type === 'schaal-5' ? fivePointScale.map((point) => ({ value: String(point.value), label: point.label })) : item.options!;
    const hidden = complementarySuppression(counts, k);
    const answered = [...counts.values()].reduce((sum, n) => sum + n, 0);
    questions.push({
      item: item.id,
      text: item.text,
      theme: item.theme,
      answered,
      answers: choices.map((choice) => ({ ...choice, count: hidden.has(choice.value) ? null : (counts.get(choice.value) ?? 0) })),
    });
    if (item.type === 'schaal-5' && isBig5(item.theme)) {
      const total = domainTotals.get(item.theme) ?? { sum: 0, count: 0 };
      for (const [answer, n] of counts) (total.sum += ((Number(answer) - 1) / 4) * 100 * n), (total.count += n);
      domainTotals.set(item.theme, total);
    }
  }
  const domains = [...domainTotals.entries()].map(([theme, total]) => ({
    theme,
    score: total.count >= k ? Math.round(total.sum / total.count) : null,
  }));
  return { shown: true, respondents: disclosure.n, questions, domains };
}
