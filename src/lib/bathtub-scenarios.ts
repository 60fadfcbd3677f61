/**
 * Preset scenarios for the bathtub model, after stories in the seeds. All numbers are illustrative model
 * inputs chosen to make the mechanism visible; they are not figures from any region or source.
 */
import type { BathtubInput, CareType } from './bathtub-model.ts';

export interface Scenario {
  id: string;
  label: string;
  /** What the scenario shows and which story it follows (Dutch, shown on the page). */
  story: string;
  input: BathtubInput;
}

/** Three care types in a chain: part of those who finish light help go on to specialist help, and so on. */
export const baseCareTypes: CareType[] = [
  { name: 'Lichte ambulante hulp', inflow: 100, capacity: 220, treatmentMonths: 2, onwardShare: 0.2, onwardTo: 1, initialWaiting: 60 },
  { name: 'Specialistische ambulante hulp', inflow: 40, capacity: 330, treatmentMonths: 6, onwardShare: 0.1, onwardTo: 2, initialWaiting: 200 },
  { name: 'Verblijf', inflow: 5, capacity: 60, treatmentMonths: 6, onwardShare: 0, onwardTo: null, initialWaiting: 20 },
];

const withBase = (interventions: BathtubInput['interventions']): BathtubInput => ({ careTypes: baseCareTypes.map((type) => ({ ...type })), interventions });

export const scenarios: Scenario[] = [
  {
    id: 'uitgangssituatie',
    label: 'Uitgangssituatie',
    story: 'Er komen bij de specialistische hulp elke maand iets meer jeugdigen bij dan er plekken vrijkomen. De badkuip loopt langzaam over: de wachtlijst groeit.',
    input: withBase([]),
  },
  {
    id: 'extra-behandelaars',
    label: 'Extra behandelaars geworven',
    story: 'Naar het verhaal van regio Rijnmond: met extra geld werven aanbieders behandelaars, waardoor er vanaf maand 3 meer plekken zijn in de specialistische hulp. De wachtlijst krimpt, maar omdat er ook meer jeugdigen klaar zijn, stromen er meer door naar verblijf.',
    input: withBase([{ kind: 'capacity', careType: 1, places: 40, fromMonth: 3 }]),
  },
  {
    id: 'aanmeldstop-opgeheven',
    label: 'Aanmeldstop opgeheven',
    story: 'Ook naar Rijnmond: aanbieders hebben een aanmeldstop, zodat nieuwe aanmeldingen buiten de wachtlijst blijven. Er komen extra behandelaars, en in maand 6 gaat de stop eraf. Wie al die tijd buiten beeld wachtte, komt dan op de wachtlijst: die groeit even, terwijl de verwachte wachttijd blijft dalen.',
    input: withBase([
      { kind: 'intakeStop', careType: 1, untilMonth: 6 },
      { kind: 'capacity', careType: 1, places: 40, fromMonth: 3 },
    ]),
  },
  {
    id: 'scherpere-afbakening',
    label: 'Scherpere afbakening van jeugdhulp',
    story: 'Gemeenten maken duidelijker wat wel en geen jeugdhulp is. In dit voorbeeld komt er vanaf maand 1 15% minder instroom in de lichte hulp. Minder instroom aan het begin betekent ook minder doorstroom naar de specialistische hulp.',
    input: withBase([{ kind: 'inflow', careType: 0, change: -0.15, fromMonth: 1 }]),
  },
  {
    id: 'waterbed',
    label: 'Capaciteit verschuiven: het waterbedeffect',
    story: 'Vanaf maand 1 gaan 40 plekken van de lichte naar de specialistische hulp. Daar krimpt de wachtlijst, maar bij de lichte hulp loopt de badkuip nu over: het probleem verschuift in plaats van te verdwijnen.',
    input: withBase([{ kind: 'shift', from: 0, to: 1, places: 40, fromMonth: 1 }]),
  },
];
