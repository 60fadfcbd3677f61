import { describe, expect, it } from 'vitest';
import { describeBrokenReferences, findBrokenReferences, type CheckedEntry } from './content-integrity';

const source: CheckedEntry = { collection: 'sources', id: 'rapport', filePath: 'content/sources/rapport.yaml', data: { title: 'Rapport' } };
const chapter: CheckedEntry = {
  collection: 'handbook',
  id: 'hoofdstuk',
  filePath: 'content/handbook/hoofdstuk.mdx',
  data: { title: 'Hoofdstuk', updated: new Date('2026-01-01'), sources: [{ source: { collection: 'sources', id: 'rapport' }, sections: [] }] },
};

describe('findBrokenReferences', () => {
  it('finds nothing when every reference resolves', () => {
    expect(findBrokenReferences([source, chapter])).toEqual([]);
  });

  it('names the file and the nested field of a reference that points nowhere', () => {
    const broken: CheckedEntry = {
      collection: 'solutions',
      id: 'oplossing',
      filePath: 'content/solutions/oplossing.mdx',
      data: {
        sources: [{ source: { collection: 'sources', id: 'rapport' }, sections: [] }],
        chapters: [{ collection: 'handbook', id: 'hoofdstuk' }, { collection: 'handbook', id: 'bestaat-niet' }],
      },
    };
    expect(findBrokenReferences([source, chapter, broken])).toEqual([
      { file: 'content/solutions/oplossing.mdx', field: 'chapters[1]', target: { collection: 'handbook', id: 'bestaat-niet' } },
    ]);
  });

  it('does not mistake an entry of the same id in another collection for the target', () => {
    const sameIdElsewhere: CheckedEntry = { collection: 'glossary', id: 'hoofdstuk', data: {} };
    const pointing: CheckedEntry = { collection: 'lessons', id: 'les', data: { chapters: [{ collection: 'handbook', id: 'hoofdstuk' }] } };
    expect(findBrokenReferences([sameIdElsewhere, pointing])).toHaveLength(1);
  });

  it('describes problems in Dutch, one line per problem', () => {
    const message = describeBrokenReferences([{ file: 'content/a.mdx', field: 'sources[0].source', target: { collection: 'sources', id: 'x' } }]);
    expect(message).toBe(
      'Kapotte verwijzingen in de content (1):\n- content/a.mdx: veld "sources[0].source" verwijst naar "x" in collectie "sources", maar die bestaat niet.',
    );
  });
});
