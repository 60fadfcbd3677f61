/** The analysis results as a CSV file (semicolon-separated, as Dutch spreadsheets expect), for the export button. */
import { byteOrderMark, csvLine } from '../csv.ts';
import type { AnalysisResult } from './analysis.ts';
import type { Distribution } from './percentiles.ts';

/** Numbers with a decimal comma, as Dutch spreadsheets read them. */
const dutch = (value: string | number | null) => (typeof value === 'number' ? String(Math.round(value * 1000) / 1000).replace('.', ',') : value);
const line = (cells: (string | number | null)[]) => csvLine(cells.map(dutch));

export function resultsToCsv(result: AnalysisResult, filterDescription: string): string {
  const header = ['onderdeel', 'omschrijving', 'aantal', 'mediaan (dagen)', '80e percentiel (dagen)', '95e percentiel (dagen)', 'langste (dagen)', 'norm (dagen)', 'binnen norm', 'aandeel binnen norm'];
  const measureLine = (part: string, label: string, distribution: Distribution, norm: number) =>
    line([part, label, distribution.n, distribution.median, distribution.p80, distribution.p95, distribution.max, norm, distribution.withinNorm, distribution.shareWithinNorm]);
  const lines = [
    `# Wachttijdmonitor; peildatum ${result.referenceDate}; selectie: ${filterDescription}; ${result.selected} van ${result.trajectories} trajecten`,
    line(header),
    ...result.measures.map((measure) => measureLine('doorlooptijd', measure.label, measure, measure.norm)),
    measureLine('wachtend', `Nog wachtend op ${result.referenceDate}`, result.waiting, result.waiting.norm),
    ...result.perMonth.map((month) => measureLine('per maand', `Wachttijd, eerste bericht in ${month.month}`, month, result.waiting.norm)),
    '',
    line(['onderdeel', 'aantal', 'van trajecten met toewijzing', 'aandeel']),
    line(['toewijzing niet gebruikt', result.unusedAssignments.count, result.unusedAssignments.withAssignment, result.unusedAssignments.share]),
    line(['wissel van aanbieder', result.providerSwitches.count, result.providerSwitches.withAssignment, result.providerSwitches.share]),
  ];
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}

/** Dutch number formatting for the page: "12", "80%", "—" for no value. */
export function formatDays(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString('nl-NL')}`;
}

export function formatShare(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}
