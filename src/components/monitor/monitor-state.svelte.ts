/**
 * State of the waiting-time monitor island: the chosen file, reading progress, the settings (filters, norm,
 * reference date, when an assignment counts as unused) and the latest results. All work happens in the worker;
 * this class only sends it the file and the settings and keeps what comes back.
 */
import { defaultNormDays, defaultUnusedAfterDays, type AnalysisOptions, type AnalysisResult } from '../../lib/monitor/analysis.ts';
import { dimensionIds, dimensionLabels, type DimensionId } from '../../lib/monitor/columns.ts';
import { parseDay } from '../../lib/monitor/day-numbers.ts';
import { resultsToCsv } from '../../lib/monitor/results-csv.ts';
import type { LoadReport } from '../../lib/monitor/trajectory-store.ts';
import type { FromWorker, ToWorker } from './monitor-messages.ts';

export type Phase = 'leeg' | 'inlezen' | 'klaar' | 'fout';

const noFilters = (): Record<DimensionId, string> => ({ productcategorie: '', aanbieder: '', verwijzer: '', leeftijdscategorie: '', postcodegebied: '' });

export class MonitorState {
  phase = $state<Phase>('leeg');
  fileName = $state('');
  bytesRead = $state(0);
  totalBytes = $state(0);
  report = $state<LoadReport | null>(null);
  failure = $state('');
  values = $state<Record<DimensionId, string[]> | null>(null);
  latestDate = $state('');
  filters = $state(noFilters());
  normDays = $state(defaultNormDays);
  unusedAfterDays = $state(defaultUnusedAfterDays);
  referenceDate = $state('');
  result = $state<AnalysisResult | null>(null);
  /** What the live region says: phase changes and finished updates, not every progress step. */
  announcement = $state('');

  private worker: Worker | undefined;
  private requestId = 0;

  get percentRead(): number {
    return this.totalBytes > 0 ? Math.round((this.bytesRead / this.totalBytes) * 100) : 0;
  }

  get filterDescription(): string {
    const active = dimensionIds.filter((id) => this.filters[id] !== '').map((id) => `${dimensionLabels[id].toLowerCase()} ${this.filters[id]}`);
    return active.length > 0 ? active.join(', ') : 'alle trajecten';
  }

  /** Reasons the settings cannot be used, shown beside the fields. */
  get settingProblems(): { norm?: string; unused?: string; reference?: string } {
    const problems: { norm?: string; unused?: string; reference?: string } = {};
    if (!Number.isInteger(this.normDays) || this.normDays < 0) problems.norm = 'Vul een norm in hele dagen in (0 of meer).';
    if (!Number.isInteger(this.unusedAfterDays) || this.unusedAfterDays < 1) problems.unused = 'Vul een termijn in hele dagen in (1 of meer).';
    if (this.referenceDate !== '' && parseDay(this.referenceDate) === undefined) problems.reference = 'Vul een geldige datum in.';
    return problems;
  }

  private post(message: ToWorker): void {
    if (!this.worker) {
      this.worker = new Worker(new URL('./monitor-worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
      this.worker.onerror = () => this.fail('Het inlezen is onverwacht gestopt. Probeer het opnieuw of kies een kleiner bestand.');
    }
    this.worker.postMessage(message);
  }

  load(file: File): void {
    this.phase = 'inlezen';
    this.fileName = file.name;
    this.bytesRead = 0;
    this.totalBytes = file.size;
    this.report = null;
    this.result = null;
    this.failure = '';
    this.filters = noFilters();
    this.announcement = `Bestand ${file.name} wordt ingelezen.`;
    this.post({ type: 'load', file });
  }

  private fail(message: string): void {
    this.phase = 'fout';
    this.failure = message;
    this.announcement = message;
  }

  private receive(message: FromWorker): void {
    if (message.type === 'progress') {
      this.bytesRead = message.bytesRead;
      this.totalBytes = message.totalBytes;
    } else if (message.type === 'loaded') {
      this.report = message.report;
      if (message.report.fatal) return this.fail(message.report.fatal);
      this.values = message.values;
      this.latestDate = message.latestDate ?? '';
      this.phase = 'klaar';
      this.analyse();
    } else if (message.type === 'result') {
      if (message.requestId !== this.requestId) return; // an older request; a newer one is on its way
      this.result = message.result;
      const skipped = this.report && this.report.skippedRows > 0 ? ` ${this.report.skippedRows.toLocaleString('nl-NL')} rijen overgeslagen.` : '';
      this.announcement = `Resultaten bijgewerkt: ${message.result.selected.toLocaleString('nl-NL')} van ${message.result.trajectories.toLocaleString('nl-NL')} trajecten, peildatum ${message.result.referenceDate}.${skipped}`;
    } else {
      this.fail(message.message);
    }
  }

  get options(): AnalysisOptions {
    const filters: AnalysisOptions['filters'] = {};
    for (const id of dimensionIds) if (this.filters[id] !== '') filters[id] = [this.filters[id]];
    return {
      filters,
      norms: { 'verzoek-toewijzing': this.normDays, 'toewijzing-start': this.normDays, 'start-declaratie': this.normDays, wachttijd: this.normDays, doorlooptijd: this.normDays },
      waitingNorm: this.normDays,
      unusedAfterDays: this.unusedAfterDays,
      referenceDay: this.referenceDate === '' ? undefined : parseDay(this.referenceDate),
    };
  }

  /** Asks the worker for results with the current settings (ignored while a setting is invalid). */
  analyse(): void {
    if (this.phase !== 'klaar' || Object.keys(this.settingProblems).length > 0) return;
    this.requestId++;
    this.post({ type: 'analyse', requestId: this.requestId, options: $state.snapshot(this.options) as AnalysisOptions });
  }

  resetFilters(): void {
    this.filters = noFilters();
    this.analyse();
  }

  exportCsv(): string | undefined {
    return this.result ? resultsToCsv(this.result, this.filterDescription) : undefined;
  }
}
