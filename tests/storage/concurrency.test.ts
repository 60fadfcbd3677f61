/**
 * Proof: 20 clients submitting 5,000 responses in total at the same time over HTTP, to the built portal as
 * `npm start` serves it, a tenth of them sent twice (as a client does when a response gets lost), are stored
 * exactly 5,000 times, with counters that add up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, servePortal, storeKinds, type ServedPortal } from './served-portal';
import { seededRandom, submission } from './load';

const clients = 20;
const total = 5000;

for (const kind of storeKinds) {
  describe(`concurrent submissions over HTTP (${kind})`, () => {
    let portal: ServedPortal;
    beforeAll(async () => {
      portal = await servePortal(kind);
    });
    afterAll(async () => portal?.cleanup());

    it(`stores exactly ${total} responses from ${clients} concurrent clients, retries counted once`, async () => {
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
              const response = await postJson(portal.baseUrl, payloads[index]);
              await response.arrayBuffer();
              statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            }
          }
        }),
      );
      expect(Object.fromEntries(statuses)).toEqual({ 201: total, 200: total / 10 });
      const store = await portal.openStore();
      expect((await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM ltw_responses'))!.n).toBe(total);
      expect((await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM ltw_idempotency_keys'))!.n).toBe(total);
      expect((await store.get<{ n: number }>('SELECT SUM(n) AS n FROM ltw_respondent_counts'))!.n).toBe(total);
      const perItem = await store.get<{ n: number }>("SELECT SUM(n) AS n FROM ltw_answer_counts WHERE item_id = 'steun-iemand'");
      expect(perItem!.n).toBe(total);
    });
  });
}
