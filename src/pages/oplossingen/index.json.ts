/**
 * The overview island's data, prerendered to `/oplossingen/index.json`: the solutions' metadata and the
 * serialised search index (Dutch stems, see src/lib/solution-search.ts). A separate file rather than island props, so the overview's HTML stays a
 * plain list for readers without JavaScript and the browser can cache the data (see README, "Oplossingenoverzicht").
 */
import type { APIRoute } from 'astro';
import { allSolutions, toSearchDocument, toSummary } from '../../data/solutions';
import { buildSearchIndex, serialiseIndex } from '../../lib/solution-search';
import type { SolutionsData } from '../../lib/solutions';

export const GET: APIRoute = async () => {
  const solutions = await allSolutions();
  const data: SolutionsData = {
    // The facets are rebuilt in the browser from the fields (solutionFacets), so they are not sent twice.
    solutions: solutions.map((solution) => {
      const { facets: _facets, ...fields } = toSummary(solution);
      return fields;
    }),
    index: serialiseIndex(buildSearchIndex(solutions.map(toSearchDocument))),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
