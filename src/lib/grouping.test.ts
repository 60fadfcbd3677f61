import { describe, expect, it } from 'vitest';
import { anchorFor, groupByList } from './grouping';

interface Item {
  title: string;
  list: string;
}
const item = (title: string, list: string): Item => ({ title, list });

describe('groupByList', () => {
  const items = [item('Zeker niet', 'Stelsel'), item('Badkuip', 'Aanpak'), item('Alleen de lijst', 'Aanpak'), item('Eén oorzaak', 'Kijken')];

  it('puts the named lists first in the given order and sorts items by title', () => {
    const groups = groupByList(items, (i) => i.list, (i) => i.title, ['Kijken', 'Aanpak']);
    expect(groups.map((group) => [group.name, group.items.map((i) => i.title)])).toEqual([
      ['Kijken', ['Eén oorzaak']],
      ['Aanpak', ['Alleen de lijst', 'Badkuip']],
      ['Stelsel', ['Zeker niet']],
    ]);
  });

  it('sorts lists without a place in the order alphabetically', () => {
    expect(groupByList(items, (i) => i.list, (i) => i.title).map((group) => group.name)).toEqual(['Aanpak', 'Kijken', 'Stelsel']);
  });
});

describe('anchorFor', () => {
  it.each([
    ['Valkuilen bij het kijken naar wachttijden', 'valkuilen-bij-het-kijken-naar-wachttijden'],
    ['Wat niet werkt in het stelsel', 'wat-niet-werkt-in-het-stelsel'],
    ["Eén regio's aanpak", 'een-regio-s-aanpak'],
  ])('turns "%s" into the anchor "%s"', (name, anchor) => {
    expect(anchorFor(name)).toBe(anchor);
  });
});
