/**
 * Reads the raw content files (MDX and YAML) outside Astro, so unit tests can check what readers see:
 * the prose of MDX bodies and the text fields of every collection. Used by the figure check and the
 * abbreviation check in `tests/unit/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';

export interface ContentFile {
  /** The collection folder, e.g. "handbook" or "niet-doen". */
  folder: string;
  id: string;
  /** Path relative to the working directory, for messages. */
  path: string;
  data: Record<string, unknown>;
  /** The MDX body (empty for YAML entries). */
  body: string;
}

/**
 * Fields that hold identifiers, dates, references, ordering or section names rather than prose a reader
 * takes as a statement: they are not checked for figures or abbreviations.
 */
export const nonProseFields = new Set([
  'sources',
  'sections',
  'updated',
  'date',
  'order',
  'path',
  'chapters',
  'instead',
  'solutions',
  'nietDoen',
  'regions',
  'region',
  'file',
  'version',
  'id',
  'type',
  'value',
  'audience',
  'theme',
  'themes',
  'flow',
  'actors',
  'levels',
  'kind',
  'evidence',
  'participation',
]);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Splits an MDX file into its frontmatter data and its body. */
export function parseMdx(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (yaml.load(match[1]) as Record<string, unknown>) ?? {}, body: match[2] };
}

/** Every MDX and YAML entry under the content directory. */
export function readContentFiles(contentDir: string): ContentFile[] {
  return readdirSync(contentDir)
    .filter((folder) => statSync(join(contentDir, folder)).isDirectory())
    .flatMap((folder) =>
      listFiles(join(contentDir, folder))
        .filter((path) => /\.(mdx|ya?ml)$/.test(path))
        .map((path) => {
          const text = readFileSync(path, 'utf8');
          const id = relative(join(contentDir, folder), path).replace(/\.(mdx|ya?ml)$/, '');
          const parsed = path.endsWith('.mdx') ? parseMdx(text) : { data: (yaml.load(text) as Record<string, unknown>) ?? {}, body: '' };
          return { folder, id, path: relative(process.cwd(), path), ...parsed };
        }),
    );
}

/** The prose strings of an entry's data, skipping the non-prose fields (and any `skip`ped ones) at any depth. */
export function proseFields(data: unknown, skip: ReadonlySet<string> = new Set()): string[] {
  if (typeof data === 'string') return [data];
  if (Array.isArray(data)) return data.flatMap((item) => proseFields(item, skip));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => (nonProseFields.has(key) || skip.has(key) ? [] : proseFields(value, skip)));
  }
  return [];
}

/**
 * The text a reader sees in an MDX body: markup, link targets, URLs, code, JSX tags, import lines and
 * ordered-list numbering removed (list numbers are layout, not figures).
 */
export function proseOfMdx(body: string): string {
  return body
    .replace(/^```[\s\S]*?^```/gm, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^\s*\d+[.)]\s+/gm, '')
    .replace(/^#+\s*/gm, '');
}

/** All prose of one entry: its text fields (without the `skip`ped ones) and its body. */
export function proseOf(file: ContentFile, skip: ReadonlySet<string> = new Set()): string[] {
  return [...proseFields(file.data, skip), ...(file.body ? [proseOfMdx(file.body)] : [])];
}

/** The ids of the source documents an entry cites (`sources[].source`). */
export function citedSourceIds(data: Record<string, unknown>): string[] {
  const sources = Array.isArray(data.sources) ? data.sources : [];
  return sources
    .map((cited) => (cited && typeof cited === 'object' ? (cited as { source?: unknown }).source : undefined))
    .filter((id): id is string => typeof id === 'string');
}
