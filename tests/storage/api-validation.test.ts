/**
 * Proof against the served portal: every bad payload gets a 4xx with a Dutch message and leaves the store
 * exactly as it was; a valid one gets 201; a retry with the same key counts once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badPayloads, validPayload } from '../../src/lib/leefwereldtoets/test-definitions';
import type { Store } from '../../src/lib/storage';
import { postJson, servePortal, storeKinds, storeSnapshot, type ServedPortal } from './served-portal';

for (const kind of storeKinds) {
  describe(`POST /api/leefwereldtoets/antwoorden (${kind})`, () => {
    let portal: ServedPortal;
    let store: Store;
    beforeAll(async () => {
      portal = await servePortal(kind, { LTW_MAX_BODY_BYTES: '8192' });
      store = await portal.openStore();
    });
    afterAll(async () => portal?.cleanup());

    const transportProblems: { name: string; send: () => Promise<Response>; status: number }[] = [
      { name: 'malformed JSON', send: () => postJson(portal.baseUrl, '{"vragenlijst": '), status: 400 },
      { name: 'wrong content type', send: () => fetch(`${portal.baseUrl}/api/leefwereldtoets/antwoorden`, { method: 'POST', headers: { 'Content-Type': 'text/plain', Origin: portal.baseUrl }, body: JSON.stringify(validPayload()) }), status: 415 },
      { name: 'oversized body', send: () => postJson(portal.baseUrl, { ...validPayload(), opvulling: 'x'.repeat(10_000) }), status: 413 },
      {
        name: 'form-encoded with an unknown region',
        send: () => fetch(`${portal.baseUrl}/api/leefwereldtoets/antwoorden`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: portal.baseUrl }, body: 'vragenlijst=jongeren-12-17&versie=1&regio=atlantis' }),
        status: 422,
      },
    ];

    it('answers every bad payload with a 4xx and a Dutch message per field, and stores nothing', async () => {
      const before = await storeSnapshot(store);
      for (const { name, payload, field } of badPayloads) {
        const response = await postJson(portal.baseUrl, payload);
        expect(response.status, name).toBeGreaterThanOrEqual(400);
        expect(response.status, name).toBeLessThan(500);
        const body = (await response.json()) as { errors: { field: string; message: string }[] };
        expect(body.errors.find((error) => error.field === field)?.message, name).toMatch(/\w{3,}/);
      }
      for (const { name, send, status } of transportProblems) {
        const response = await send();
        expect(response.status, name).toBe(status);
        const body = (await response.json()) as { errors: { message: string }[] };
        expect(body.errors[0]!.message.length, name).toBeGreaterThan(10);
      }
      expect(await storeSnapshot(store)).toEqual(before);
    });

    it('stores a valid response once, even when it is retried with the same key', async () => {
      const before = await storeSnapshot(store);
      const payload = validPayload({ sleutel: 'bewijs-retry-0001' });
      expect((await postJson(portal.baseUrl, payload)).status).toBe(201);
      const retry = await postJson(portal.baseUrl, payload);
      expect(retry.status).toBe(200);
      expect(await retry.json()).toEqual({ status: 'al-ontvangen' });
      const after = await storeSnapshot(store);
      expect(after.ltw_responses).toBe(before.ltw_responses! + 1);
    });

    it('accepts the no-JavaScript form post from the same origin', async () => {
      const fields = new URLSearchParams({ vragenlijst: 'jongeren-12-17', versie: '1', regio: 'twente', doelgroep: 'andere-hulp', leeftijd: '12-14', website: '' });
      for (const [id, value] of Object.entries(validPayload().antwoorden as Record<string, unknown>)) fields.set(`antwoord.${id}`, String(value));
      const response = await fetch(`${portal.baseUrl}/leefwereldtoets/versturen/`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: portal.baseUrl },
        body: fields.toString(),
        redirect: 'manual',
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/\/leefwereldtoets\/bedankt\/$/);
      const regions = await store.all<{ region: string }>('SELECT region FROM ltw_responses');
      expect(regions.map((row) => row.region)).toContain('twente');
    });
  });
}
