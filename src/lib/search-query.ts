/**
 * The search page's state as it lives in the URL (`?q=…&onderdeel=…`), so a search can be shared,
 * bookmarked and submitted without JavaScript, plus the Dutch status line announced to screen readers.
 */
export interface SearchState {
  query: string;
  sections: string[];
}

export function readSearchState(params: URLSearchParams): SearchState {
  return {
    query: (params.get('q') ?? '').trim().slice(0, 200),
    sections: [...new Set(params.getAll('onderdeel').map((section) => section.trim()).filter(Boolean))],
  };
}

export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const section of state.sections) params.append('onderdeel', section);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function resultsMessage(count: number, state: SearchState): string {
  if (!state.query) return '';
  const found = count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`;
  const within = state.sections.length > 0 ? ` in ${state.sections.join(', ')}` : '';
  return `${found} voor "${state.query}"${within}.`;
}
