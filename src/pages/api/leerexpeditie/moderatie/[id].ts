/**
 * One shared lesson, for moderators only (`Authorization: Bearer <MODERATION_TOKEN>`):
 * GET it (`?formaat=mdx` exports an approved lesson as MDX for content/lessons/), PUT an edit (all fields,
 * as JSON), POST `{ "actie": "goedkeuren" | "afwijzen" }` (optionally with edited fields), DELETE to withdraw a
 * lesson, published or not.
 */
import type { APIRoute } from 'astro';
import { regionNames, sharedLessons } from '../../../../data/shared-lessons';
import { json, problem, readJson } from '../../../../lib/expedition/http';
import { lessonSlug, lessonToMdx } from '../../../../lib/expedition/lesson-mdx';
import { jsonToInput, proposalFieldNames } from '../../../../lib/expedition/lesson-proposal';
import { isModeratorRequest } from '../../../../lib/expedition/moderation-auth';
import { moderate, moderationActions, type ModerationAction, type ModerationOutcome } from '../../../../lib/expedition/moderation';

export const prerender = false;

const unauthorised = () => problem(401, 'Alleen voor moderatoren: stuur een geldig token mee.');
const notFound = () => problem(404, 'Er is geen les met dit kenmerk die op moderatie wacht.');

function answer(outcome: ModerationOutcome): Response {
  if (outcome.kind === 'not-found') return notFound();
  if (outcome.kind === 'invalid') {
    return problem(400, 'De les is niet gewijzigd: niet alle velden kloppen.', Object.fromEntries(Object.entries(outcome.errors).map(([field, message]) => [proposalFieldNames[field as keyof typeof proposalFieldNames], message])));
  }
  return json({ melding: outcome.message });
}

export const GET: APIRoute = async ({ request, params, url }) => {
  if (!isModeratorRequest(request)) return unauthorised();
  const lesson = await (await sharedLessons()).get(params.id ?? '');
  if (!lesson) return problem(404, 'Er is geen les met dit kenmerk.');
  if (url.searchParams.get('formaat') === 'mdx') {
    if (lesson.status !== 'goedgekeurd') return problem(409, 'Alleen een goedgekeurde les kan als MDX worden geëxporteerd.');
    return new Response(lessonToMdx(lesson), {
      headers: {
        'Content-Type': 'text/markdown; charset=utf-8',
        'Content-Disposition': `attachment; filename="${lessonSlug(lesson.title)}.mdx"`,
        'Cache-Control': 'no-store',
      },
    });
  }
  return json({ les: lesson });
};

export const PUT: APIRoute = async ({ request, params }) => {
  if (!isModeratorRequest(request)) return unauthorised();
  const input = jsonToInput(await readJson(request));
  if (!input) return problem(400, 'Stuur de gewijzigde les als JSON-object met Content-Type application/json.');
  return answer(await moderate(await sharedLessons(), params.id ?? '', 'opslaan', input, new Set((await regionNames()).keys())));
};

export const POST: APIRoute = async ({ request, params }) => {
  if (!isModeratorRequest(request)) return unauthorised();
  const body = await readJson(request);
  const input = jsonToInput(body);
  const action = input?.actie;
  if (!input || typeof action !== 'string' || !moderationActions.includes(action as ModerationAction) || action === 'opslaan') {
    return problem(400, 'Geef een actie: "goedkeuren" of "afwijzen".');
  }
  const hasEdit = Object.values(proposalFieldNames).some((field) => field in input);
  return answer(await moderate(await sharedLessons(), params.id ?? '', action as ModerationAction, hasEdit ? input : undefined, new Set((await regionNames()).keys())));
};

export const DELETE: APIRoute = async ({ request, params }) => {
  if (!isModeratorRequest(request)) return unauthorised();
  if (!(await (await sharedLessons()).remove(params.id ?? ''))) return problem(404, 'Er is geen les met dit kenmerk.');
  return json({ melding: 'De les is verwijderd.' });
};
