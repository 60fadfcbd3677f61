import { describe, expect, it } from 'vitest';
import { analyse, dimensionValues } from './analysis.ts';
import { parseDay } from './day-numbers.ts';
import { loadMonitorText } from './trajectory-store.ts';

/**
 * Four trajectories, worked out by hand:
 * a (45, A, huisarts): verzoek 1 Jan, toewijzing 11 Jan, start 10 Feb, declaratie 1 Mar 2024 → 10, 30, 20; wait 40; total 60.
 * b (45, first A then B: a switch): toewijzing 5 Jan, toewijzing 1 Feb (B), start 5 Apr → toewijzing-start 91; wait 91.
 * c (50, C, huisarts): verzoek 1 Feb, toewijzing 21 Feb, no start → still waiting on 5 Apr (latest date): 64 days.
 * d (45, A): toewijzing 10 Jan 2023, nothing since → 451 days on 5 Apr 2024: an assignment never used.
 */
const sample = [
  'client;berichttype;datum;productcategorie;aanbieder;verwijzer;leeftijdscategorie;postcodegebied',
  'a;verzoek;2024-01-01;45;A;huisarts;12-17;3011',
  'a;JW301;2024-01-11;45;A;huisarts;12-17;3011',
  'a;start;10-02-2024;45;A;;;',
  'a;declaratie;2024-03-01;45;A;;;',
  'b;toewijzing;2024-01-05;45;A;gemeente;6-11;3012',
  'b;start;2024-04-05;45;B;gemeente;6-11;3012',
  'b;toewijzing;2024-02-01;45;B;gemeente;6-11;3012',
  'c;verzoek;2024-02-01;50;C;huisarts;12-17;3011',
  'c;toewijzing;2024-02-21;50;C;huisarts;12-17;3011',
  'd;toewijzing;2023-01-10;45;A;;0-5;',
].join('\n');

describe('waiting-time analysis', () => {
  const { store, report } = loadMonitorText(sample);

  it('builds one trajectory per client and product category', () => {
    expect(report).toMatchObject({ rows: 10, validRows: 10, skippedRows: 0, problemCount: 0 });
    expect(store.count).toBe(4);
  });

  it('computes every stage, the totals and the share within the norm', () => {
    const result = analyse(store);
    expect(result.referenceDate).toBe('2024-04-05');
    const byId = Object.fromEntries(result.measures.map((measure) => [measure.id, measure]));
    expect(byId['verzoek-toewijzing']).toMatchObject({ n: 2, median: 10, p80: 20, p95: 20, withinNorm: 2, shareWithinNorm: 1 });
    expect(byId['toewijzing-start']).toMatchObject({ n: 2, median: 30, p80: 91, p95: 91 });
    expect(byId['start-declaratie']).toMatchObject({ n: 1, median: 20 });
    expect(byId['wachttijd']).toMatchObject({ n: 2, median: 40, p95: 91 });
    expect(byId['doorlooptijd']).toMatchObject({ n: 1, median: 60 });
    const strict = analyse(store, { norms: { wachttijd: 90 } }).measures.find((measure) => measure.id === 'wachttijd')!;
    expect(strict).toMatchObject({ norm: 90, withinNorm: 1, shareWithinNorm: 0.5 });
  });

  it('counts who is still waiting, assignments never used and provider switches', () => {
    const result = analyse(store);
    expect(result.waiting).toMatchObject({ n: 1, median: 64, max: 64 });
    expect(result.unusedAssignments).toEqual({ count: 1, withAssignment: 4, share: 0.25, afterDays: 365 });
    expect(result.providerSwitches).toEqual({ count: 1, withAssignment: 4, share: 0.25 });
    // With a later cut-off, d is still waiting rather than never used.
    expect(analyse(store, { unusedAfterDays: 500 }).waiting).toMatchObject({ n: 2, median: 64, max: 451 });
  });

  it('groups the waiting time per month of the first message', () => {
    expect(analyse(store).perMonth.map(({ month, trajectories, n, median }) => ({ month, trajectories, n, median }))).toEqual([
      { month: '2023-01', trajectories: 1, n: 0, median: null },
      { month: '2024-01', trajectories: 2, n: 2, median: 40 },
      { month: '2024-02', trajectories: 1, n: 0, median: null },
    ]);
  });

  it('filters on provider of the first assignment, referrer type and unknown values', () => {
    expect(analyse(store, { filters: { aanbieder: ['A'] } }).selected).toBe(3);
    const huisarts = analyse(store, { filters: { verwijzer: ['huisarts'] } });
    expect(huisarts.selected).toBe(2);
    expect(huisarts.measures.find((measure) => measure.id === 'wachttijd')).toMatchObject({ n: 1, median: 40 });
    expect(analyse(store, { filters: { verwijzer: ['onbekend'] } }).selected).toBe(1);
    expect(analyse(store, { filters: { verwijzer: ['huisarts'], productcategorie: ['50'] } }).selected).toBe(1);
    expect(dimensionValues(store).verwijzer).toEqual(['gemeente', 'huisarts', 'onbekend']);
  });

  it('uses a chosen reference date for those still waiting', () => {
    const result = analyse(store, { referenceDay: parseDay('2024-03-01') });
    // On 1 March: b has not started yet (waiting since 5 Jan: 56 days), c since 1 Feb (29 days).
    expect(result.waiting).toMatchObject({ n: 2, median: 29, max: 56 });
  });
});

