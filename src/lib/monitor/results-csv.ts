/** The analysis results as a CSV file (semicolon-separated, as Dutch spreadsheets expect), for the export button. */
import type { AnalysisResult } from './analysis.ts';
import type { Distribution } from './percentiles.ts';

const cell = (value: string | number | null) => {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(Math.round(value * 1000) / 1000).replace('.', ',') : value;
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function resultsToCsv(result: AnalysisResult, filterDescription: string): string {
  const header = ['onderdeel', 'omschrijving', 'aantal', 'mediaan (dagen)', '80e percentiel (dagen)', '95e percentiel (dagen)', 'langste (dagen)', 'norm (dagen)', 'binnen norm', 'aandeel binnen norm'];
  const line = (part: string, label: string, distribution: Distribution, norm: number) =>
    [part, label, distribution.n, distribution.median, distribution.p80, distribution.p95, distribution.max, norm, distribution.withinNorm, distribution.shareWithinNorm].map(cell).join(';');
  const lines = [
    `# Wachttijdmonitor; peildatum ${result.referenceDate}; selectie: ${filterDescription}; ${result.selected} van ${result.trajectories} trajecten`,
    header.join(';'),
    ...result.measures.map((measure) => line('doorlooptijd', measure.label, measure, measure.norm)),
    line('wachtend', `Nog wachtend op ${result.referenceDate}`, result.waiting, result.waiting.norm),
    ...result.perMonth.map((month) => line('per maand', `Wachttijd, eerste bericht in ${month.month}`, month, result.waiting.norm)),
    '',
    ['onderdeel', 'aantal', 'van trajecten met toewijzing', 'aandeel'].join(';'),
    ['toewijzing niet gebruikt', result.unusedAssignments.count, result.unusedAssignments.withAssignment, result.unusedAssignments.share].map(cell).join(';'),
    ['wissel van aanbieder', result.providerSwitches.count, result.providerSwitches.withAssignment, result.providerSwitches.share].map(cell).join(';'),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Dutch number formatting for the page: "12", "80%", "—" for no value. */
export function formatDays(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString('nl-NL')}`;
}

export function formatShare(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}
