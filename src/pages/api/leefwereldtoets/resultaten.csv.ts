import type { APIRoute } from 'astro';
import { jsonResponse, leefwereldtoetsContext, leefwereldtoetsStore } from '../../../data/leefwereldtoets';
import { minimumGroupSize } from '../../../lib/leefwereldtoets/aggregate';
import { resultsFor } from '../../../lib/leefwereldtoets/results';
import { parseResultsQuery, resultsToCsv } from '../../../lib/leefwereldtoets/results-query';

export const prerender = false;

/** The same results as CSV, for spreadsheets. */
export const GET: APIRoute = async ({ url }) => {
  const query = parseResultsQuery(url.searchParams, await leefwereldtoetsContext());
  if (!query.ok) return jsonResponse({ status: 'fout', errors: query.errors }, 400);
  const results = await resultsFor(await leefwereldtoetsStore(), query.questionnaire, query.filter, minimumGroupSize());
  return new Response(resultsToCsv(results), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="leefwereldtoets-${query.questionnaire.id}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
};
