import { describe, expect, it } from 'vitest';
import { freshStorePerTest, storesUnderTest } from '../storage/test-stores';
import { countResponses, leefwereldtoetsMigrations, loadAnswerCounts, loadFreeTexts, loadRespondentCells, ResponseWriter, saveResponse } from './repository';
import { contentQuestionnaires, contentRegions, validPayload } from './test-definitions';
import { validateSubmission, type Submission } from './validate';

const context = { questionnaires: contentQuestionnaires(), regions: contentRegions() };
function submission(overrides: Record<string, unknown> = {}): Submission {
  const result = validateSubmission(validPayload(overrides), context);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.submission;
}

for (const kind of storesUnderTest()) {
  describe(`leefwereldtoets repository (${kind.name})`, () => {
    const open = freshStorePerTest(kind, leefwereldtoetsMigrations);

    it('stores a response with its counters, and only the month as time', async () => {
      const store = await open();
      expect(await saveResponse(store, submission(), new Date('2026-11-24T21:45:00Z'))).toBe('saved');
      const rows = await store.all<Record<string, unknown>>('SELECT * FROM ltw_responses');
      expect(rows).toHaveLength(1);
      expect(Object.keys(rows[0]!).sort()).toEqual(['age_band', 'answers', 'id', 'month', 'questionnaire', 'region', 'target_group', 'version']);
      expect(rows[0]!.month).toBe('2026-11');
      expect(await loadRespondentCells(store, 'jongeren-12-17')).toEqual([{ region: 'rijnmond', month: '2026-11', targetGroup: 'mentale-problemen', ageBand: '15-17', n: 1 }]);
      const counts = await loadAnswerCounts(store, 'jongeren-12-17', { region: 'rijnmond', period: '2026' });
      expect(counts.find((row) => row.item === 'steun-iemand')).toEqual({ item: 'steun-iemand', answer: '4', n: 1 });
    });

    it('counts a retried submission with the same key once', async () => {
      const store = await open();
      const retried = submission({ sleutel: 'poging-12345' });
      expect(await saveResponse(store, retried)).toBe('saved');
      expect(await saveResponse(store, retried)).toBe('duplicate');
      expect(await countResponses(store)).toBe(1);
      expect((await loadRespondentCells(store, 'jongeren-12-17'))[0]!.n).toBe(1);
    });

    it('group-commits concurrent saves, each once, with a repeated key in the same batch counted once', async () => {
      const store = await open();
      const writer = new ResponseWriter(async () => store, 50);
      const outcomes = await Promise.all([
        ...Array.from({ length: 120 }, (_, index) => writer.save(submission({ sleutel: `batch-key-${index}` }))),
        writer.save(submission({ sleutel: 'batch-key-7' })),
      ]);
      expect(outcomes.filter((outcome) => outcome === 'saved')).toHaveLength(120);
      expect(outcomes.filter((outcome) => outcome === 'duplicate')).toHaveLength(1);
      expect(await countResponses(store)).toBe(120);
      expect((await loadRespondentCells(store, 'jongeren-12-17'))[0]!.n).toBe(120);
    });

    it('stores free text redacted and apart, with no link to the answers', async () => {
      const store = await open();
      const payload = validPayload();
      (payload.antwoorden as Record<string, unknown>).toelichting = 'Bel me op 0612345678';
      const result = validateSubmission(payload, context);
      await saveResponse(store, (result as { submission: Submission }).submission);
      expect(await loadFreeTexts(store, 'jongeren-12-17', { region: 'rijnmond' })).toEqual(['Bel me op [telefoonnummer verwijderd]']);
      const columns = Object.keys((await store.get<Record<string, unknown>>('SELECT * FROM ltw_free_texts'))!).sort();
      expect(columns).toEqual(['body', 'id', 'month', 'questionnaire', 'region']);
      expect(JSON.stringify(await store.all('SELECT answers FROM ltw_responses'))).not.toContain('Bel me');
    });
  });
}
