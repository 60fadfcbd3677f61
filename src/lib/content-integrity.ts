/**
 * Checks that every reference between content entries points at an entry that exists.
 * Astro's `reference()` only checks the shape of a reference, not that its target exists, so the portal
 * checks it once when the site content is loaded; a dangling reference then fails the build with the
 * file and the field named.
 */
export interface ReferenceValue {
  collection: string;
  id: string;
}

export interface CheckedEntry {
  collection: string;
  id: string;
  filePath?: string;
  data: unknown;
}

export interface BrokenReference {
  file: string;
  field: string;
  target: ReferenceValue;
}

function isReference(value: unknown): value is ReferenceValue {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as ReferenceValue).collection === 'string' && typeof (value as ReferenceValue).id === 'string';
}

function* referencesIn(value: unknown, path: string): Generator<{ field: string; target: ReferenceValue }> {
  if (isReference(value)) {
    yield { field: path, target: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* referencesIn(item, `${path}[${index}]`);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* referencesIn(item, path ? `${path}.${key}` : key);
  }
}

export function findBrokenReferences(entries: CheckedEntry[]): BrokenReference[] {
  const known = new Set(entries.map((entry) => `${entry.collection}/${entry.id}`));
  const broken: BrokenReference[] = [];
  for (const entry of entries) {
    for (const { field, target } of referencesIn(entry.data, '')) {
      if (!known.has(`${target.collection}/${target.id}`)) {
        broken.push({ file: entry.filePath ?? `${entry.collection}/${entry.id}`, field, target });
      }
    }
  }
  return broken;
}

/** A Dutch, one-line-per-problem message for the build log. */
export function describeBrokenReferences(broken: BrokenReference[]): string {
  const lines = broken.map(
    ({ file, field, target }) => `- ${file}: veld "${field}" verwijst naar "${target.id}" in collectie "${target.collection}", maar die bestaat niet.`,
  );
  return `Kapotte verwijzingen in de content (${broken.length}):\n${lines.join('\n')}`;
}
