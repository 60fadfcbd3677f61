import { describe, expect, it } from 'vitest';
import { simulate, validateBathtubInput, type CareType } from './bathtub-model';

const tub = (overrides: Partial<CareType> = {}): CareType => ({ name: 'A', inflow: 6, capacity: 10, treatmentMonths: 2, onwardShare: 0, onwardTo: null, initialWaiting: 10, ...overrides });

describe('bathtub model', () => {
  it('computes one month by hand: 5 finish, 5 start, the waiting list grows by inflow minus starts', () => {
    const { months } = simulate({ careTypes: [tub()], interventions: [], months: 2 });
    expect(months[0]![0]).toMatchObject({ waiting: 10, inCare: 10 });
    // Month 1: finished 10/2 = 5; 5 places free; arrivals 6; starts min(16, 5) = 5; waiting 10 + 6 − 5 = 11.
    expect(months[1]![0]).toMatchObject({ finished: 5, arrivals: 6, starts: 5, waiting: 11, inCare: 10 });
    // Expected wait: 11 waiting ÷ 5 places per month = 2.2 months = 2.2 × 52/12 weeks.
    expect(months[1]![0]!.waitingWeeks).toBeCloseTo(2.2 * (52 / 12), 10);
    expect(months[2]![0]).toMatchObject({ waiting: 12 });
  });

  it('keeps the waiting list level when inflow equals the places that come free', () => {
    const { months } = simulate({ careTypes: [tub({ inflow: 5 })], interventions: [] });
    expect(months).toHaveLength(25);
    expect(months[24]![0]!.waiting).toBeCloseTo(10, 10);
  });

  it('passes a share of those who finish on to the next care type', () => {
    const { months } = simulate({ careTypes: [tub({ onwardShare: 0.4, onwardTo: 1 }), tub({ name: 'B', inflow: 0, initialWaiting: 0 })], interventions: [], months: 1 });
    // A finishes 5, 40% = 2 go on to B; B has 5 free places, so both start at once.
    expect(months[1]![1]).toMatchObject({ arrivals: 2, starts: 2, waiting: 0 });
  });

  it('shows the waterbed effect: moving places from A to B shortens B\'s list and lengthens A\'s', () => {
    const careTypes = [tub({ inflow: 5 }), tub({ name: 'B', inflow: 6 })];
    const base = simulate({ careTypes, interventions: [] }).months[24]!;
    const moved = simulate({ careTypes, interventions: [{ kind: 'shift', from: 0, to: 1, places: 2, fromMonth: 1 }] }).months[24]!;
    expect(moved[1]!.waiting).toBeLessThan(base[1]!.waiting);
    expect(moved[0]!.waiting).toBeGreaterThan(base[0]!.waiting);
    expect(moved[0]!.capacity).toBe(8);
    expect(moved[1]!.capacity).toBe(12);
  });

  it('holds referrals back during an intake stop and lets them in when it is lifted', () => {
    const { months } = simulate({ careTypes: [tub({ inflow: 5, initialWaiting: 0 })], interventions: [{ kind: 'intakeStop', careType: 0, untilMonth: 4 }], months: 4 });
    // Months 1–3: no arrivals, 5 finish and 0 wait, so places stay free; 15 referrals are held back.
    expect(months[3]![0]).toMatchObject({ arrivals: 0, heldBack: 15, waiting: 0 });
    // Month 4: the 15 held back plus 5 new arrive at once.
    expect(months[4]![0]!.arrivals).toBe(20);
    expect(months[4]![0]!.heldBack).toBe(0);
  });

  it('applies extra capacity and lower inflow from their month on', () => {
    const careTypes = [tub({ inflow: 6 })];
    const base = simulate({ careTypes, interventions: [] }).months;
    const extra = simulate({ careTypes, interventions: [{ kind: 'capacity', careType: 0, places: 4, fromMonth: 3 }] }).months;
    expect(extra[2]![0]!.waiting).toBe(base[2]![0]!.waiting);
    expect(extra[24]![0]!.waiting).toBeLessThan(base[24]![0]!.waiting);
    const less = simulate({ careTypes, interventions: [{ kind: 'inflow', careType: 0, change: -0.5, fromMonth: 1 }] }).months;
    expect(less[1]![0]!.arrivals).toBe(3);
  });

  it('conserves people: everyone who arrived is waiting, in care or finished', () => {
    const careTypes = [tub({ onwardShare: 0.3, onwardTo: 1 }), tub({ name: 'B', inflow: 2, onwardShare: 0.1, onwardTo: 0 })];
    const { months } = simulate({ careTypes, interventions: [{ kind: 'capacity', careType: 1, places: 3, fromMonth: 5 }] });
    careTypes.forEach((_, index) => {
      const arrived = months.slice(1).reduce((sum, month) => sum + month[index]!.arrivals, 0);
      const finished = months.slice(1).reduce((sum, month) => sum + month[index]!.finished, 0);
      const last = months[24]![index]!;
      expect(months[0]![index]!.waiting + months[0]![index]!.inCare + arrived).toBeCloseTo(last.waiting + last.inCare + finished, 8);
    });
  });

  it('reports impossible inputs in Dutch', () => {
    expect(validateBathtubInput({ careTypes: [tub({ treatmentMonths: 0, onwardShare: 2 })], interventions: [] })).toEqual([
      'A: de behandelduur moet meer dan 0 maanden zijn.',
      'A: het deel dat wordt doorverwezen moet tussen 0 en 100% liggen.',
    ]);
  });
});
