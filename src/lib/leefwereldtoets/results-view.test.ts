import { describe, expect, it } from 'vitest';
import { summariseSelection } from './aggregate';
import type { Results } from './results';
import { big5Comparison, periodChoices, periodLabel, questionComparisons, resultsQueryString, resultsScopes, trendView } from './results-view';
import { resultsToCsv } from './results-query';
import { contentQuestionnaires, contentRegions } from './test-definitions';

const k = 10;
const questionnaire = contentQuestionnaires().get('jongeren-12-17')!;
const regions = contentRegions();
const regionName = regions.find((region) => region.id === 'rijnmond')!.name;

function results(overrides: Partial<Results> = {}): Results {
  const selection = summariseSelection(questionnaire, { shown: true, n: 28 }, [
    { item: 'steun-iemand', answer: '5', n: 15 },
    { item: 'steun-iemand', answer: '4', n: 5 },
    { item: 'steun-iemand', answer: '2', n: 8 },
  ], { questions: new Set(), answers: new Set(['steun-iemand=4', 'steun-iemand=2']) }, k);
  const national = summariseSelection(questionnaire, { shown: true, n: 40 }, [
    { item: 'steun-iemand', answer: '5', n: 20 },
    { item: 'steun-iemand', answer: '1', n: 20 },
  ], { questions: new Set(), answers: new Set() }, k);
  return {
    questionnaire: { id: questionnaire.id, title: questionnaire.title, version: 1 },
    filter: { region: 'rijnmond' },
    minimumGroupSize: k,
    selection,
    national,
    trend: { granularity: 'maand', periods: [
      { period: '2026-10', shown: false, reason: 'klein' },
      { period: '2026-11', shown: true, respondents: 28, domains: selection.domains },
    ] },
    periods: ['2026-10', '2026-11'],
    freeTexts: null,
    ...overrides,
  };
}

describe('results view', () => {
  it('compares the region with the whole country, and shows only the country without a region', () => {
    expect(resultsScopes(results(), regions).map((scope) => scope.name)).toEqual([regionName, 'Heel Nederland']);
    expect(resultsScopes(results({ filter: {} }), regions).map((scope) => scope.id)).toEqual(['selectie']);
  });

  it('puts the Big 5 scores of the region and the country side by side, hidden scores as null', () => {
    const chart = big5Comparison(resultsScopes(results(), regions))!;
    expect(chart.series).toEqual([regionName, 'Heel Nederland']);
    const support = chart.rows.find((row) => row.label === 'Steun')!;
    // Region: (15 × 100 + 5 × 75 + 8 × 25) / 28 = 74 (rounded); country: 20 × 100 + 20 × 0 over 40 = 50.
    expect(support.values).toEqual([74, 50]);
    expect(chart.rows.find((row) => row.label === 'Wonen')!.values).toEqual([null, null]);
  });

  it('leaves a hidden scope out of the comparison instead of showing zeros', () => {
    const hidden = results({ selection: { shown: false, reason: 'klein' } });
    expect(big5Comparison(resultsScopes(hidden, regions))!.series).toEqual(['Heel Nederland']);
    expect(big5Comparison(resultsScopes(results({ selection: { shown: false, reason: 'x' }, filter: {} }), regions))).toBeNull();
  });

  it('gives every answer its count and its share of the people who answered, hidden ones as null', () => {
    const support = questionComparisons(resultsScopes(results(), regions)).find((question) => question.item === 'steun-iemand')!;
    expect(support.answered).toEqual([28, 40]);
    const yes = support.rows.find((row) => row.label === 'Ja, helemaal')!;
    expect(yes.cells).toEqual([{ count: 15, percent: 54 }, { count: 20, percent: 50 }]);
    // Region: 5 said "meestal wel" (below k), hidden together with the next smallest answer (8, "meestal niet").
    expect(support.rows.find((row) => row.label === 'Meestal wel')!.cells[0]).toEqual({ count: null, percent: null });
    expect(support.rows.find((row) => row.label === 'Meestal niet')!.cells[0]).toEqual({ count: null, percent: null });
    expect(support.chartRows.find((row) => row.label === 'Ja, helemaal')!.values).toEqual([54, 50]);
  });

  it('draws one line per Big 5 theme over the periods, with hidden periods as gaps', () => {
    const trend = trendView(results());
    expect(trend.periods).toEqual(['2026-10', '2026-11']);
    expect(trend.respondents).toEqual([null, 28]);
    expect(trend.lines).toHaveLength(5);
    expect(trend.lines[0]!.values).toEqual([null, 74]);
    expect(trend.hasScores).toBe(true);
  });

  it('offers every year and month with responses, newest first, and writes queries without empty fields', () => {
    expect(periodChoices(['2025-12', '2026-01', '2026-02'])).toEqual(['2026-02', '2026-01', '2026', '2025-12', '2025']);
    expect(periodLabel('2026-11')).toBe('november 2026');
    expect(periodLabel('2026-03', 'kort')).toBe('mrt 2026');
    expect(periodLabel('2026')).toBe('2026');
    expect(resultsQueryString({ vragenlijst: 'jongeren-12-17', regio: '', periode: '2026' })).toBe('vragenlijst=jongeren-12-17&periode=2026');
  });
});

describe('results as CSV', () => {
  it('writes the selection, the national figures and the periods, hidden numbers empty and marked', () => {
    const lines = resultsToCsv(results()).split('\r\n');
    expect(lines[0]).toBe('\uFEFFgroep;thema;vraag;antwoord;aantal;opmerking');
    expect(lines).toContain('selectie;;aantal invullers;;28;');
    expect(lines).toContain('selectie;Steun;score (0-100);;74;');
    expect(lines).toContain('selectie;Steun;Heb je iemand bij wie je terecht kunt als het niet goed gaat?;Meestal wel;;verborgen');
    expect(lines).toContain('landelijk;Steun;Heb je iemand bij wie je terecht kunt als het niet goed gaat?;Ja, helemaal;20;');
    expect(lines).toContain('periode 2026-10;;;;;verborgen: klein');
    expect(lines).toContain('periode 2026-11;;aantal invullers;;28;');
  });
});
