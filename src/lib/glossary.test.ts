import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abbreviationIndex, abbreviationsIn, isAbbreviation, pagesUsingTerm, readGlossary, unexplainedAbbreviations, usesTerm, type GlossaryTerm } from './glossary';

const ozj: GlossaryTerm = { id: 'ozj', term: 'Ondersteuningsteam Zorg voor de Jeugd', definition: 'Het landelijke team …', abbreviation: 'OZJ' };
const nji: GlossaryTerm = { id: 'nji', term: 'Nederlands Jeugdinstituut', definition: 'Kennisinstituut …', abbreviation: 'NJi', aliases: ['Nji'] };
const leerexpeditie: GlossaryTerm = { id: 'leerexpeditie', term: 'Leerexpeditie', definition: 'Een traject …' };

describe('isAbbreviation', () => {
  it.each([
    ['VNG', true],
    ['GGK', true],
    ['NJi', true],
    ['tOLCC', true],
    ['StUF', true],
    ['iJw', true],
    ['JavaScript', false],
    ['JeugdzorgPlus', false],
    ['Jeugdwet', false],
    ['A', false],
    ['II', false],
    ['IV', false],
    ['ik', false],
  ])('treats %s as an abbreviation: %s', (word, expected) => {
    expect(isAbbreviation(word)).toBe(expected);
  });
});

describe('abbreviationsIn', () => {
  it('lists each abbreviation once in order of first use', () => {
    expect(abbreviationsIn("Het OZJ en de VNG; de GI's en het OZJ weer, via iJw.")).toEqual(['OZJ', 'VNG', 'GI', 'iJw']);
  });

  it('keeps a hyphenated abbreviation whole and judges other hyphenated words by their parts', () => {
    expect(abbreviationsIn('Het Ketenbureau I-SD, de GGD-GHOR, het OZJ-team en het iJw-berichtenverkeer.')).toEqual(['I-SD', 'GGD-GHOR', 'OZJ', 'iJw']);
  });
});

describe('abbreviationIndex', () => {
  it('maps the abbreviation and its aliases to their term', () => {
    const index = abbreviationIndex([ozj, nji, leerexpeditie]);
    expect([...index.keys()].sort()).toEqual(['NJi', 'Nji', 'OZJ']);
    expect(index.get('Nji')).toBe(nji);
  });
});

describe('unexplainedAbbreviations', () => {
  const index = abbreviationIndex([ozj, { id: 'zbt', term: 'Zorgbemiddelingstafel', definition: 'Overleg.', abbreviation: 'ZBT' }]);

  it('lists the abbreviations the glossary lacks, leaving out exempt words', () => {
    expect(unexplainedAbbreviations('Het OZJ, de GGK en het HOE.', index, new Set(['HOE']))).toEqual(['GGK']);
  });

  it('accepts a hyphenated form whose abbreviation parts are explained', () => {
    expect(unexplainedAbbreviations('De ZBT-E en de GGD-GHOR.', index, new Set())).toEqual(['GGD-GHOR']);
  });
});

describe('usesTerm', () => {
  it('matches an abbreviation case-sensitively as a whole word', () => {
    expect(usesTerm('Het OZJ ondersteunt regio’s.', ozj)).toBe(true);
    expect(usesTerm('OZJ-team', ozj)).toBe(true);
    expect(usesTerm('de OZJX', ozj)).toBe(false);
  });

  it('matches a name case-insensitively but not inside a longer word', () => {
    expect(usesTerm('De leerexpeditie startte.', leerexpeditie)).toBe(true);
    expect(usesTerm("De leerexpeditieregio's.", leerexpeditie)).toBe(false);
  });
});

describe('pagesUsingTerm', () => {
  it('returns the pages that use a term, sorted by title', () => {
    const pages = [
      { title: 'Zo start je', url: '/b/', text: 'met het OZJ' },
      { title: 'Aanpak', url: '/a/', text: 'Ondersteuningsteam Zorg voor de Jeugd' },
      { title: 'Data', url: '/c/', text: 'geen' },
    ];
    expect(pagesUsingTerm(ozj, pages).map((page) => page.url)).toEqual(['/a/', '/b/']);
  });
});

describe('readGlossary', () => {
  it('reads terms with their id from the file name and returns nothing for a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    writeFileSync(join(dir, 'vng.yaml'), 'term: "Vereniging van Nederlandse Gemeenten"\nabbreviation: VNG\ndefinition: "De vereniging van alle gemeenten."\n');
    expect(readGlossary(dir)).toEqual([{ id: 'vng', term: 'Vereniging van Nederlandse Gemeenten', abbreviation: 'VNG', definition: 'De vereniging van alle gemeenten.', aliases: [] }]);
    expect(readGlossary(join(dir, 'bestaat-niet'))).toEqual([]);
  });
});
