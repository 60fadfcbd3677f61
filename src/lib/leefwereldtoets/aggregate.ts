/**
 * Results of the leefwereldtoets with small-number suppression. Pure functions over counter rows, so the
 * rules are tested without a database.
 *
 * Which selections (questionnaire + region + period + target group + age band) may be shown is decided for
 * all selections at once, so every answer the API gives is consistent with every other:
 * 1. Primary: a selection with 1 to k-1 respondents is hidden. Few answers could point at a person.
 * 2. Differencing: a selection is hidden when a wider selection (filters dropped, a month widened to its
 *    year) differs from it by 1 to k-1 respondents, so "region total minus a filtered cell", or "the year
 *    minus this month", cannot reveal a small group.
 * 3. Complementary, across all filters: every published total is the sum of its parts along one filter
 *    (regions, target groups, age bands, years, the months of a year). For each such sum, if anything in it
 *    is hidden, at least two things must be hidden (so no part can be solved from the others), and when the
 *    total is shown the hidden parts must add up to at least k. Parts are hidden smallest first, until no
 *    sum anywhere breaks this; hiding one part can make another sum need more, so it repeats until stable.
 *    An attacker who solves every sum with one unknown left, again and again, learns nothing hidden.
 * "Mijn regio staat er niet bij" cannot be chosen as a region, but it is a part of every national total like
 * any region: a group of at least k that could be derived is no more revealing than one that is shown.
 * Within a shown selection, an answer given by fewer than k people is hidden, plus the next smallest answers
 * of that question until the hidden ones add up to at least k, so the question total cannot give them back;
 * an optional question answered by 1 to k-1 people is hidden whole.
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

/**
 * Complementary suppression within one table (the answers of one question): the values hidden among
 * counts (zero counts never appear): the small ones, then the next smallest until at least two are hidden
 * and together they hold at least k.
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

export type Disclosure = { shown: true; n: number } | { shown: false; reason: string };

const reasons = {
  small: (k: number) => `Minder dan ${k} mensen hebben deze vragenlijst voor deze keuze ingevuld.`,
  total: 'Deze cijfers zijn verborgen zodat je een kleine groep niet kunt terugrekenen uit een totaal.',
  neighbour: 'Deze cijfers zijn verborgen zodat je een kleine groep ernaast niet kunt terugrekenen.',
};

/** A selection as a key: region|period|target group|age band, empty where not filtered. */
const selectionKey = (region = '', period = '', targetGroup = '', ageBand = '') => `${region}|${period}|${targetGroup}|${ageBand}`;

export interface SelectionSuppression {
  disclose(filter: CountFilter): Disclosure;
}

