/**
 * The waiting-time analysis over a `TrajectoryStore`: throughput times per stage and in total (median, 80th
 * and 95th percentile, share within the norm), per month of the first message, who is still waiting and how
 * long, assignments never used, and provider switches — for all trajectories or a filtered selection.
 * Plain data in, plain JSON out, so the same code runs in the browser's worker and in the command line.
 */
import { dimensionIds, type DimensionId, type MessageKind } from './columns.ts';
import { formatDay, monthIndex, monthLabel } from './day-numbers.ts';
import { describeDurations, type Distribution } from './percentiles.ts';
import { NO_DAY, unknownValue, type TrajectoryStore } from './trajectory-store.ts';

export type MeasureId = 'verzoek-toewijzing' | 'toewijzing-start' | 'start-declaratie' | 'wachttijd' | 'doorlooptijd';

export interface MeasureDefinition {
  id: MeasureId;
  label: string;
  /** `eerste` is the earliest message of any type. */
  from: MessageKind | 'eerste';
  to: MessageKind;
  explanation: string;
}

export const measures: MeasureDefinition[] = [
  { id: 'verzoek-toewijzing', label: 'Verzoek om toewijzing tot toewijzing', from: 'verzoek', to: 'toewijzing', explanation: 'Alleen trajecten met een verzoek om toewijzing, zoals na een verwijzing door een huisarts.' },
  { id: 'toewijzing-start', label: 'Toewijzing tot start zorg', from: 'toewijzing', to: 'start', explanation: 'Van de eerste toewijzing tot het eerste startbericht.' },
  { id: 'start-declaratie', label: 'Start zorg tot eerste declaratie', from: 'start', to: 'declaratie', explanation: 'Zegt iets over de tijdigheid van berichten en declaraties, niet over wachten.' },
  { id: 'wachttijd', label: 'Totale wachttijd: eerste bericht tot start zorg', from: 'eerste', to: 'start', explanation: 'Van het eerste bericht (verzoek of toewijzing) tot de start van de zorg.' },
  { id: 'doorlooptijd', label: 'Totale doorlooptijd: eerste bericht tot eerste declaratie', from: 'eerste', to: 'declaratie', explanation: 'Van het eerste bericht tot de eerste declaratie.' },
];

export const measureIds = measures.map((measure) => measure.id);

/** Three months, the example norm the issue names ("binnen drie maanden"); the user sets their own. */
export const defaultNormDays = 91;

export interface AnalysisOptions {
  /** Only trajectories whose attribute is one of these values; an absent or empty list means all. */
  filters?: Partial<Record<DimensionId, string[]>>;
  /** Norm per measure in days (the default applies to measures without their own). */
  norms?: Partial<Record<MeasureId, number>>;
  /** Norm for those still waiting, in days. */
  waitingNorm?: number;
  /** "Now" for those still waiting; the latest date in the file when absent. `YYYY-MM-DD` day number. */
  referenceDay?: number;
  /** An assignment without start or declaration counts as never used once it is this many days old. */
  unusedAfterDays?: number;
}

export const defaultUnusedAfterDays = 365;

export interface MeasureResult extends Distribution {
  id: MeasureId;
  label: string;
  norm: number;
  /** Trajectories where the end message is dated before the start message (a data problem; left out). */
  negative: number;
}

export interface MonthResult extends Distribution {
  month: string;
  /** Trajectories whose first message falls in this month. */
  trajectories: number;
}

export interface AnalysisResult {
  referenceDate: string;
  trajectories: number;
  selected: number;
  measures: MeasureResult[];
  /** The total waiting time (first message to start of care) per month of the first message. */
  perMonth: MonthResult[];
  waiting: Distribution & { norm: number };
  unusedAssignments: { count: number; withAssignment: number; share: number | null; afterDays: number };
  providerSwitches: { count: number; withAssignment: number; share: number | null };
}

/** Which trajectories pass the filters, as a list of indices. */
export function selectTrajectories(store: TrajectoryStore, filters: AnalysisOptions['filters'] = {}): Int32Array {
  const active = dimensionIds.flatMap((id) => {
    const wanted = filters[id];
    if (!wanted || wanted.length === 0) return [];
    const allowed = new Uint8Array(store.values[id].values.length + 1);
    const codes = store.values[id].values;
    codes.forEach((value, code) => {
      if (wanted.includes(value)) allowed[code + 1] = 1;
    });
    if (wanted.includes(unknownValue)) allowed[0] = 1;
    return [{ codes: store.attributes[id], allowed }];
  });
  const selected = new Int32Array(store.count);
  let size = 0;
  outer: for (let index = 0; index < store.count; index++) {
    for (const { codes, allowed } of active) if (allowed[codes[index]! + 1] === 0) continue outer;
    selected[size++] = index;
  }
  return selected.subarray(0, size);
}

