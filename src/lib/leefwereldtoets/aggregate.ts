/**
 * Results of the leefwereldtoets as a reader sees them: the answers per question and the Big 5 scores of one
 * shown selection, with the numbers that `suppression.ts` hides left out. Pure functions, tested without a
 * database.
 */
import { fivePointScale, isBig5, itemsOf, type Big5Theme, type Questionnaire } from './definition';
import type { CountFilter, RespondentCell } from './repository';
import { answerKey, type Disclosure, type HiddenAnswers } from './suppression';

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
  hidden: HiddenAnswers,
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
    const questionHidden = hidden.questions.has(item.id);
    questions.push({
      item: item.id,
      text: item.text,
      theme: item.theme,
      answered: questionHidden ? null : answered,
      answers: choices.map((choice) => ({ ...choice, count: questionHidden || hidden.answers.has(answerKey(item.id, choice.value)) ? null : (counts.get(choice.value) ?? 0) })),
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