/** Decides rules 1-3 for every selection of one questionnaire's respondent cells at once. */
export function suppressSelections(cells: readonly RespondentCell[], k: number): SelectionSuppression {
  // Respondents of every selection that has any: each cell counts in the 24 selections that contain it.
  const counts = new Map<string, number>();
  for (const cell of cells) {
    for (const region of ['', cell.region]) for (const period of ['', cell.month.slice(0, 4), cell.month]) {
      for (const targetGroup of ['', cell.targetGroup]) for (const ageBand of ['', cell.ageBand]) {
        const key = selectionKey(region, period, targetGroup, ageBand);
        counts.set(key, (counts.get(key) ?? 0) + cell.n);
      }
    }
  }
  const values = (pick: (cell: RespondentCell) => string) => [...new Set(cells.map(pick))].sort();
  const regions = values((cell) => cell.region);
  const months = values((cell) => cell.month);
  const years = values((cell) => cell.month.slice(0, 4));
  const targetGroups = values((cell) => cell.targetGroup);
  const ageBands = values((cell) => cell.ageBand);

  const hidden = new Map<string, string>();
  for (const [key, n] of counts) {
    const [region, period, targetGroup, ageBand] = key.split('|') as [string, string, string, string];
    if (n < k) hidden.set(key, reasons.small(k));
    else {
      // Rule 2: every wider selection must differ by 0 or at least k.
      for (const widerRegion of new Set(['', region])) for (const widerPeriod of new Set(['', period.slice(0, 4), period])) {
        for (const widerGroup of new Set(['', targetGroup])) for (const widerBand of new Set(['', ageBand])) {
          const difference = counts.get(selectionKey(widerRegion, widerPeriod, widerGroup, widerBand))! - n;
          if (difference > 0 && difference < k) hidden.set(key, reasons.total);
        }
      }
    }
  }

  // Rule 3: every total with its parts along one filter (only selections with respondents take part).
  const sums: { total: string; parts: string[] }[] = [];
  for (const key of counts.keys()) {
    const [region, period, targetGroup, ageBand] = key.split('|') as [string, string, string, string];
    const split = (parts: string[]) => {
      const present = parts.filter((part) => counts.has(part));
      if (present.length > 0) sums.push({ total: key, parts: present });
    };
    if (!region) split(regions.map((value) => selectionKey(value, period, targetGroup, ageBand)));
    if (!targetGroup) split(targetGroups.map((value) => selectionKey(region, period, value, ageBand)));
    if (!ageBand) split(ageBands.map((value) => selectionKey(region, period, targetGroup, value)));
    if (!period) split(years.map((value) => selectionKey(region, value, targetGroup, ageBand)));
    else if (period.length === 4) split(months.filter((month) => month.startsWith(`${period}-`)).map((value) => selectionKey(region, value, targetGroup, ageBand)));
  }
  const bySize = (a: string, b: string) => counts.get(a)! - counts.get(b)! || a.localeCompare(b);
  for (let changed = true; changed; ) {
    changed = false;
    for (const { total, parts } of sums) {
      const hiddenParts = parts.filter((part) => hidden.has(part));
      const totalHidden = hidden.has(total);
      const unknowns = hiddenParts.length + (totalHidden ? 1 : 0);
      if (unknowns === 0) continue;
      const hiddenSum = hiddenParts.reduce((sum, part) => sum + counts.get(part)!, 0);
      if (unknowns >= 2 && (totalHidden || hiddenSum >= k)) continue;
      const next = parts.filter((part) => !hidden.has(part)).sort(bySize)[0];
      hidden.set(next ?? total, reasons.neighbour);
      changed = true;
    }
  }

  return {
    disclose(filter) {
      const key = selectionKey(filter.region, filter.period, filter.targetGroup, filter.ageBand);
      const n = counts.get(key) ?? 0;
      if (n < k) return { shown: false, reason: reasons.small(k) };
      const reason = hidden.get(key);
      return reason ? { shown: false, reason } : { shown: true, n };
    },
  };
}

/** Whether one selection may be shown; for many selections of the same cells use `suppressSelections`. */
export function discloseSelection(cells: readonly RespondentCell[], filter: CountFilter, k: number): Disclosure {
  return suppressSelections(cells, k).disclose(filter);
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
  /** People who answered the question; null when fewer than k did (the whole question is hidden then). */
  answered: number | null;
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
  // Every Big 5 theme of the questionnaire gets a score, null when it cannot be shown.
  for (const item of itemsOf(questionnaire)) if (item.type === 'schaal-5' && isBig5(item.theme)) domainTotals.set(item.theme, { sum: 0, count: 0 });
  for (const item of itemsOf(questionnaire)) {
    if (item.type === 'open') continue;
    const counts = byItem.get(item.id) ?? new Map<string, number>();
    const choices = item.type === 'schaal-5' ? fivePointScale.map((point) => ({ value: String(point.value), label: point.label })) : item.options!;
    const answered = [...counts.values()].reduce((sum, n) => sum + n, 0);
    // An optional question that 1 to k-1 people answered is hidden whole: its total would give the answers back.
    const questionHidden = answered > 0 && answered < k;
    const hidden = complementarySuppression(counts, k);
    questions.push({
      item: item.id,
      text: item.text,
      theme: item.theme,
      answered: questionHidden ? null : answered,
      answers: choices.map((choice) => ({ ...choice, count: questionHidden || hidden.has(choice.value) ? null : (counts.get(choice.value) ?? 0) })),
    });
    // A hidden question stays out of the score too, or the score with the other questions would give it back.
    if (item.type === 'schaal-5' && isBig5(item.theme) && !questionHidden) {
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
