/**
 * The leefwereldtoets at run time: questionnaires and regions from the content collections, the store with
 * this feature's migrations applied, and the limits from the environment. Loaded once per process.
 */
import { getCollection } from 'astro:content';
import { sharedStore, type Store } from '../lib/storage';
import { fivePointScale, type PublishedQuestionnaire, type Questionnaire, type Region } from '../lib/leefwereldtoets/definition';
import { leefwereldtoetsMigrations, pruneIdempotencyKeys, ResponseWriter } from '../lib/leefwereldtoets/repository';
import type { ValidationContext } from '../lib/leefwereldtoets/validate';
import { RateLimiter } from '../lib/leefwereldtoets/rate-limit';
import { submitLimits } from '../lib/leefwereldtoets/submit';

/** One limiter for the API and the form page, so both count against the same per-client budget. */
export const submissionLimiter = RateLimiter.fromEnv();
export const submissionLimits = submitLimits();

let context: Promise<ValidationContext> | undefined;

export function leefwereldtoetsContext(): Promise<ValidationContext> {
  context ??= (async () => {
    const entries = await getCollection('leefwereldtoets');
    const regions = (await getCollection('regions'))
      .map((region): Region => ({ id: region.id, name: region.data.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const questionnaires = new Map<string, Questionnaire>(
      entries
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((entry) => {
          const { title, version, intro, minutes, targetGroups, ageBands, steps } = entry.data;
          return [entry.id, { id: entry.id, title, version, intro, minutes, targetGroups, ageBands, steps }];
        }),
    );
    return { questionnaires, regions };
  })();
  return context;
}

export async function publishedQuestionnaire(id: string): Promise<PublishedQuestionnaire | undefined> {
  const { questionnaires, regions } = await leefwereldtoetsContext();
  const questionnaire = questionnaires.get(id);
  return questionnaire && { ...questionnaire, regions: [...regions], scale: fivePointScale };
}

let store: Promise<Store> | undefined;
let lastPruned = 0;
const pruneInterval = 24 * 60 * 60 * 1000;

/** The store, migrated on first use; old retry keys are pruned on start and then once a day. */
export function leefwereldtoetsStore(): Promise<Store> {
  store ??= sharedStore('leefwereldtoets', leefwereldtoetsMigrations);
  store.catch(() => (store = undefined));
  if (Date.now() - lastPruned > pruneInterval) {
    lastPruned = Date.now();
    store = store.then(async (opened) => {
      await pruneIdempotencyKeys(opened);
      return opened;
    });
  }
  return store;
}

/** All submissions of this process go through one writer, so concurrent ones share a commit. */
export const responseWriter = new ResponseWriter(leefwereldtoetsStore);
export const saveSubmission = (submission: Parameters<ResponseWriter['save']>[0]) => responseWriter.save(submission);

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}
