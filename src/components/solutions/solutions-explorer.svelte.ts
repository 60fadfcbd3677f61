/**
 * State of the solutions overview island: loads the data file, keeps the filter state in step with the
 * address bar, and derives results, live counts, the status line, the CSV and the compare selection from the
 * plain modules in src/lib. The component only renders what this class exposes.
 */
import {
  emptyState,
  type SearchFunction,
  filterItems,
  isFiltered,
  readFacetState,
  toggleValue,
  writeFacetState,
  type FacetState,
} from '../../lib/facet-filter';
import { loadSearchIndex, searchIndex } from '../../lib/solution-search';
import {
  compareMaximum,
  compareMinimum,
  comparePath,
  defaultSolutionSort,
  resultCountMessage,
  solutionComparators,
  solutionFacetGroups,
  solutionSortKeys,
  solutionsCsv,
  withFacets,
  type SolutionsData,
  type SolutionSummary,
} from '../../lib/solutions';

export class SolutionsExplorer {
  /** Set once the index has loaded; assigned before `solutions`, so `result` recomputes with it. */
  #search: SearchFunction | undefined = undefined;
  ready = $state(false);
  failed = $state(false);
  solutions = $state.raw<SolutionSummary[]>([]);
  filter = $state.raw<FacetState>(emptyState(defaultSolutionSort));
  compare = $state.raw<string[]>([]);
  compareMessage = $state('');

  result = $derived(filterItems(this.solutions, solutionFacetGroups, this.filter, { search: this.#search, comparators: solutionComparators }));
  status = $derived(resultCountMessage(this.result.items.length, this.solutions.length, this.filter.query));
  filtered = $derived(isFiltered(this.filter));

  readonly groups = solutionFacetGroups;

  /** Fetches the data file; on failure the server-rendered list simply stays in place. */
  async load(dataUrl: string): Promise<void> {
    try {
      const response = await fetch(dataUrl);
      if (!response.ok) throw new Error(`${dataUrl}: ${response.status}`);
      const data = (await response.json()) as SolutionsData;
      const index = loadSearchIndex(data.index);
      this.#search = (query) => searchIndex(index, query);
      this.solutions = withFacets(data.solutions);
      this.readUrl();
      this.ready = true;
    } catch {
      this.failed = true;
    }
  }

  /** Takes the state from the address (on load and when the reader goes back or forward). */
  readUrl(): void {
    this.filter = readFacetState(new URLSearchParams(window.location.search), solutionFacetGroups, solutionSortKeys);
  }

  /**
   * Ticking a box or changing the sort is a step the back button should undo (pushState); typing in the search
   * box replaces the current entry, so "back" does not walk through every keystroke.
   */
  #update(next: FacetState, history: 'push' | 'replace'): void {
    this.filter = next;
    const search = writeFacetState(next, solutionFacetGroups, defaultSolutionSort);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  isChecked(groupKey: string, value: string): boolean {
    return this.filter.selected[groupKey]?.includes(value) ?? false;
  }

  toggle(groupKey: string, value: string, checked: boolean): void {
    this.#update(toggleValue(this.filter, groupKey, value, checked), 'push');
  }

  setQuery(query: string): void {
    this.#update({ ...this.filter, query }, 'replace');
  }

  setSort(sort: string): void {
    this.#update({ ...this.filter, sort }, 'push');
  }

  clearAll(): void {
    this.#update(emptyState(this.filter.sort), 'push');
  }

  toggleCompare(id: string, checked: boolean): void {
    this.compare = checked ? [...this.compare.filter((existing) => existing !== id), id] : this.compare.filter((existing) => existing !== id);
    this.compareMessage = '';
  }

  /** The compare page's address, or `undefined` (with a message) when the choice is not 2 or 3 solutions. */
  compareUrl(): string | undefined {
    const count = this.compare.length;
    if (count < compareMinimum || count > compareMaximum) {
      this.compareMessage = `Kies ${compareMinimum} of ${compareMaximum} oplossingen om te vergelijken; je koos er ${count}.`;
      return undefined;
    }
    return `${comparePath}?${new URLSearchParams(this.compare.map((id) => ['id', id])).toString()}`;
  }

  /** The current selection as a CSV file, offered as a download (no server round trip). */
  downloadCsv(): void {
    const blob = new Blob([solutionsCsv(this.result.items, window.location.origin)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'oplossingen-selectie.csv';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}
