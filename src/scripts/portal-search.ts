/**
 * <portal-search>: enhances the plain search form on /zoeken/. Pagefind's index and code load only when a
 * search is actually run, so visiting the page costs little. Without JavaScript the form still submits and
 * the page shows the full content overview instead.
 */
import { readSearchState, resultsMessage, writeSearchState, type SearchState } from '../lib/search-query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): void;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const maxResults = 50;

class PortalSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #runs = 0;

  connectedCallback() {
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run(this.stateFromForm(form), true);
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') void this.run(this.stateFromForm(form), true);
    });
    this.querySelector<HTMLElement>('[data-no-js-note]')?.setAttribute('hidden', '');
    // The page is prerendered, so the form starts empty: show the search from the address in it.
    const initial = readSearchState(new URLSearchParams(location.search));
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = initial.query;
    for (const checkbox of form.querySelectorAll<HTMLInputElement>('input[name="onderdeel"]')) {
      checkbox.checked = initial.sections.includes(checkbox.value);
    }
    if (initial.query) void this.run(initial, false);
  }

  stateFromForm(form: HTMLFormElement): SearchState {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
    return readSearchState(params);
  }

  loadPagefind(): Promise<Pagefind> {
    const url = '/pagefind/pagefind.js';
    this.#pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 24 });
      pagefind.init();
      return pagefind;
    });
    return this.#pagefind;
  }

  async run(state: SearchState, updateUrl: boolean) {
    const run = ++this.#runs;
    if (updateUrl) history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const results = this.querySelector<HTMLElement>('[data-search-results]')!;
    const overview = this.querySelector<HTMLElement>('[data-content-overview]')!;
    if (!state.query) {
      results.hidden = true;
      overview.hidden = false;
      status.textContent = '';
      return;
    }
    status.textContent = 'Bezig met zoeken…';
    try {
      const pagefind = await this.loadPagefind();
      const filters = state.sections.length > 0 ? { onderdeel: { any: state.sections } } : {};
      const found = await pagefind.search(state.query, { filters });
      const data = await Promise.all(found.results.slice(0, maxResults).map((result) => result.data()));
      if (run !== this.#runs) return;
      this.render(results, data);
      results.hidden = false;
      overview.hidden = true;
      status.textContent = resultsMessage(found.results.length, state);
    } catch {
      status.textContent = 'Zoeken lukt nu niet. Gebruik het overzicht van alle inhoud hieronder.';
      results.hidden = true;
      overview.hidden = false;
    }
  }

  render(container: HTMLElement, data: PagefindResultData[]) {
    const list = container.querySelector('ol')!;
    list.replaceChildren(
      ...data.map((result) => {
        const item = document.createElement('li');
        item.className = 'search-result';
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        link.className = 'search-result__link';
        const excerpt = document.createElement('p');
        excerpt.className = 'search-result__excerpt';
        // Pagefind's excerpt is built from our own pages and only adds <mark> around matched words.
        excerpt.innerHTML = result.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
  }
}

customElements.define('portal-search', PortalSearch);
