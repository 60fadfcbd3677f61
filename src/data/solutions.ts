/**
 * The solutions collection, resolved for the overview, the solution pages, the JSON data file, the CSV file
 * and the compare route: references turned into titles and links, facets in the filter's shape.
 * The rules live in `src/lib/solutions.ts`; this file only reads content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { entryUrl } from '../lib/routes';
import { plainText, type SearchDocument } from '../lib/solution-search';
import { solutionFacets, type SolutionSummary } from '../lib/solutions';
import { allEntries } from './site-content';

export interface LinkedEntry {
  title: string;
  url: string;
}

export interface ResolvedSolution extends SolutionSummary {
  entry: CollectionEntry<'solutions'>;
  chapters: LinkedEntry[];
  nietDoen: LinkedEntry[];
}

let resolved: Promise<ResolvedSolution[]> | undefined;

async function resolveAll(): Promise<ResolvedSolution[]> {
  // allEntries() fails the build on a dangling reference, so every lookup below succeeds.
  const entries = await allEntries();
  const find = <C extends CollectionEntry<'sources' | 'handbook' | 'nietDoen' | 'regions'>['collection']>(collection: C, id: string) =>
    entries.find((entry) => entry.collection === collection && entry.id === id) as CollectionEntry<C> | undefined;
  const solutions = await getCollection('solutions');
  return solutions
    .map((entry) => {
      const { data } = entry;
      const summary = {
        id: entry.id,
        title: data.title,
        description: data.description,
        url: entryUrl('solutions', entry.id),
        flow: data.flow,
        actors: data.actors,
        levels: data.levels,
        kind: data.kind,
        evidence: data.evidence,
        regions: data.regions.map((region) => find('regions', region.id)?.data.name ?? region.id),
        sources: data.sources.map((cited) => find('sources', cited.source.id)?.data.shortTitle ?? cited.source.id),
      };
      return {
        ...summary,
        facets: solutionFacets(summary),
        entry,
        chapters: data.chapters.map((chapter) => ({ title: find('handbook', chapter.id)?.data.title ?? chapter.id, url: entryUrl('handbook', chapter.id) })),
        nietDoen: data.nietDoen.map((item) => ({ title: find('nietDoen', item.id)?.data.title ?? item.id, url: entryUrl('nietDoen', item.id) })),
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

/** Every solution, resolved once per build (or once per server process for the compare route), by title. */
export function allSolutions(): Promise<ResolvedSolution[]> {
  resolved ??= resolveAll();
  return resolved;
}

/** Only the fields the browser needs: no content entry, no links to chapters. */
export function toSummary({ entry: _entry, chapters: _chapters, nietDoen: _nietDoen, ...summary }: ResolvedSolution): SolutionSummary {
  return summary;
}

export function toSearchDocument(solution: ResolvedSolution): SearchDocument {
  return {
    id: solution.id,
    title: solution.title,
    description: solution.description,
    body: plainText(solution.entry.body ?? ''),
    keywords: solution.regions.join(' '),
  };
}
