/**
 * Proof: 20 clients submitting 5,000 responses in total at the same time, a tenth of them sent twice (as a
 * client does when a response gets lost), are stored exactly 5,000 times, with counters that add up.
 * Runs against the submission handler (`submitRequest` with the group-committing writer, as the API route
 * uses it) rather than over HTTP, so the proof stays fast on a busy machine; the HTTP path itself is
 * proven in api-validation and durability.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/lib/storage';
import { storesUnderTest } from '../../src/lib/storage/test-stores';
import { leefwereldtoetsMigrations, ResponseWriter } from '../../src/lib/leefwereldtoets/repository';
import { submitLimits, submitRequest } from '../../src/lib/leefwereldtoets/submit';
import { contentQuestionnaires, contentRegions } from '../../src/lib/leefwereldtoets/test-definitions';
import { seededRandom, submission } from './load';

const clients = 20;
const total = 5000;
const context = { questionnaires: contentQuestionnaires(), regions: contentRegions() };

for (const kind of storesUnderTest()) {
  describe(`concurrent submissions (${kind.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await kind.open());
      await store.migrate(leefwereldtoetsMigrations);
    });
    afterAll(async () => cleanup?.());

    it(`stores exactly ${total} responses from ${clients} concurrent clients, retries counted once`, async () => {
      const writer = new ResponseWriter(async () => store);
      const random = seededRandom(7);
      const payloads = Array.from({ length: total }, (_, index) => submission(index, random, 'gelijktijdig'));
      let next = 0;
      const statuses = new Map<number, number>();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (next < payloads.length) {
            const index = next++;
            const sends = index % 10 === 0 ? 2 : 1;
            for (let send = 0; send < sends; send++) {
              const request = new Request('http://localhost/api/leefwereldtoets/antwoorden', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify(payloads[index]),
              });
              const outcome = await submitRequest(request, (valid) => writer.save(valid), context, submitLimits({}));
              statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
            }
          }
        }),
      );
      expect(Object.fromEntries(statuses)).toEqual({ 201: total, 200: total / 10 });
      expect((await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM ltw_responses'))!.n).toBe(total);
      expect((await store.get<{ n: number }>('SELECT SUM(n) AS n FROM ltw_respondent_counts'))!.n).toBe(total);
      const perItem = await store.get<{ n: number }>("SELECT SUM(n) AS n FROM ltw_answer_counts WHERE item_id = 'steun-iemand'");
      expect(perItem!.n).toBe(total);
    });
  });
}
