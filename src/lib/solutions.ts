/**
 * The solutions overview's domain rules, shared by the server-rendered pages, the JSON data file, the browser
 * island, the compare route and the benchmark: which facets there are, how results sort, what the status line
 * says, what a CSV row holds, and which compare selections are valid.
 */
import { actors, evidenceStatuses, flowStages, levels, solutionKinds } from '../schemas/facets.ts';
import { toCsv } from './csv.ts';
import type { SearchIndex } from './solution-search.ts';
import { facetGroup, type FacetGroup, type FacetItem, type ItemComparator } from './facet-filter.ts';

/** One solution as the overview, the CSV export and the compare table need it (no body). */
export interface SolutionSummary extends FacetItem {
  title: string;
  description: string;
  /** Site-relative URL of the solution's page. */
  url: string;
  flow: string[];
  actors: string[];
  levels: string[];
  kind: string;
  evidence: string;
  /** Names of example regions. */
  regions: string[];
  /** Short titles of the cited source documents. */
  sources: string[];
}

/** The facet groups in the order the filters show them; keys are the URL parameter names. */
export const solutionFacetGroups: FacetGroup[] = [
  facetGroup('flow', 'Plek in de keten', flowStages),
  facetGroup('actors', 'Wie zet de stap', actors),
  facetGroup('levels', 'Niveau', levels),
  facetGroup('kind', 'Soort oplossing', solutionKinds),
  facetGroup('evidence', 'Onderbouwing', evidenceStatuses),
];

const groupByKey = new Map(solutionFacetGroups.map((group) => [group.key, group]));

/** The Dutch label of a facet value, e.g. `labelOf('flow', 'toegang')` → "Toegang". */
export function labelOf(groupKey: string, value: string): string {
  return groupByKey.get(groupKey)?.options.find((option) => option.value === value)?.label ?? value;
}

export const labelsOf = (groupKey: string, values: readonly string[]) => values.map((value) => labelOf(groupKey, value));

/** The facets of a solution in the shape the generic filter reads. */
export function solutionFacets(solution: Pick<SolutionSummary, 'flow' | 'actors' | 'levels' | 'kind' | 'evidence'>): Record<string, string[]> {
  return { flow: solution.flow, actors: solution.actors, levels: solution.levels, kind: [solution.kind], evidence: [solution.evidence] };
}

// One shared collator: localeCompare(…, 'nl') builds a new one per call, which dominated sorting 2,000 items.
const dutchCollator = new Intl.Collator('nl');
const byTitle = (a: Pick<SolutionSummary, 'title'>, b: Pick<SolutionSummary, 'title'>) => dutchCollator.compare(a.title, b.title);
const rank = (order: readonly string[], value: string | undefined) => (value === undefined ? order.length : order.indexOf(value));
const evidenceOrder = Object.keys(evidenceStatuses);
const flowOrder = Object.keys(flowStages);

/** Sort options; the first is the default. "Best passend" orders by search score, then alphabetically. */
export const solutionSorts: { key: string; label: string; compare: ItemComparator<SolutionSummary> }[] = [
  { key: 'relevantie', label: 'Best passend', compare: (a, b, scores) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || byTitle(a, b) },
  { key: 'titel', label: 'Titel (A tot Z)', compare: byTitle },
  { key: 'onderbouwing', label: 'Sterkste onderbouwing eerst', compare: (a, b) => rank(evidenceOrder, a.evidence) - rank(evidenceOrder, b.evidence) || byTitle(a, b) },
  { key: 'keten', label: 'Volgorde in de keten', compare: (a, b) => rank(flowOrder, a.flow[0]) - rank(flowOrder, b.flow[0]) || byTitle(a, b) },
];

export const solutionSortKeys = solutionSorts.map((sort) => sort.key);
export const defaultSolutionSort = solutionSortKeys[0]!;
export const solutionComparators = Object.fromEntries(solutionSorts.map((sort) => [sort.key, sort.compare]));

/** The status line announced to screen readers after every change. */
export function resultCountMessage(count: number, total: number, query: string): string {
  const found = count === 0 ? 'Geen oplossingen' : count === 1 ? '1 oplossing' : `${count} oplossingen`;
  const of = count === total ? (count === 0 ? '' : ' (alle)') : ` van de ${total}`;
  const term = query.trim() ? ` voor "${query.trim()}"` : '';
  return `${found}${of}${term}.`;
}

/** Solutions grouped by the first flow stage they name, in the order of the chain, for the no-JavaScript list. */
export function groupByFlow<T extends Pick<SolutionSummary, 'flow' | 'title'>>(solutions: readonly T[]): { stage: string; label: string; solutions: T[] }[] {
  return flowOrder
    .map((stage) => ({
      stage,
      label: labelOf('flow', stage),
      solutions: solutions.filter((solution) => solution.flow[0] === stage).sort(byTitle),
    }))
    .filter((group) => group.solutions.length > 0);
}

export const csvHeader = ['Titel', 'URL', 'Plek in de keten', 'Wie zet de stap', 'Niveau', 'Soort', 'Onderbouwing', 'Bronnen'];

/** The CSV export of a selection; `origin` makes the page links absolute so they work from a spreadsheet. */
export function solutionsCsv(solutions: readonly SolutionSummary[], origin: string): string {
  return toCsv(
    csvHeader,
    solutions.map((solution) => [
      solution.title,
      new URL(solution.url, origin).href,
      labelsOf('flow', solution.flow),
      labelsOf('actors', solution.actors),
      labelsOf('levels', solution.levels),
      labelOf('kind', solution.kind),
      labelOf('evidence', solution.evidence),
      solution.sources,
    ]),
  );
}

/** The on-demand compare route (a GET form with `id` parameters). */
export const comparePath = '/oplossingen/vergelijken/';

export const compareMinimum = 2;
export const compareMaximum = 3;

/**
 * Validates the ids of a compare request (`?id=a&id=b`). Returns the ids in the order given (repeats removed)
 * or a Dutch message saying what is wrong, for a 400 answer.
 */
export function validateCompareIds(requested: readonly string[], knownIds: ReadonlySet<string>): { ids: string[] } | { error: string } {
  const ids = [...new Set(requested.map((id) => id.trim()).filter(Boolean))];
  const unknown = ids.filter((id) => !knownIds.has(id));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map((id) => `"${id.slice(0, 80)}"`).join(', ');
    const which = unknown.length === 1 ? 'Deze oplossing bestaat niet' : 'Deze oplossingen bestaan niet';
    return { error: `${which}: ${shown}. Kies oplossingen uit het overzicht.` };
  }
  if (ids.length < compareMinimum || ids.length > compareMaximum) {
    return { error: `Kies ${compareMinimum} of ${compareMaximum} oplossingen om te vergelijken; je koos er ${ids.length}.` };
  }
  return { ids };
}

/** The overview's data file (`/oplossingen/index.json`): solutions without their facets, and the search index. */
export interface SolutionsData {
  solutions: Omit<SolutionSummary, 'facets'>[];
  index: SearchIndex;
}

/** Restores the facets the data file leaves out. */
export function withFacets(solutions: SolutionsData['solutions']): SolutionSummary[] {
  return solutions.map((solution) => ({ ...solution, facets: solutionFacets(solution) }));
}
