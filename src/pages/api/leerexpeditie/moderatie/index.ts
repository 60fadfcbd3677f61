/** GET the moderation queue (pending lessons, oldest first). Requires `Authorization: Bearer <MODERATION_TOKEN>`. */
import type { APIRoute } from 'astro';
import { sharedLessons } from '../../../../data/shared-lessons';
import { json, problem } from '../../../../lib/expedition/http';
import { isModeratorRequest } from '../../../../lib/expedition/moderation-auth';

export const prerender = false;

export const GET: APIRoute = async ({ request }) => {
  if (!isModeratorRequest(request)) return problem(401, 'Alleen voor moderatoren: stuur een geldig token mee.');
  return json({ lessen: await (await sharedLessons()).listPending() });
};
