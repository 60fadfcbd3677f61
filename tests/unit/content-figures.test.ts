/**
 * Every figure in the content must appear in one of the source documents the entry cites (see
 * `src/lib/figure-check.ts` for the normalisation and what is exempt). Entries that cite no source
 * (only fixed pages such as the accessibility statement may) have nothing to check against and are skipped.
 * Seeds are read from `content/seeds/` (a copy of the source documents kept in the repository, so the check
 * runs on any clean clone; or `$SEEDS_DIR`); a source's own summary is checked against its file.
 * Answer options of questionnaires ("1 tot 3 maanden") are scales, not statements, and are not checked.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedSourceIds, proseOf, readContentFiles } from '../../src/lib/content-text';
import { findUnsourcedFigures, sourceFigures, type SourceFigures } from '../../src/lib/figure-check';
import { contentDir } from '../../src/lib/glossary';

const seedsDir = process.env.SEEDS_DIR ?? resolve('content/seeds');
const files = readContentFiles(contentDir());
const seedFileOf = new Map(files.filter((file) => file.folder === 'sources').map((file) => [file.id, String(file.data.file)]));
const seedCache = new Map<string, SourceFigures>();
const answerOptions = new Set(['options']);

function seed(sourceId: string): SourceFigures {
  const file = seedFileOf.get(sourceId);
  if (!file) throw new Error(`Onbekende bron "${sourceId}".`);
  if (!seedCache.has(file)) seedCache.set(file, sourceFigures(readFileSync(join(seedsDir, file), 'utf8')));
  return seedCache.get(file)!;
}

describe('figures in the content', () => {
  it('reads the seeds and the content', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(seedFileOf.size).toBe(5);
  });

  const checked = files.filter((file) => file.folder === 'sources' || citedSourceIds(file.data).length > 0);
  it.each(checked.map((file) => [file.path, file] as const))('%s only uses figures from its cited sources', (_path, file) => {
    const sources = file.folder === 'sources' ? [seed(file.id)] : citedSourceIds(file.data).map(seed);
    const unsourced = proseOf(file, answerOptions).flatMap((prose) => findUnsourcedFigures(prose, sources).map((figure) => figure.raw));
    expect(unsourced, `cijfers die niet in de geciteerde bronnen staan`).toEqual([]);
  });
});
