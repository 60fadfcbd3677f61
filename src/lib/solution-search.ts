/**
 * Free-text search within the solutions, with lunr's Dutch text pipeline from lunr-languages (tokenizer,
 * trimmer, stop words, Snowball stemmer), built at build time, serialised into the overview's JSON file and
 * loaded in the browser island.
 *
 * Why lunr's pipeline but not lunr.Index: the benchmark (scripts/bench/solutions.mjs) showed lunr.Index
 * scoring every matching document on every keystroke, 60-190 ms per update with 2,000 solutions, and a
 * 6 MB serialised index. This module keeps lunr's Dutch analysis and stores a compact inverted index
 * (stem → documents with a precomputed weight), so one update is a few array walks.
 *
 * Why not Pagefind: the overview combines search with facet filters and live counts, which needs every match
 * with a score in memory at once, synchronously, per keystroke; Pagefind answers asynchronously and in pages.
 * Pagefind still searches the solution pages site-wide.
 *
 * Matching: every word the reader types must match (AND). A word matches its Dutch stem ("wachtlijsten" →
 * "wachtlijst") or, as a prefix, the start of an indexed stem (results appear while typing: "wacht" →
 * "wachttijd"). Weights: a field boost times a saturating term frequency times the inverse document frequency.
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

/**
 * The index as it travels in JSON: document ids, the sorted stems, and per stem a flat list of
 * `[document number, weight × 100, …]` (integers keep the file small).
 */
export interface SearchIndex {
  version: 1;
  ids: string[];
  terms: string[];
  postings: number[][];
}

const fieldBoosts = { title: 10, description: 4, keywords: 2, body: 1 } as const;
/** An exact stem match counts more than a word that only starts the same way. */
const exactMatchFactor = 3;

const analyser = new lunr.Pipeline();
analyser.add(lunr.nl.trimmer!, lunr.nl.stopWordFilter!, lunr.nl.stemmer!);

/** The Dutch stems of a text, in order, with repeats: lunr's tokenizer and the Dutch pipeline. */
export function analyse(text: string): string[] {
  return analyser.run(lunr.tokenizer(text)).map(String).filter((term) => term.length > 0);
}

const stemOf = (word: string): string => String(lunr.nl.stemmer!(new lunr.Token(word, {})));
const isStopWord = (word: string) => lunr.nl.stopWordFilter!(word) === undefined;

export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const perTerm = new Map<string, Map<number, number>>();
  documents.forEach((document, number) => {
    for (const [field, boost] of Object.entries(fieldBoosts)) {
      const frequencies = new Map<string, number>();
      for (const term of analyse(document[field as keyof typeof fieldBoosts] ?? '')) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      for (const [term, frequency] of frequencies) {
        const postings = perTerm.get(term) ?? new Map<number, number>();
        // Saturating term frequency: the tenth mention adds little over the third.
        postings.set(number, (postings.get(number) ?? 0) + (boost * frequency) / (frequency + 1.2));
        perTerm.set(term, postings);
      }
    }
  });
  const terms = [...perTerm.keys()].sort();
  const postings = terms.map((term) => {
    const documentsWithTerm = perTerm.get(term)!;
    const idf = Math.log(1 + (documents.length - documentsWithTerm.size + 0.5) / (documentsWithTerm.size + 0.5));
    return [...documentsWithTerm].flatMap(([number, weight]) => [number, Math.max(1, Math.round(weight * idf * 100))]);
  });
  return { version: 1, ids: documents.map((document) => document.id), terms, postings };
}

export function serialiseIndex(index: SearchIndex): SearchIndex {
  return index;
}

/** Accepts the parsed JSON; throws on a file of another shape, so the island falls back to the plain list. */
export function loadSearchIndex(serialised: unknown): SearchIndex {
  const index = serialised as SearchIndex;
  if (index?.version !== 1 || !Array.isArray(index.ids) || !Array.isArray(index.terms) || index.terms.length !== index.postings?.length) {
    throw new Error('Onbekend formaat van de zoekindex.');
  }
  return index;
}

/** The words of a query that can be searched: lower case, letters and digits only, no Dutch stop words. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0 && !isStopWord(word)))];
}

/** First position in the sorted terms that is not before `prefix`. */
function lowerBound(terms: readonly string[], prefix: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

function scoresForWord(index: SearchIndex, word: string): Map<number, number> {
  const scores = new Map<number, number>();
  const used = new Set<number>();
  const add = (term: number, factor: number) => {
    if (used.has(term)) return;
    used.add(term);
    const postings = index.postings[term]!;
    for (let position = 0; position < postings.length; position += 2) {
      scores.set(postings[position]!, (scores.get(postings[position]!) ?? 0) + postings[position + 1]! * factor);
    }
  };
  const stem = stemOf(word);
  const exact = lowerBound(index.terms, stem);
  if (index.terms[exact] === stem) add(exact, exactMatchFactor);
  for (const prefix of new Set([word, stem])) {
    for (let term = lowerBound(index.terms, prefix); term < index.terms.length && index.terms[term]!.startsWith(prefix); term++) add(term, 1);
  }
  return scores;
}

/**
 * Scores per solution id for a query, or `null` when the query has nothing searchable (only stop words or
 * punctuation), in which case the caller should not narrow the list at all. Never throws on odd input:
 * the query is split into plain words, there is no query syntax.
 */
export function searchIndex(index: SearchIndex, query: string): Map<string, number> | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  let combined: Map<number, number> | undefined;
  for (const word of words) {
    const scores = scoresForWord(index, word);
    if (combined) {
      for (const [number, score] of combined) {
        const extra = scores.get(number);
        if (extra === undefined) combined.delete(number);
        else combined.set(number, score + extra);
      }
    } else {
      combined = scores;
    }
    if (combined.size === 0) break;
  }
  return new Map([...combined!].map(([number, score]) => [index.ids[number]!, score]));
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
