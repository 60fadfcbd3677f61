import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, plainText, queryWords, searchIndex, serialiseIndex, type SearchDocument } from './solution-search';

const documents: SearchDocument[] = [
  { id: 'wachtlijstbeheer', title: 'Actief wachtlijstbeheer', description: 'Houd contact met gezinnen op de wachtlijst.', body: 'Een regio beheert één wachtlijst en belt elk gezin.' },
  { id: 'expertteam', title: 'Regionaal expertteam', description: 'Een team dat complexe vragen van gemeenten oppakt.', body: 'De gemeente schakelt het expertteam in bij vastgelopen trajecten.' },
  { id: 'ontschotting', title: 'Ontschotte financiering', description: 'Aanbieders krijgen ruimte om zorg te combineren.', body: 'Jongeren krijgen sneller passende hulp als aanbieders samenwerken.', keywords: 'Regio Twente' },
];
// Round-trip through JSON as the browser gets it.
const index = loadSearchIndex(JSON.parse(JSON.stringify(serialiseIndex(buildSearchIndex(documents)))));
const found = (query: string) => [...(searchIndex(index, query)?.keys() ?? [])].sort();

describe('Dutch search within the solutions', () => {
  it.each([
    ['wachtlijsten', ['wachtlijstbeheer']],
    ['wachtlijst', ['wachtlijstbeheer']],
    ['gemeente', ['expertteam']],
    ['gemeenten', ['expertteam']],
    ['aanbieder', ['ontschotting']],
    ['jongere', ['ontschotting']],
    ['expertteams', ['expertteam']],
  ])('finds inflected forms: "%s"', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('matches the start of a word while typing', () => {
    expect(found('wachtl')).toEqual(['wachtlijstbeheer']);
    expect(found('financ')).toEqual(['ontschotting']);
    expect(found('tw')).toEqual(['ontschotting']);
  });

  it('requires every word to match', () => {
    expect(found('regio')).toEqual(['expertteam', 'ontschotting', 'wachtlijstbeheer']);
    expect(found('regio wachtlijst')).toEqual(['wachtlijstbeheer']);
    expect(found('wachtlijst financiering')).toEqual([]);
  });

  it('searches the extra keywords, such as region names', () => {
    expect(found('Twente')).toEqual(['ontschotting']);
  });

  it('is case-insensitive and treats punctuation and search syntax as plain text', () => {
    expect(found('WACHTLIJST!')).toEqual(['wachtlijstbeheer']);
    expect(found('+"wachtlijst*" ~ :')).toEqual(['wachtlijstbeheer']);
  });

  it('ranks a title match above a body-only match', () => {
    const scores = searchIndex(index, 'expertteam')!;
    expect(scores.size).toBe(1);
    const both = searchIndex(index, 'regio')!;
    expect(both.get('expertteam')!).toBeGreaterThan(both.get('wachtlijstbeheer')!);
  });

  it('returns null when the query holds only stop words or punctuation, so the list is not narrowed', () => {
    expect(searchIndex(index, 'de het')).toBeNull();
    expect(searchIndex(index, ' ?! ')).toBeNull();
  });

  it('keeps the serialised index compact: each stem once, with integer weights', () => {
    const serialised = serialiseIndex(buildSearchIndex(documents));
    expect(new Set(serialised.terms).size).toBe(serialised.terms.length);
    expect(serialised.terms).toContain('wachtlijst');
    expect(serialised.terms).not.toContain('wachtlijsten');
    expect(serialised.postings.flat().every(Number.isInteger)).toBe(true);
  });

  it('refuses a data file of another shape', () => {
    expect(() => loadSearchIndex({ version: 2 })).toThrow('Onbekend formaat van de zoekindex.');
  });

  it('returns an empty result for a word that occurs nowhere', () => {
    expect(searchIndex(index, 'zwembad')).toEqual(new Map());
  });
});

describe('queryWords', () => {
  it('lower-cases, splits on non-letters and drops stop words and repeats', () => {
    expect(queryWords('De wachtlijst, de WACHTLIJST en één regio')).toEqual(['wachtlijst', 'één', 'regio']);
  });
});

describe('plainText', () => {
  it('keeps the words of an MDX body and drops its syntax', () => {
    expect(plainText("import X from './x';\n\n## Wat het is\n\nZie **het** [handboek](/handboek/) <Note>nu</Note>.")).toBe('Wat het is Zie het handboek nu .');
  });
});
