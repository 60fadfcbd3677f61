/**
 * State of the bathtub model island: the care types, the four levers (extra capacity, moving capacity,
 * changing inflow, an intake stop) and the chosen preset scenario. The simulation itself is the plain
 * `simulate` in src/lib/bathtub-model.ts, recomputed whenever an input changes.
 */
import { simulate, validateBathtubInput, type BathtubInput, type CareType, type Intervention } from '../../lib/bathtub-model.ts';
import { scenarios } from '../../lib/bathtub-scenarios.ts';

export class BathtubState {
  scenarioId = $state(scenarios[0]!.id);
  careTypes = $state<CareType[]>([]);
  extraCapacity = $state({ careType: 1, places: 0, fromMonth: 1 });
  shift = $state({ from: 0, to: 1, places: 0, fromMonth: 1 });
  /** Change in inflow in percent (−15 = 15% less). */
  inflowChange = $state({ careType: 0, percent: 0, fromMonth: 1 });
  /** 0 = no intake stop. */
  intakeStop = $state({ careType: 1, untilMonth: 0 });

  constructor() {
    this.choose(scenarios[0]!.id);
  }

  get scenario() {
    return scenarios.find((scenario) => scenario.id === this.scenarioId);
  }

  /** Loads a preset into the inputs (the levers it does not use go back to "off"). */
  choose(id: string): void {
    const scenario = scenarios.find((candidate) => candidate.id === id);
    if (!scenario) return;
    this.scenarioId = id;
    this.careTypes = scenario.input.careTypes.map((type) => ({ ...type }));
    this.extraCapacity = { careType: 1, places: 0, fromMonth: 1 };
    this.shift = { from: 0, to: 1, places: 0, fromMonth: 1 };
    this.inflowChange = { careType: 0, percent: 0, fromMonth: 1 };
    this.intakeStop = { careType: 1, untilMonth: 0 };
    for (const intervention of scenario.input.interventions) {
      if (intervention.kind === 'capacity') this.extraCapacity = { careType: intervention.careType, places: intervention.places, fromMonth: intervention.fromMonth };
      if (intervention.kind === 'shift') this.shift = { from: intervention.from, to: intervention.to, places: intervention.places, fromMonth: intervention.fromMonth };
      if (intervention.kind === 'inflow') this.inflowChange = { careType: intervention.careType, percent: Math.round(intervention.change * 100), fromMonth: intervention.fromMonth };
      if (intervention.kind === 'intakeStop') this.intakeStop = { careType: intervention.careType, untilMonth: intervention.untilMonth };
    }
  }

  /** Any manual change makes the inputs a scenario of the user's own. */
  edited(): void {
    this.scenarioId = '';
  }

  get input(): BathtubInput {
    const interventions: Intervention[] = [];
    const number = (value: number | null | undefined) => Number(value ?? 0);
    if (number(this.extraCapacity.places) !== 0) interventions.push({ kind: 'capacity', ...this.extraCapacity, places: number(this.extraCapacity.places), fromMonth: number(this.extraCapacity.fromMonth) });
    if (number(this.shift.places) !== 0 && this.shift.from !== this.shift.to) interventions.push({ kind: 'shift', ...this.shift, places: number(this.shift.places), fromMonth: number(this.shift.fromMonth) });
    if (number(this.inflowChange.percent) !== 0) interventions.push({ kind: 'inflow', careType: this.inflowChange.careType, change: number(this.inflowChange.percent) / 100, fromMonth: number(this.inflowChange.fromMonth) });
    if (number(this.intakeStop.untilMonth) > 0) interventions.push({ kind: 'intakeStop', careType: this.intakeStop.careType, untilMonth: number(this.intakeStop.untilMonth) });
    return { careTypes: this.careTypes.map((type) => ({ ...type, onwardShare: Number(type.onwardShare) })), interventions };
  }

  problems = $derived(validateBathtubInput(this.input));
  result = $derived(this.problems.length === 0 ? simulate(this.input) : null);

  /** One sentence per care type about month 24 compared with month 0, for the live region. */
  get summary(): string {
    if (!this.result) return `Het model rekent niet: ${this.problems.join(' ')}`;
    const first = this.result.months[0]!;
    const last = this.result.months[this.result.months.length - 1]!;
    const weeks = (value: number | null) => (value === null ? 'onbekend' : `${Math.round(value)} weken`);
    return `Na 24 maanden: ${this.careTypes
      .map((type, index) => `${type.name.toLowerCase()} ${Math.round(last[index]!.waiting)} wachtenden (was ${Math.round(first[index]!.waiting)}), verwachte wachttijd ${weeks(last[index]!.waitingWeeks)}`)
      .join('; ')}.`;
  }
}
