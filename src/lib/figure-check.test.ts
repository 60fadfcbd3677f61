import { describe, expect, it } from 'vitest';
import { extractFigures, findUnsourcedFigures, numericValue, sourceFigures } from './figure-check';

describe('numericValue', () => {
  it.each([
    ['613', 613],
    ['1.665', 1665],
    ['1.500', 1500],
    ['20,5', 20.5],
    ['1,9', 1.9],
    ['2021', 2021],
    ['2.5', undefined],
    ['2.1.8', undefined],
  ])('reads the Dutch number %s as %s', (raw, value) => {
    expect(numericValue(raw)).toBe(value);
  });
});

describe('extractFigures', () => {
  it('finds amounts, percentages, durations and years in Dutch prose, with their unit', () => {
    const figures = extractFigures('Rijk en VNG spraken op 22 april 2021 € 613 mln af; de wachttijd daalde van 29 weken met 20,5%.');
    expect(figures).toEqual([
      { raw: '22', value: 22 },
      { raw: '2021', value: 2021 },
      { raw: '613', value: 613, unit: 'miljoen' },
      { raw: '29', value: 29, unit: 'weken' },
      { raw: '20,5', value: 20.5, unit: 'procent' },
    ]);
  });

  it('skips codes glued to letters and numbers of structural labels', () => {
    expect(extractFigures('Schrijf op B1-niveau. Fase 1 en stap 2 staan in hoofdstuk 3 en paragraaf 2.5.')).toEqual([]);
  });

  it('keeps a figure that merely follows a word ending in a label-like string', () => {
    expect(extractFigures('de verblijflijn 12 weken').map((figure) => figure.raw)).toEqual(['12']);
  });
});

describe('findUnsourcedFigures', () => {
  const seed = sourceFigures('Het budget is € 613 miljoen, waarvan € 255 miljoen. Er kwamen 1.500 aanbieders bij (bijna 350%17). In 20187 startte het. Negen werkgroepen, zie 2.1.8.');

  it('accepts figures the source writes in another Dutch format', () => {
    expect(findUnsourcedFigures('€ 613 mln en 255 miljoen; 1500 nieuwe aanbieders; 350 procent', [seed])).toEqual([]);
  });

  it('accepts a digit the source writes as a word and a section number it names literally', () => {
    expect(findUnsourcedFigures('9 werkgroepen (zie afspraak 2.1.8)', [seed])).toEqual([]);
  });

  it('accepts a year the extracted source glued to a footnote number', () => {
    expect(findUnsourcedFigures('in 2018', [seed])).toEqual([]);
  });

  it('reports a percentage whose number the source only has without that unit', () => {
    expect(findUnsourcedFigures('een stijging van 17% en van 255%', [seed]).map((figure) => figure.raw)).toEqual(['17', '255']);
  });

  it('accepts an amount that a source table gives without its unit', () => {
    expect(findUnsourcedFigures('€ 228 miljoen', [sourceFigures('Bijdrage (x € 1 mln)\n228 Bijdrage voor gemeenten')])).toEqual([]);
  });

  it('matches a number word with its unit', () => {
    expect(findUnsourcedFigures('binnen 3 maanden', [sourceFigures('binnen drie maanden na aanmelding')])).toEqual([]);
  });

  it('reports a figure no cited source contains', () => {
    expect(findUnsourcedFigures('Het budget was € 614 mln, zie 2.1.9.', [seed]).map((figure) => figure.raw)).toEqual(['614', '2.1.9']);
  });

  it('accepts a figure found in any one of several cited sources', () => {
    expect(findUnsourcedFigures('29 weken', [seed, sourceFigures('gemiddeld 29 weken')])).toEqual([]);
  });
});
