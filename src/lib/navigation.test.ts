import { describe, expect, it } from 'vitest';
import { mainNavigation, sectionOf } from './navigation';
import { entryUrl } from './routes';

describe('sectionOf', () => {
  it('finds the section of a nested page', () => {
    expect(sectionOf('/handboek/wachttijden-begrijpen/')?.label).toBe('Handboek');
    expect(sectionOf('/leerexpeditie/regios/rijnmond/')?.label).toBe('Leerexpeditie');
  });

  it('treats a path without trailing slash the same', () => {
    expect(sectionOf('/bronnen')?.label).toBe('Bronnen');
  });

  it('finds no section for the home page', () => {
    expect(sectionOf('/')).toBeUndefined();
  });

  it('has the eight main sections in the agreed order', () => {
    expect(mainNavigation.map((item) => item.label)).toEqual(['Handboek', 'Oplossingen', 'Niet doen', 'Kwaliteit', 'Zelfscans', 'Leefwereldtoets', 'Leerexpeditie', 'Bronnen']);
  });
});

describe('entryUrl', () => {
  it('gives every entry a URL inside its section', () => {
    expect(entryUrl('handbook', 'data-en-inzicht')).toBe('/handboek/data-en-inzicht/');
    expect(entryUrl('lessons', 'les-1')).toBe('/leerexpeditie/lessen/les-1/');
    expect(sectionOf(entryUrl('regions', 'x'))?.label).toBe('Leerexpeditie');
  });

  it('points glossary terms at their anchor on the glossary page', () => {
    expect(entryUrl('glossary', 'doorlooptijd')).toBe('/begrippen/#doorlooptijd');
  });
});