export function analyse(store: TrajectoryStore, options: AnalysisOptions = {}): AnalysisResult {
  const referenceDay = options.referenceDay ?? store.latestDay;
  const unusedAfterDays = options.unusedAfterDays ?? defaultUnusedAfterDays;
  const normOf = (id: MeasureId) => options.norms?.[id] ?? defaultNormDays;
  const selected = selectTrajectories(store, options.filters);
  const { verzoek, toewijzing, start, declaratie } = store.dates;
  const dateArrays: Record<MessageKind | 'eerste', Int32Array> = { verzoek, toewijzing, start, declaratie, eerste: store.firstDay };

  const measureResults = measures.map((measure): MeasureResult => {
    const from = dateArrays[measure.from];
    const to = dateArrays[measure.to];
    const values = new Int32Array(selected.length);
    let size = 0;
    let negative = 0;
    for (const index of selected) {
      const begin = from[index]!;
      const end = to[index]!;
      if (begin === NO_DAY || end === NO_DAY || end > referenceDay) continue;
      if (end < begin) negative++;
      else values[size++] = end - begin;
    }
    return { id: measure.id, label: measure.label, norm: normOf(measure.id), negative, ...describeDurations(values.subarray(0, size), normOf(measure.id)) };
  });

  // Per month of the first message: sort (month, duration) pairs packed in one number, then split by month.
  const waitNorm = normOf('wachttijd');
  const months = new Map<number, number>();
  const packed = new Float64Array(selected.length);
  let packedSize = 0;
  for (const index of selected) {
    const first = store.firstDay[index]!;
    if (first > referenceDay) continue;
    const month = monthIndex(first);
    months.set(month, (months.get(month) ?? 0) + 1);
    const begun = start[index]!;
    if (begun !== NO_DAY && begun <= referenceDay && begun >= first) packed[packedSize++] = month * 100_000 + (begun - first);
  }
  const sortedPacked = packed.subarray(0, packedSize).sort();
  const perMonth: MonthResult[] = [];
  let cursor = 0;
  for (const month of [...months.keys()].sort((a, b) => a - b)) {
    const startCursor = cursor;
    while (cursor < sortedPacked.length && Math.floor(sortedPacked[cursor]! / 100_000) === month) cursor++;
    const durations = Int32Array.from(sortedPacked.subarray(startCursor, cursor), (value) => value - month * 100_000);
    perMonth.push({ month: monthLabel(month), trajectories: months.get(month)!, ...describeDurations(durations, waitNorm) });
  }

  // Still waiting: a first message on or before the reference day, no start yet, and not (yet) an unused assignment.
  const waitingNorm = options.waitingNorm ?? waitNorm;
  const waitingValues = new Int32Array(selected.length);
  let waitingSize = 0;
  let unused = 0;
  let withAssignment = 0;
  let switches = 0;
  for (const index of selected) {
    const first = store.firstDay[index]!;
    if (first > referenceDay) continue;
    const assigned = toewijzing[index]!;
    const hasAssignment = assigned <= referenceDay;
    const begun = start[index]! <= referenceDay || declaratie[index]! <= referenceDay;
    if (hasAssignment) {
      withAssignment++;
      if (store.switched[index] === 1) switches++;
    }
    if (begun) continue;
    if (hasAssignment && referenceDay - assigned >= unusedAfterDays) unused++;
    else waitingValues[waitingSize++] = referenceDay - first;
  }
  const share = (count: number, total: number) => (total > 0 ? count / total : null);

  return {
    referenceDate: formatDay(referenceDay),
    trajectories: store.count,
    selected: selected.length,
    measures: measureResults,
    perMonth,
    waiting: { norm: waitingNorm, ...describeDurations(waitingValues.subarray(0, waitingSize), waitingNorm) },
    unusedAssignments: { count: unused, withAssignment, share: share(unused, withAssignment), afterDays: unusedAfterDays },
    providerSwitches: { count: switches, withAssignment, share: share(switches, withAssignment) },
  };
}

/** The values each filter can take, sorted, for the filter controls (with "onbekend" when a value is missing). */
export function dimensionValues(store: TrajectoryStore): Record<DimensionId, string[]> {
  const result = {} as Record<DimensionId, string[]>;
  for (const id of dimensionIds) {
    const values = [...store.values[id].values];
    if (store.attributes[id].subarray(0, store.count).includes(-1)) values.push(unknownValue);
    result[id] = values.sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
  }
  return result;
}
