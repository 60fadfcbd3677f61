/**
 * Loads all content once per build, checks that every reference between entries resolves, and answers the
 * cross-cutting questions pages ask (which pages cite a source, what is on the site). Kept thin: the rules
 * themselves live in `src/lib/`.
 */
import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { describeBrokenReferences, findBrokenReferences, type CheckedEntry } from '../lib/content-integrity';
import { entryUrl, type RoutedCollection } from '../lib/routes';

const collectionNames: CollectionKey[] = [
  'pages',
  'sources',
  'handbook',
  'solutions',
  'nietDoen',
  'qualityFrameworks',
  'glossary',
  'selfScans',
  'leefwereldtoets',
  'regions',
  'lessons',
];

/** Dutch names of the kinds of content, used in the sources index and the content overview. */
export const collectionLabels: Record<CollectionKey, string> = {
  pages: 'Pagina',
  sources: 'Bron',
  handbook: 'Handboek',
  solutions: 'Oplossingen',
  nietDoen: 'Niet doen',
  qualityFrameworks: 'Kwaliteit',
  glossary: 'Begrippen',
  selfScans: 'Zelfscans',
  leefwereldtoets: 'Leefwereldtoets',
  regions: 'Leerexpeditie',
  lessons: 'Leerexpeditie',
};

export interface PageSummary {
  collection: CollectionKey;
  id: string;
  title: string;
  description: string;
  url: string;
  /** Sections of the source document this page cites, per source id. */
  citedSections: Map<string, string[]>;
}

type AnyEntry = CollectionEntry<CollectionKey>;

let loaded: Promise<AnyEntry[]> | undefined;

async function loadAndCheck(): Promise<AnyEntry[]> {
  const all = (await Promise.all(collectionNames.map((name) => getCollection(name)))).flat() as AnyEntry[];
  const broken = findBrokenReferences(all as unknown as CheckedEntry[]);
  if (broken.length > 0) throw new Error(describeBrokenReferences(broken));
  return all;
}

/** Every entry of every collection; throws (and so fails the build) on a dangling reference. */
export function allEntries(): Promise<AnyEntry[]> {
  loaded ??= loadAndCheck();
  return loaded;
}

function titleOf(entry: AnyEntry): string {
  const data = entry.data as { title?: string; term?: string };
  return data.title ?? data.term ?? entry.id;
}

function urlOf(entry: AnyEntry): string {
  if (entry.collection === 'pages') return (entry.data as { path: string }).path;
  return entryUrl(entry.collection as RoutedCollection, entry.id);
}

function summarise(entry: AnyEntry): PageSummary {
  const data = entry.data as { description?: string; definition?: string; summary?: string; sources?: { source: { id: string }; sections: string[] }[] };
  const citedSections = new Map<string, string[]>();
  for (const cited of data.sources ?? []) citedSections.set(cited.source.id, cited.sections);
  return {
    collection: entry.collection,
    id: entry.id,
    title: titleOf(entry),
    description: data.description ?? data.definition ?? data.summary ?? '',
    url: urlOf(entry),
    citedSections,
  };
}

/** All entries that are shown on a page of their own or as part of one; the sources themselves on request. */
export async function allPageSummaries({ includeSources = false } = {}): Promise<PageSummary[]> {
  return (await allEntries()).filter((entry) => includeSources || entry.collection !== 'sources').map(summarise);
}

/** The pages that draw on one source document, in a stable order. */
export async function pagesCiting(sourceId: string): Promise<PageSummary[]> {
  return (await allPageSummaries())
    .filter((page) => page.citedSections.has(sourceId))
    .sort((a, b) => a.url.localeCompare(b.url, 'nl'));
}

/** Resolves a page's cited sources to their titles, for the sources block at the end of every content page. */
export async function resolveCitations(cited: { source: { id: string }; sections: string[] }[]) {
  const sources = (await allEntries()).filter((entry): entry is CollectionEntry<'sources'> => entry.collection === 'sources');
  return cited.map(({ source, sections }) => {
    const entry = sources.find((candidate) => candidate.id === source.id);
    if (!entry) throw new Error(`Onbekende bron "${source.id}".`);
    return { id: entry.id, title: entry.data.title, organisation: entry.data.organisation, dateLabel: entry.data.dateLabel, sections, url: entryUrl('sources', entry.id) };
  });
}

export type ResolvedCitation = Awaited<ReturnType<typeof resolveCitations>>[number];

/** Every page with its readable text (title, description, body), for the glossary's "used on" lists. */
export async function pageTexts(): Promise<(PageSummary & { text: string })[]> {
  return (await allEntries())
    .filter((entry) => entry.collection !== 'sources' && entry.collection !== 'glossary')
    .map((entry) => {
      const summary = summarise(entry);
      return { ...summary, text: [summary.title, summary.description, entry.body ?? ''].join('\n') };
    });
}

/** The fields of a content page that `ContentLayout` shows around the body. */
interface LayoutFields {
  title: string;
  description: string;
  updated: Date;
  changes: { date: Date; note: string }[];
  sources: { source: { id: string }; sections: string[] }[];
}

/** `ContentLayout`'s title, description, trust block and sources for one entry. */
export async function contentLayoutProps({ data }: { data: LayoutFields }) {
  const { title, description, updated, changes, sources } = data;
  return { title, description, updated, changes, citations: await resolveCitations(sources) };
}

/** A section's introduction from the `pages` collection, for sections with a route of their own. */
export async function sectionIntro(id: string) {
  const intro = await getEntry('pages', id);
  if (!intro) throw new Error(`content/pages/${id}.mdx ontbreekt.`);
  const { Content, headings } = await render(intro);
  return { Content, headings, layout: await contentLayoutProps(intro) };
}
