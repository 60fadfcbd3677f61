/**
 * Free-text search within the solutions: a lunr index with the Dutch stemmer from lunr-languages, built at
 * build time, serialised into the overview's JSON file and loaded in the browser island.
 *
 * Why lunr and not Pagefind: the overview combines search with facet filters and live counts, which needs
 * every match with a score in memory at once (synchronously, per keystroke); Pagefind answers
 * asynchronously and in pages. Pagefind still searches the solution pages site-wide.
 *
 * Matching: every word the reader types must match (AND). A word matches its Dutch stem ("wachtlijsten" →
 * "wachtlijst") or, as a prefix, the start of a word (so results appear while typing: "wacht" → "wachttijd").
 */
import lunr from 'lunr';
import dutch from 'lunr-languages/lunr.nl.js';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';

stemmerSupport(lunr);
dutch(lunr);

export interface SearchDocument {
  id: string;
  title: string;
  description: string;
  /** Plain text of the page body (see `plainText`). */
  body: string;
  /** Extra words a reader may search for, e.g. the names of example regions. */
  keywords?: string;
}

export type SerialisedIndex = object;

/** Builds the index; title and description weigh more than the body. */
export function buildSearchIndex(documents: readonly SearchDocument[]): lunr.Index {
  return lunr(function () {
    this.use(lunr.nl);
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('description', { boost: 4 });
    this.field('keywords', { boost: 2 });
    this.field('body');
    for (const document of documents) this.add({ ...document, keywords: document.keywords ?? '' });
  });
}

export function serialiseIndex(index: lunr.Index): SerialisedIndex {
  return index.toJSON();
}

export function loadSearchIndex(serialised: SerialisedIndex): lunr.Index {
  return lunr.Index.load(serialised);
}

const stemOf = (word: string): string => String(lunr.nl.stemmer!(new lunr.Token(word, {})));
const isStopWord = (word: string) => lunr.nl.stopWordFilter!(word) === undefined;

/** The words of a query that can be searched: lower case, letters and digits only, no Dutch stop words. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0 && !isStopWord(word)))];
}

/**
 * Scores per solution id for a query, or `null` when the query has nothing searchable (only stop words or
 * punctuation), in which case the caller should not narrow the list at all. Never throws on odd input:
 * the query is split into plain words instead of being parsed as lunr query syntax.
 */
export function searchIndex(index: lunr.Index, query: string): Map<string, number> | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  let combined: Map<string, number> | undefined;
  for (const word of words) {
    const stem = stemOf(word);
    const results = index.query((builder) => {
      builder.term(word, { boost: 10 });
      if (word.length >= 3) {
        builder.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
        if (stem !== word) builder.term(stem, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 2 });
      }
    });
    const scores = new Map(results.map((result) => [result.ref, result.score]));
    combined = combined === undefined
      ? scores
      : new Map([...combined].filter(([id]) => scores.has(id)).map(([id, score]) => [id, score + scores.get(id)!]));
    if (combined.size === 0) break;
  }
  return combined ?? new Map();
}

/**
 * Plain text from an MDX body for the index: drops import/export lines, HTML/JSX tags, link targets and
 * Markdown punctuation, keeping the words a reader sees.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`|~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
