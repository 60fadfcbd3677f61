/**
 * What the results page shows, derived from `Results` as plain data: which groups are compared (the region
 * and, for comparison, the whole country), the Big 5 scores side by side, the answers per question as counts
 * and percentages, and the scores period by period. The page and its island only draw this.
 */
import type { GroupedBarChartRow } from '../bar-chart';
import type { LineChartSeries } from '../line-chart';
import type { SelectionResult } from './aggregate';
import { big5Themes, otherThemes, type Region } from './definition';
import type { Results } from './results';

export interface ResultsScope {
  id: 'selectie' | 'landelijk';
  title: string;
  /** Short name for legends and table headings. */
  name: string;
  result: SelectionResult;
}

export const themeLabel = (theme: string): string =>
  (big5Themes as Record<string, string>)[theme] ?? (otherThemes as Record<string, string>)[theme] ?? theme;

/** The region's figures first; the national figures beside them only when a region is chosen. */
export function resultsScopes(results: Results, regions: readonly Region[]): ResultsScope[] {
  const region = regions.find((candidate) => candidate.id === results.filter.region);
  if (!region) return [{ id: 'selectie', title: 'Heel Nederland (alle regio\'s)', name: 'Heel Nederland', result: results.selection }];
  return [
    { id: 'selectie', title: `Regio ${region.name}`, name: region.name, result: results.selection },
    { id: 'landelijk', title: 'Heel Nederland, ter vergelijking', name: 'Heel Nederland', result: results.national },
  ];
}

export interface ComparisonChart {
  series: string[];
  rows: GroupedBarChartRow[];
}

/** Big 5 scores (0-100) per theme, one value per shown scope; null where a score is hidden. */
export function big5Comparison(scopes: readonly ResultsScope[]): ComparisonChart | null {
  const shown = scopes.filter((scope) => scope.result.shown);
  if (shown.length === 0) return null;
  return {
    series: shown.map((scope) => scope.name),
    rows: (Object.keys(big5Themes) as (keyof typeof big5Themes)[]).map((theme) => ({
      label: big5Themes[theme],
      values: shown.map((scope) => scope.result.domains?.find((domain) => domain.theme === theme)?.score ?? null),
    })),
  };
}

export interface AnswerCell {
  count: number | null;
  /** Share of the people who answered this question, whole percent; null when hidden. */
  percent: number | null;
}

export interface QuestionComparison {
  item: string;
  text: string;
  theme: string;
  series: string[];
  /** People who answered, per series; null where the question is hidden. */
  answered: (number | null)[];
  rows: { label: string; cells: AnswerCell[] }[];
  /** The same rows as chart rows (percentages). */
  chartRows: GroupedBarChartRow[];
}

/** Every closed question with its answers per shown scope, counts and percentages side by side. */
export function questionComparisons(scopes: readonly ResultsScope[]): QuestionComparison[] {
  const shown = scopes.filter((scope) => scope.result.shown && scope.result.questions);
  if (shown.length === 0) return [];
  return shown[0]!.result.questions!.map((question) => {
    const perScope = shown.map((scope) => scope.result.questions!.find((candidate) => candidate.item === question.item)!);
    const rows = question.answers.map((answer, index) => ({
      label: answer.label,
      cells: perScope.map((scopeQuestion): AnswerCell => {
        const count = scopeQuestion.answers[index]!.count;
        const answered = scopeQuestion.answered;
        return { count, percent: count === null || !answered ? null : Math.round((count / answered) * 100) };
      }),
    }));
    return {
      item: question.item,
      text: question.text,
      theme: themeLabel(question.theme),
      series: shown.map((scope) => scope.name),
      answered: perScope.map((scopeQuestion) => scopeQuestion.answered),
      rows,
      chartRows: rows.map((row) => ({ label: row.label, values: row.cells.map((cell) => cell.percent) })),
    };
  });
}

export interface TrendView {
  granularity: Results['trend']['granularity'];
  periods: string[];
  /** Respondents per period; null when the period is hidden. */
  respondents: (number | null)[];
  lines: LineChartSeries[];
  /** True when at least one period has a shown score, so a chart has something to draw. */
  hasScores: boolean;
}

/** The Big 5 scores period by period, one line per theme. */
export function trendView(results: Results): TrendView {
  const periods = results.trend.periods;
  const lines = (Object.keys(big5Themes) as (keyof typeof big5Themes)[]).map((theme) => ({
    label: big5Themes[theme],
    values: periods.map((period) => period.domains?.find((domain) => domain.theme === theme)?.score ?? null),
  }));
  return {
    granularity: results.trend.granularity,
    periods: periods.map((period) => period.period),
    respondents: periods.map((period) => (period.shown ? period.respondents! : null)),
    lines,
    hasScores: lines.some((line) => line.values.some((value) => value !== null)),
  };
}

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const shortMonthNames = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** A period as a reader says it: "2026" stays, "2026-11" becomes "november 2026"; "kort" gives "nov 2026". */
export function periodLabel(period: string, form: 'lang' | 'kort' = 'lang'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const month = Number(match[2]) - 1;
  return `${(form === 'kort' ? shortMonthNames : monthNames)[month] ?? match[2]} ${match[1]}`;
}

/** The periods a reader can choose: every year and month with responses, newest first. */
export function periodChoices(months: readonly string[]): string[] {
  return [...new Set(months.flatMap((month) => [month.slice(0, 4), month]))].sort().reverse();
}

/** The query string of a selection, without empty fields (for the address bar, the API and the CSV link). */
export function resultsQueryString(fields: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value) params.set(name, value);
  return params.toString();
}
