/**
 * The results of one questionnaire for a selection and nationally, read from the counters and passed
 * through the suppression rules of `suppression.ts`, plus the change of the selection's Big 5 scores over
 * periods (each period is a selection of its own, so it is hidden by the same rules).
 */
import type { Store } from '../storage';
import { summariseSelection, type SelectionResult } from './aggregate';
import { suppress, type Suppression } from './suppression';
import type { Questionnaire } from './definition';
import { loadAnswerCells, loadAnswerCounts, loadFreeTexts, loadRespondentCells, type CountFilter, type RespondentCell } from './repository';

export interface PeriodResult {
  period: string;
  shown: boolean;
  reason?: string;
  respondents?: number;
  domains?: SelectionResult['domains'];
}

export interface Trend {
  /** "maand": the months of one year; "jaar": every year with responses. */
  granularity: 'maand' | 'jaar';
  periods: PeriodResult[];
}

export interface Results {
  questionnaire: { id: string; title: string; version: number };
  filter: CountFilter;
  minimumGroupSize: number;
  selection: SelectionResult;
  national: SelectionResult;
  /** The selection's Big 5 scores period by period, side by side. */
  trend: Trend;
  /** Months with responses for this questionnaire (counts are not given here). */
  periods: string[];
  /** Redacted free texts; only when the selection without target group and age band has at least k respondents. */
  freeTexts: string[] | null;
}

/**
 * Which periods the trend compares: with a year or month chosen, the months of that year; without a period,
 * every year when responses span more than one, otherwise the months of the one year.
 */
export function trendPeriods(months: readonly string[], period?: string): Pick<Trend, 'granularity'> & { periods: string[] } {
  const sorted = [...new Set(months)].sort();
  const years = [...new Set(sorted.map((month) => month.slice(0, 4)))];
  if (!period && years.length > 1) return { granularity: 'jaar', periods: years };
  const year = period?.slice(0, 4) ?? years[0];
  return { granularity: 'maand', periods: sorted.filter((month) => month.startsWith(`${year}-`)) };
}

/**
 * The suppression decisions of the last data seen per questionnaire, reused while the respondent cells are
 * exactly the same (the signature is cheap next to deciding over every selection again).
 */
const suppressionCache = new Map<string, { version: string; suppression: Suppression }>();

async function suppressionFor(store: Store, questionnaire: Questionnaire, cells: RespondentCell[], k: number): Promise<Suppression> {
  // Answer counters change in the same transaction as the respondent counters, so these cells tell both.
  const version = `${k};${cells.map((cell) => `${cell.region}|${cell.month}|${cell.targetGroup}|${cell.ageBand}=${cell.n}`).join(';')}`;
  const cached = suppressionCache.get(questionnaire.id);
  if (cached?.version === version) return cached.suppression;
  const answerCells = await loadAnswerCells(store, questionnaire.id);
  const suppression = suppress(cells, k, () => answerCells);
  suppressionCache.set(questionnaire.id, { version, suppression });
  return suppression;
}

export async function resultsFor(store: Store, questionnaire: Questionnaire, filter: CountFilter, k: number): Promise<Results> {
  const cells = await loadRespondentCells(store, questionnaire.id);
  const suppression = await suppressionFor(store, questionnaire, cells, k);
  const summarise = async (selectionFilter: CountFilter) => {
    const disclosure = suppression.disclose(selectionFilter);
    if (!disclosure.shown) return summariseSelection(questionnaire, disclosure, [], { questions: new Set(), answers: new Set() }, k);
    const counts = await loadAnswerCounts(store, questionnaire.id, selectionFilter);
    return summariseSelection(questionnaire, disclosure, counts, suppression.hiddenAnswers(selectionFilter), k);
  };
  const nationalFilter = { ...filter };
  delete nationalFilter.region;
  // Free text carries only region and month, so it is released for that wider selection, never per group.
  const textFilter = { region: filter.region, period: filter.period };
  const textsAllowed = !filter.targetGroup && !filter.ageBand && suppression.disclose(textFilter).shown;
  return {
    questionnaire: { id: questionnaire.id, title: questionnaire.title, version: questionnaire.version },
    filter,
    minimumGroupSize: k,
    selection: await summarise(filter),
    national: await summarise(nationalFilter),
    trend: await trendFor(cells, filter, summarise),
    periods: [...new Set(cells.map((cell) => cell.month))].sort(),
    freeTexts: textsAllowed ? await loadFreeTexts(store, questionnaire.id, textFilter) : null,
  };
}

async function trendFor(cells: RespondentCell[], filter: CountFilter, summarise: (filter: CountFilter) => Promise<SelectionResult>): Promise<Trend> {
  const { granularity, periods } = trendPeriods(cells.map((cell) => cell.month), filter.period);
  const results: PeriodResult[] = [];
  for (const period of periods) {
    const result = await summarise({ ...filter, period });
    results.push(result.shown ? { period, shown: true, respondents: result.respondents, domains: result.domains } : { period, shown: false, reason: result.reason });
  }
  return { granularity, periods: results };
}
