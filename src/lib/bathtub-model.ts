/**
 * The bathtub model: a month-by-month stock-and-flow model of youth care as a set of bathtubs, one per care
 * type (seed 001, 3.2 "Lijn structurele aanpak": inflow, throughput and outflow out of balance make the tub
 * overflow; the overflow is those waiting). Each month, per care type:
 *
 *   finished   = inCare / treatmentMonths            (on average everyone stays treatmentMonths)
 *   arrivals   = inflow + onward referrals from other types + a released intake-stop backlog
 *   freePlaces = max(0, capacity − inCare + finished)
 *   starts     = min(waiting + arrivals, freePlaces)
 *   waiting   ← waiting + arrivals − starts
 *   inCare    ← inCare − finished + starts
 *
 * A share of those who finish is referred onward to another care type, so more throughput in one tub means
 * more inflow in the next; moving capacity between tubs shifts the overflow (the waterbed effect, seed 001).
 * The expected waiting time for someone joining now is the waiting list divided by the places that come free
 * per month at full capacity (capacity ÷ treatment months). A thinking aid, not a forecast.
 */

export interface CareType {
  name: string;
  /** New referrals per month. */
  inflow: number;
  /** Treatment places (clients in care at the same time). */
  capacity: number;
  /** Average treatment duration in months (> 0). */
  treatmentMonths: number;
  /** Share (0–1) of those who finish that is referred onward to `onwardTo`. */
  onwardShare: number;
  /** Index of the care type that onward referrals go to; `null` when they leave care. */
  onwardTo: number | null;
  /** Waiting list at the start. */
  initialWaiting: number;
}

export type Intervention =
  /** Extra (or, negative, fewer) places from a month on, e.g. extra therapists recruited. */
  | { kind: 'capacity'; careType: number; places: number; fromMonth: number }
  /** Places moved from one care type to another from a month on. */
  | { kind: 'shift'; from: number; to: number; places: number; fromMonth: number }
  /** Inflow changed by a fraction from a month on (−0.15 = 15% less, e.g. a sharper delimitation of youth care). */
  | { kind: 'inflow'; careType: number; change: number; fromMonth: number }
  /** An intake stop until a month: new referrals are held back outside the waiting list and come in when it is lifted. */
  | { kind: 'intakeStop'; careType: number; untilMonth: number };

export interface BathtubInput {
  careTypes: CareType[];
  interventions: Intervention[];
  months?: number;
}

export interface CareTypeMonth {
  waiting: number;
  inCare: number;
  starts: number;
  finished: number;
  arrivals: number;
  /** Referrals held back by an intake stop, not on any waiting list. */
  heldBack: number;
  capacity: number;
  /** Expected waiting time in weeks for someone joining now; `null` without capacity. */
  waitingWeeks: number | null;
}

export interface BathtubResult {
  /** Month 0 is the starting point; months 1…n follow. `months[m][t]` is care type t in month m. */
  months: CareTypeMonth[][];
}

const weeksPerMonth = 52 / 12;

export function capacityInMonth(input: BathtubInput, careType: number, month: number): number {
  let capacity = input.careTypes[careType]!.capacity;
  for (const intervention of input.interventions) {
    if (intervention.kind === 'capacity' && intervention.careType === careType && month >= intervention.fromMonth) capacity += intervention.places;
    if (intervention.kind === 'shift' && month >= intervention.fromMonth) {
      if (intervention.from === careType) capacity -= intervention.places;
      if (intervention.to === careType) capacity += intervention.places;
    }
  }
  return Math.max(0, capacity);
}

function inflowInMonth(input: BathtubInput, careType: number, month: number): number {
  let inflow = input.careTypes[careType]!.inflow;
  for (const intervention of input.interventions) {
    if (intervention.kind === 'inflow' && intervention.careType === careType && month >= intervention.fromMonth) inflow *= 1 + intervention.change;
  }
  return Math.max(0, inflow);
}

const intakeStopped = (input: BathtubInput, careType: number, month: number) =>
  input.interventions.some((intervention) => intervention.kind === 'intakeStop' && intervention.careType === careType && month < intervention.untilMonth);

const expectedWeeks = (waiting: number, capacity: number, treatmentMonths: number) =>
  capacity > 0 ? (waiting / (capacity / treatmentMonths)) * weeksPerMonth : null;

export function simulate(input: BathtubInput): BathtubResult {
  const count = input.months ?? 24;
  const types = input.careTypes;
  // At the start every tub is full: in care = capacity.
  let state = types.map((type, index) => {
    const capacity = capacityInMonth(input, index, 0);
    return { waiting: type.initialWaiting, inCare: capacity, heldBack: 0, capacity };
  });
  const months: CareTypeMonth[][] = [
    state.map((current, index) => ({ waiting: current.waiting, inCare: current.inCare, starts: 0, finished: 0, arrivals: 0, heldBack: 0, capacity: current.capacity, waitingWeeks: expectedWeeks(current.waiting, current.capacity, types[index]!.treatmentMonths) })),
  ];
  for (let month = 1; month <= count; month++) {
    const finished = state.map((current, index) => current.inCare / types[index]!.treatmentMonths);
    const onward = types.map(() => 0);
    types.forEach((type, index) => {
      if (type.onwardTo !== null && type.onwardTo !== index && type.onwardTo < types.length) onward[type.onwardTo]! += finished[index]! * type.onwardShare;
    });
    const next = state.map((current, index) => {
      const type = types[index]!;
      const capacity = capacityInMonth(input, index, month);
      let arrivals = inflowInMonth(input, index, month) + onward[index]!;
      let heldBack = current.heldBack;
      if (intakeStopped(input, index, month)) {
        heldBack += arrivals;
        arrivals = 0;
      } else {
        arrivals += heldBack;
        heldBack = 0;
      }
      const free = Math.max(0, capacity - current.inCare + finished[index]!);
      const starts = Math.min(current.waiting + arrivals, free);
      const waiting = current.waiting + arrivals - starts;
      const inCare = current.inCare - finished[index]! + starts;
      return { waiting, inCare, heldBack, capacity, starts, arrivals, finished: finished[index]!, waitingWeeks: expectedWeeks(waiting, capacity, type.treatmentMonths) };
    });
    months.push(next);
    state = next;
  }
  return { months };
}

/** Reasons an input cannot be simulated, in Dutch, per field; empty when all is well. */
export function validateBathtubInput(input: BathtubInput): string[] {
  const problems: string[] = [];
  input.careTypes.forEach((type, index) => {
    const name = type.name || `zorgsoort ${index + 1}`;
    if (!(type.inflow >= 0)) problems.push(`${name}: de instroom moet 0 of meer zijn.`);
    if (!(type.capacity >= 0)) problems.push(`${name}: de capaciteit moet 0 of meer zijn.`);
    if (!(type.treatmentMonths > 0)) problems.push(`${name}: de behandelduur moet meer dan 0 maanden zijn.`);
    if (!(type.onwardShare >= 0 && type.onwardShare <= 1)) problems.push(`${name}: het deel dat wordt doorverwezen moet tussen 0 en 100% liggen.`);
    if (!(type.initialWaiting >= 0)) problems.push(`${name}: de wachtlijst aan het begin moet 0 of meer zijn.`);
  });
  return problems;
}
