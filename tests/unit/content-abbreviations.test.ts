/**
 * Every abbreviation in the content (see `isAbbreviation` in `src/lib/glossary.ts`: two or more capitals,
 * or a mixed form such as "iJw") must be explained in the glossary, so readers can look it up and the
 * remark plugin can mark it. Checked: MDX bodies and the prose fields of every collection.
 */
import { describe, expect, it } from 'vitest';
import { proseOf, readContentFiles } from '../../src/lib/content-text';
import { abbreviationIndex, contentDir, readGlossary, unexplainedAbbreviations } from '../../src/lib/glossary';

const files = readContentFiles(contentDir());
const known = abbreviationIndex(readGlossary());

describe('abbreviations in the content', () => {
  it('has a glossary with abbreviations to check against', () => {
    expect(known.size).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [file.path, file] as const))('%s only uses abbreviations the glossary explains', (_path, file) => {
    const missing = proseOf(file).flatMap((prose) => unexplainedAbbreviations(prose, known));
    expect([...new Set(missing)], 'afkortingen zonder begrip in content/glossary').toEqual([]);
  });
});
