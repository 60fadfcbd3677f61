import { describe, expect, it } from 'vitest';
import { freshStorePerTest, storesUnderTest } from '../storage/test-stores';
import { leefwereldtoetsMigrations, saveResponse } from './repository';
import { resultsFor, trendPeriods } from './results';
import { contentQuestionnaires, contentRegions, validPayload } from './test-definitions';
import { validateSubmission, type Submission } from './validate';

const k = 5;
const context = { questionnaires: contentQuestionnaires(), regions: contentRegions() };
const questionnaire = context.questionnaires.get('jongeren-12-17')!;

function submission(index: number, overrides: Record<string, unknown> = {}): Submission {
  const result = validateSubmission(validPayload({ sleutel: `trend-${index}-${JSON.stringify(overrides).length}`, ...overrides }), context);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.submission;
}

describe('trendPeriods', () => {
  const months = ['2025-11', '2026-01', '2026-03', '2026-01'];

  it('compares years when responses span more than one year and no period is chosen', () => {
    expect(trendPeriods(months)).toEqual({ granularity: 'jaar', periods: ['2025', '2026'] });
  });

  it('compares the months of the chosen year, also when one month of it is chosen', () => {
    expect(trendPeriods(months, '2026')).toEqual({ granularity: 'maand', periods: ['2026-01', '2026-03'] });
    expect(trendPeriods(months, '2026-03')).toEqual({ granularity: 'maand', periods: ['2026-01', '2026-03'] });
  });

  it('compares months when all responses fall in one year', () => {
    expect(trendPeriods(['2026-02', '2026-01'])).toEqual({ granularity: 'maand', periods: ['2026-01', '2026-02'] });
  });
});

for (const kind of storesUnderTest()) {
  describe(`results with change over periods (${kind.name})`, () => {
    const open = freshStorePerTest(kind, leefwereldtoetsMigrations);

    it('gives each period its own Big 5 scores, and hides a small period with its smallest neighbour', async () => {
      const store = await open();
      // September: k with "helemaal wel" support; October: k with "helemaal niet"; November: 2 people.
      const months = [
        { month: '2026-09', n: k, answer: 5 },
        { month: '2026-10', n: k + 1, answer: 1 },
        { month: '2026-11', n: 2, answer: 3 },
      ];
      let index = 0;
      for (const { month, n, answer } of months) {
        for (let i = 0; i < n; i++) {
          const payload = validPayload();
          const answers = { ...(payload.antwoorden as Record<string, unknown>), 'steun-iemand': answer };
          await saveResponse(store, submission(index++, { antwoorden: answers }), new Date(`${month}-15T12:00:00Z`));
        }
      }
      const results = await resultsFor(store, questionnaire, { region: 'rijnmond' }, k);
      expect(results.trend.granularity).toBe('maand');
      expect(results.trend.periods.map((period) => [period.period, period.shown, period.respondents])).toEqual([
        // November is below k; September (the smallest other month) is hidden with it, so the year minus
        // October cannot give November back.
        ['2026-09', false, undefined],
        ['2026-10', true, k + 1],
        ['2026-11', false, undefined],
      ]);
      const october = results.trend.periods[1]!;
      expect(october.domains!.find((domain) => domain.theme === 'steun')!.score).toBeLessThan(
        results.selection.domains!.find((domain) => domain.theme === 'steun')!.score!,
      );
      expect(results.selection.respondents).toBe(2 * k + 3);
    });
  });
}
