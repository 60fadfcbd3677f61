/**
 * POST a proposed lesson as JSON (the island and other clients). Same rules as the HTML form:
 * 201 when queued for moderation, 400 with a Dutch message per field, 429 when rate-limited.
 */
import type { APIRoute } from 'astro';
import { regionNames, shareLimiter, sharedLessons } from '../../../../data/shared-lessons';
import { problem, json, readJson } from '../../../../lib/expedition/http';
import { jsonToInput, proposalFieldNames } from '../../../../lib/expedition/lesson-proposal';
import { rateLimitMessage, shareLesson, statusOf } from '../../../../lib/expedition/lesson-sharing';

export const prerender = false;

export const POST: APIRoute = async ({ request, clientAddress }) => {
  const input = jsonToInput(await readJson(request));
  if (!input) return problem(400, 'Stuur de les als JSON-object met Content-Type application/json.');
  const outcome = await shareLesson(input, {
    regionIds: new Set((await regionNames()).keys()),
    clientAddress,
    limiter: shareLimiter,
    lessons: await sharedLessons(),
  });
  switch (outcome.kind) {
    case 'stored':
    case 'ignored':
      return json({ status: 'wacht op moderatie' }, statusOf(outcome));
    case 'invalid':
      return problem(400, 'De les is niet opgeslagen: niet alle velden kloppen.', Object.fromEntries(Object.entries(outcome.errors).map(([field, message]) => [proposalFieldNames[field as keyof typeof proposalFieldNames], message])));
    case 'limited':
      return problem(429, rateLimitMessage);
  }
};
