import type { APIRoute } from 'astro';
import { jsonResponse, publishedQuestionnaire } from '../../../../data/leefwereldtoets';
import { regionNotListed } from '../../../../lib/leefwereldtoets/definition';

export const prerender = false;

/** One questionnaire with its items, allowed answers, regions, target groups, age bands and version. */
export const GET: APIRoute = async ({ params }) => {
  const questionnaire = await publishedQuestionnaire(params.id ?? '');
  if (!questionnaire) return jsonResponse({ status: 'fout', errors: [{ field: 'id', message: `De vragenlijst "${params.id}" bestaat niet.` }] }, 404);
  return jsonResponse({ ...questionnaire, regionNotListed });
};
