/**
 * Turns the `selfScans` collection into the plain definitions the scoring engine, the pages, the result
 * route and the island share: typed references in band advice become `{ label, href }` links.
 */
import type { CollectionEntry } from 'astro:content';
import { entryUrl, type RoutedCollection } from '../lib/routes';
import { assertValidDefinition, type ScanDefinition, type ScanLink } from '../lib/self-scan-scoring';
import { allEntries } from './site-content';

export type SelfScanEntry = CollectionEntry<'selfScans'>;

/** The collection of each typed reference a band may carry, in the order its links are shown. */
const bandLinkFields = ['chapters', 'solutions', 'nietDoen', 'qualityFrameworks'] as const;

export async function selfScanEntries(): Promise<SelfScanEntry[]> {
  return (await allEntries())
    .filter((entry): entry is SelfScanEntry => entry.collection === 'selfScans')
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));
}

export async function toScanDefinition(entry: SelfScanEntry): Promise<ScanDefinition> {
  const entries = await allEntries();
  const linkTo = ({ collection, id }: { collection: string; id: string }): ScanLink => {
    const target = entries.find((candidate) => candidate.collection === collection && candidate.id === id);
    const data = target?.data as { title?: string } | undefined;
    return { label: data?.title ?? id, href: entryUrl(collection as RoutedCollection, id) };
  };
  const { data } = entry;
  const definition: ScanDefinition = {
    id: entry.id,
    title: data.title,
    dimensions: data.dimensions.map((dimension) => ({
      id: dimension.id,
      title: dimension.title,
      ...(dimension.description ? { description: dimension.description } : {}),
      bands: dimension.bands.map((band) => ({
        from: band.from,
        label: band.label,
        advice: band.advice,
        links: bandLinkFields.flatMap((field) => band[field].map(linkTo)),
      })),
    })),
    items: data.items.map((item) => ({ ...item, options: item.options })),
    ...(data.recommendation ? { recommendation: data.recommendation } : {}),
  };
  assertValidDefinition(definition);
  return definition;
}

/** One scan by id, for the on-demand result route (undefined for an unknown id). */
export async function findScanDefinition(id: string): Promise<{ entry: SelfScanEntry; definition: ScanDefinition } | undefined> {
  const entry = (await selfScanEntries()).find((candidate) => candidate.id === id);
  return entry ? { entry, definition: await toScanDefinition(entry) } : undefined;
}
