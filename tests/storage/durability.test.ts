/**
 * Proof: the server is killed with SIGKILL in the middle of a load. After a restart the store opens cleanly,
 * every response that was answered 201 is there (re-sending it is recognised as already received), and the
 * counters agree with the stored responses (no half-written response).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/lib/storage';
import { postJson, servePortal, storeKinds, type ServedPortal } from './served-portal';
import { seededRandom, submission } from './load';

for (const kind of storeKinds) {
  describe(`durability after SIGKILL (${kind})`, () => {
    let portal: ServedPortal;
    beforeAll(async () => {
      portal = await servePortal(kind);
    });
    afterAll(async () => portal?.cleanup());

    it('keeps every acknowledged response and opens cleanly after a kill mid-load', async () => {
      const random = seededRandom(11);
      const acknowledged: Record<string, unknown>[] = [];
      let stop = false;
      let index = 0;
      const load = Promise.all(
        Array.from({ length: 20 }, async () => {
          while (!stop) {
            const payload = submission(index++, random, 'duurzaam');
            try {
              const response = await postJson(portal.baseUrl, payload);
              if (response.status === 201) acknowledged.push(payload);
              await response.arrayBuffer();
            } catch {
              // The server died under this request: no acknowledgement, so no promise to keep.
            }
          }
        }),
      );
      while (acknowledged.length < 300) await new Promise((resolve) => setTimeout(resolve, 20));
      await portal.kill('SIGKILL');
      stop = true;
      await load;

      await portal.restart();
      const store: Store = await portal.openStore();
      if (kind === 'sqlite') expect(await store.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
      const stored = (await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM ltw_responses'))!.n;
      expect(stored).toBeGreaterThanOrEqual(acknowledged.length);
      expect((await store.get<{ n: number }>('SELECT SUM(n) AS n FROM ltw_respondent_counts'))!.n).toBe(stored);
      for (const payload of acknowledged) {
        const response = await postJson(portal.baseUrl, payload);
        expect(response.status, String(payload.sleutel)).toBe(200);
        await response.arrayBuffer();
      }
      expect((await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM ltw_responses'))!.n).toBe(stored);
    });
  });
}