describe('validation of monitor rows', () => {
  const header = 'client;berichttype;datum;productcategorie;aanbieder;verwijzer;leeftijdscategorie;postcodegebied';

  it('names the row and column of each bad value in Dutch and skips only those rows', () => {
    const { report, store } = loadMonitorText(
      [header, 'a;toewijzing;2024-02-30;45;A;;;', 'b;afwijzing;2024-01-01;45;A;;;', 'c;start;2024-01-01;45;A;;;3011AB', 'd;start;2024-01-01;;A;;;', 'e;start;2024-01-01;45;A;;', 'f;start;2024-01-01;45;A;;;'].join('\n'),
    );
    expect(report.problems).toEqual([
      'Rij 2, kolom "datum": "2024-02-30" is geen geldige datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ).',
      'Rij 3, kolom "berichttype": "afwijzing" is geen bekend berichttype (verwacht verzoek, toewijzing, start of declaratie).',
      'Rij 4, kolom "postcodegebied": "3011AB" is geen postcodegebied: gebruik hooguit de vier cijfers, zonder letters, zodat de jeugdige niet herleidbaar is.',
      'Rij 5, kolom "productcategorie": de productcategorie is leeg.',
      'Rij 6: 7 velden gevonden, de kopregel heeft er 8.',
    ]);
    expect(report).toMatchObject({ rows: 6, validRows: 1, skippedRows: 5 });
    expect(store.count).toBe(1);
  });

  it('stops with a clear message when a required column is missing', () => {
    const { report } = loadMonitorText('client;datum;productcategorie;aanbieder\na;2024-01-01;45;A\n');
    expect(report.fatal).toBe('Rij 1 (kopregel): de kolom "berichttype" ontbreekt. Gevonden kolommen: "client", "datum", "productcategorie", "aanbieder".');
    expect(loadMonitorText('client;datum\na;2024-01-01\n').report.fatal).toContain('de kolommen "berichttype", "productcategorie" en "aanbieder" ontbreken');
  });

  it('stops on an empty file', () => {
    expect(loadMonitorText('').report.fatal).toContain('leeg');
  });
});

describe('results export', () => {
  it('writes one semicolon line per figure with Dutch decimals', async () => {
    const { resultsToCsv } = await import('./results-csv.ts');
    const { store } = loadMonitorText(sample);
    const lines = resultsToCsv(analyse(store), 'alle trajecten').split('\r\n');
    expect(lines[0]).toBe('\uFEFF# Wachttijdmonitor; peildatum 2024-04-05; selectie: alle trajecten; 4 van 4 trajecten');
    expect(lines).toContain('doorlooptijd;Totale wachttijd: eerste bericht tot start zorg;2;40;91;91;91;91;2;1');
    expect(lines).toContain('toewijzing niet gebruikt;1;4;0,25');
  });
});
