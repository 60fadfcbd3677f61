import type { APIRoute } from 'astro';
import { jsonResponse, leefwereldtoetsContext, leefwereldtoetsStore } from '../../../data/leefwereldtoets';
import { minimumGroupSize } from '../../../lib/leefwereldtoets/aggregate';
import { resultsFor } from '../../../lib/leefwereldtoets/results';
import { parseResultsQuery } from '../../../lib/leefwereldtoets/results-query';

export const prerender = false;

/** Results for a selection and nationally, with small numbers hidden. */
export const GET: APIRoute = async ({ url }) => {
  const query = parseResultsQuery(url.searchParams, await leefwereldtoetsContext());
  if (!query.ok) return jsonResponse({ status: 'fout', errors: query.errors }, 400);
  return jsonResponse(await resultsFor(await leefwereldtoetsStore(), query.questionnaire, query.filter, minimumGroupSize()));
};
