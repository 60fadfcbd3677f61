/**
 * Generic faceted filtering for overview pages (solutions now, the lessons of the learning expedition later).
 *
 * Rules: within one facet group the selected values are OR-ed (flow "toegang" or "doorstroom"), across groups
 * they are AND-ed (and actor "gemeente"). A free-text query narrows further through an injected search
 * function, so this module knows nothing about the search engine. Counts per value are "live": the number of
 * results a reader would get by also ticking that value, given the query and the selections in the *other*
 * groups (the usual disjunctive faceting, so ticking a value never makes its own siblings drop to zero).
 *
 * The state round-trips through the URL (`?q=…&flow=a&flow=b&sort=…`) so a filtered view can be shared.
 * No DOM here: the module runs in the browser island, on the server and in the benchmark alike.
 */

export interface FacetOption {
  value: string;
  label: string;
}

export interface FacetGroup {
  /** The key in each item's `facets` and the URL parameter name, e.g. "flow". */
  key: string;
  label: string;
  options: FacetOption[];
}

export interface FacetItem {
  id: string;
  /** Values per facet group key; a missing group means the item has no value there. */
  facets: Readonly<Record<string, readonly string[]>>;
}

export interface FacetState {
  query: string;
  /** Selected values per group key; an absent or empty list means "no filter on this group". */
  selected: Record<string, string[]>;
  sort: string;
}

/**
 * Relevance scores by item id for a query; items absent from the map do not match. `null` means the query
 * holds nothing searchable (only stop words, say), so the list is not narrowed.
 */
export type SearchFunction = (query: string) => ReadonlyMap<string, number> | null;

/** Orders two items; `scores` holds search relevance when there is a query (empty otherwise). */
export type ItemComparator<T> = (a: T, b: T, scores: ReadonlyMap<string, number>) => number;

export interface FacetResult<T> {
  items: T[];
  /** Live counts: group key → value → number of results with that value ticked as well. */
  counts: Record<string, Record<string, number>>;
  total: number;
}

export const maxQueryLength = 200;

export function emptyState(sort: string): FacetState {
  return { query: '', selected: {}, sort };
}

/** Whether any filter or query is active (the "clear all" button only makes sense then). */
export function isFiltered(state: FacetState): boolean {
  return state.query.trim() !== '' || Object.values(state.selected).some((values) => values.length > 0);
}

/** Adds or removes one value in one group, returning a new state (inputs are never mutated). */
export function toggleValue(state: FacetState, groupKey: string, value: string, checked: boolean): FacetState {
  const current = state.selected[groupKey] ?? [];
  const next = checked ? (current.includes(value) ? current : [...current, value]) : current.filter((existing) => existing !== value);
  return { ...state, selected: { ...state.selected, [groupKey]: next } };
}

/**
 * Filters, counts and sorts in one pass over the items. An item that fails exactly one group still counts
 * towards that group's values (it would match if the reader ticked one of them); an item failing two groups
 * counts nowhere.
 */
export function filterItems<T extends FacetItem>(
  items: readonly T[],
  groups: readonly FacetGroup[],
  state: FacetState,
  options: { search?: SearchFunction; comparators?: Readonly<Record<string, ItemComparator<T>>> } = {},
): FacetResult<T> {
  const query = state.query.trim();
  const searched = query && options.search ? options.search(query) : null;
  const scores: ReadonlyMap<string, number> = searched ?? new Map();
  const active = groups.map((group) => new Set(state.selected[group.key] ?? []));
  const counts: Record<string, Record<string, number>> = {};
  for (const group of groups) counts[group.key] = Object.fromEntries(group.options.map((option) => [option.value, 0]));

  const matching: T[] = [];
  for (const item of items) {
    if (searched && !searched.has(item.id)) continue;
    let failedGroup = -1;
    let failures = 0;
    for (let index = 0; index < groups.length && failures < 2; index++) {
      const selected = active[index]!;
      if (selected.size === 0) continue;
      const values = item.facets[groups[index]!.key] ?? [];
      if (!values.some((value) => selected.has(value))) {
        failures++;
        failedGroup = index;
      }
    }
    if (failures >= 2) continue;
    for (let index = 0; index < groups.length; index++) {
      if (failures === 1 && index !== failedGroup) continue;
      const groupCounts = counts[groups[index]!.key]!;
      for (const value of item.facets[groups[index]!.key] ?? []) {
        if (value in groupCounts) groupCounts[value]!++;
      }
    }
    if (failures === 0) matching.push(item);
  }

  const compare = options.comparators?.[state.sort];
  if (compare) matching.sort((a, b) => compare(a, b, scores));
  return { items: matching, counts, total: items.length };
}

/**
 * Reads the state from URL parameters. Unknown groups, unknown values and unknown sort keys are dropped,
 * so a hand-edited or outdated link still opens a sensible view.
 */
export function readFacetState(params: URLSearchParams, groups: readonly FacetGroup[], sortKeys: readonly string[]): FacetState {
  const selected: Record<string, string[]> = {};
  for (const group of groups) {
    const known = new Set(group.options.map((option) => option.value));
    const values = [...new Set(params.getAll(group.key))].filter((value) => known.has(value));
    if (values.length > 0) selected[group.key] = values;
  }
  const sort = params.get('sort') ?? '';
  return {
    query: (params.get('q') ?? '').trim().slice(0, maxQueryLength),
    selected,
    sort: sortKeys.includes(sort) ? sort : sortKeys[0]!,
  };
}

/** Writes the state as a query string (with "?"), leaving out what equals the default, in group order. */
export function writeFacetState(state: FacetState, groups: readonly FacetGroup[], defaultSort: string): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);
  for (const group of groups) {
    const selected = new Set(state.selected[group.key] ?? []);
    // Option order, not click order: the same selection always gives the same address.
    for (const option of group.options) if (selected.has(option.value)) params.append(group.key, option.value);
  }
  if (state.sort && state.sort !== defaultSort) params.set('sort', state.sort);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Groups built from a vocabulary object (key → Dutch label), as `src/schemas/facets.ts` defines them. */
export function facetGroup(key: string, label: string, vocabulary: Readonly<Record<string, string>>): FacetGroup {
  return { key, label, options: Object.entries(vocabulary).map(([value, optionLabel]) => ({ value, label: optionLabel })) };
}
