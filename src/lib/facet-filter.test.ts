import { describe, expect, it } from 'vitest';
import {
  emptyState,
  filterItems,
  isFiltered,
  readFacetState,
  toggleValue,
  writeFacetState,
  type FacetGroup,
  type FacetState,
} from './facet-filter';

const groups: FacetGroup[] = [
  { key: 'flow', label: 'Keten', options: [{ value: 'toegang', label: 'Toegang' }, { value: 'doorstroom', label: 'Doorstroom' }, { value: 'uitstroom', label: 'Uitstroom' }] },
  { key: 'actors', label: 'Wie', options: [{ value: 'gemeente', label: 'Gemeente' }, { value: 'aanbieder', label: 'Aanbieder' }] },
];

const items = [
  { id: 'a', title: 'Alfa', facets: { flow: ['toegang'], actors: ['gemeente'] } },
  { id: 'b', title: 'Bravo', facets: { flow: ['doorstroom'], actors: ['aanbieder'] } },
  { id: 'c', title: 'Charlie', facets: { flow: ['toegang', 'doorstroom'], actors: ['aanbieder'] } },
  { id: 'd', title: 'Delta', facets: { flow: ['uitstroom'], actors: ['gemeente', 'aanbieder'] } },
  { id: 'e', title: 'Echo', facets: { flow: ['uitstroom'], actors: [] } },
];

const state = (selected: Record<string, string[]>, query = ''): FacetState => ({ query, selected, sort: 'titel' });
const ids = (result: { items: { id: string }[] }) => result.items.map((item) => item.id);

describe('filterItems', () => {
  it('returns every item when nothing is selected and there is no query', () => {
    const result = filterItems(items, groups, emptyState('titel'));
    expect(ids(result)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.total).toBe(5);
  });

  it.each([
    ['one value', { flow: ['toegang'] }, ['a', 'c']],
    ['two values in one group (OR)', { flow: ['toegang', 'uitstroom'] }, ['a', 'c', 'd', 'e']],
    ['values in two groups (AND)', { flow: ['toegang', 'uitstroom'], actors: ['aanbieder'] }, ['c', 'd']],
    ['an empty selection list as no filter', { flow: [] }, ['a', 'b', 'c', 'd', 'e']],
    ['a combination nothing matches', { flow: ['doorstroom'], actors: ['gemeente'] }, []],
  ])('filters with %s', (_name, selected, expected) => {
    expect(ids(filterItems(items, groups, state(selected)))).toEqual(expected);
  });

  it('counts every value over all items when nothing is selected', () => {
    expect(filterItems(items, groups, emptyState('titel')).counts).toEqual({
      flow: { toegang: 2, doorstroom: 2, uitstroom: 2 },
      actors: { gemeente: 2, aanbieder: 3 },
    });
  });

  it('counts a group\'s values given the other groups only, so ticked siblings keep their counts', () => {
    const { counts } = filterItems(items, groups, state({ flow: ['toegang'] }));
    // Flow counts ignore the flow selection itself: ticking "uitstroom" as well would add 2 results.
    expect(counts.flow).toEqual({ toegang: 2, doorstroom: 2, uitstroom: 2 });
    // Actor counts apply the flow selection: of a and c, one has "gemeente", one "aanbieder".
    expect(counts.actors).toEqual({ gemeente: 1, aanbieder: 1 });
  });

  it('counts with selections in two groups', () => {
    const { counts } = filterItems(items, groups, state({ flow: ['uitstroom'], actors: ['gemeente'] }));
    expect(counts.flow).toEqual({ toegang: 1, doorstroom: 0, uitstroom: 1 });
    expect(counts.actors).toEqual({ gemeente: 1, aanbieder: 1 });
  });

  it('narrows by the injected search and counts only matching items', () => {
    const search = (query: string) => new Map(query === 'x' ? [['c', 2], ['d', 5]] : []);
    const result = filterItems(items, groups, state({}, 'x'), { search });
    expect(ids(result)).toEqual(['c', 'd']);
    expect(result.counts.actors).toEqual({ gemeente: 1, aanbieder: 2 });
  });

  it('does not narrow when the search says the query has nothing searchable', () => {
    expect(ids(filterItems(items, groups, state({}, 'de'), { search: () => null }))).toHaveLength(5);
  });

  it('sorts with the comparator named by the state, passing the search scores', () => {
    const search = () => new Map([['a', 1], ['b', 3], ['c', 2]]);
    const comparators = {
      relevantie: (a: { id: string }, b: { id: string }, scores: ReadonlyMap<string, number>) => scores.get(b.id)! - scores.get(a.id)!,
    };
    const result = filterItems(items, groups, { query: 'q', selected: {}, sort: 'relevantie' }, { search, comparators });
    expect(ids(result)).toEqual(['b', 'c', 'a']);
  });

  it('ignores values the vocabulary does not know when counting', () => {
    const odd = [{ id: 'z', facets: { flow: ['onbekend'] } }];
    expect(filterItems(odd, groups, emptyState('titel')).counts.flow).toEqual({ toegang: 0, doorstroom: 0, uitstroom: 0 });
  });
});

describe('toggleValue and isFiltered', () => {
  it('adds and removes a value without touching the original state', () => {
    const start = emptyState('titel');
    const ticked = toggleValue(start, 'flow', 'toegang', true);
    expect(ticked.selected).toEqual({ flow: ['toegang'] });
    expect(start.selected).toEqual({});
    expect(toggleValue(ticked, 'flow', 'toegang', true).selected).toEqual({ flow: ['toegang'] });
    expect(toggleValue(ticked, 'flow', 'toegang', false).selected).toEqual({ flow: [] });
  });

  it.each([
    [emptyState('titel'), false],
    [state({ flow: [] }), false],
    [state({ flow: ['toegang'] }), true],
    [state({}, ' wacht '), true],
    [state({}, '  '), false],
  ])('says whether %j is filtered', (given, expected) => {
    expect(isFiltered(given)).toBe(expected);
  });
});

describe('facet state in the URL', () => {
  const sortKeys = ['relevantie', 'titel'];

  it('round-trips a query, two facets and a sort', () => {
    const original: FacetState = { query: 'wachtlijst regio', selected: { flow: ['toegang', 'doorstroom'], actors: ['gemeente'] }, sort: 'titel' };
    const search = writeFacetState(original, groups, 'relevantie');
    expect(search).toBe('?q=wachtlijst+regio&flow=toegang&flow=doorstroom&actors=gemeente&sort=titel');
    expect(readFacetState(new URLSearchParams(search), groups, sortKeys)).toEqual(original);
  });

  it('writes values in vocabulary order, so the same selection always gives the same address', () => {
    expect(writeFacetState(state({ flow: ['uitstroom', 'toegang'] }), groups, 'titel')).toBe('?flow=toegang&flow=uitstroom');
  });

  it('writes nothing for the default view', () => {
    expect(writeFacetState(emptyState('relevantie'), groups, 'relevantie')).toBe('');
  });

  it('drops unknown groups, unknown values, repeats and an unknown sort from a hand-edited address', () => {
    const params = new URLSearchParams('q=%20x%20&flow=toegang&flow=toegang&flow=nep&kleur=rood&sort=willekeurig');
    expect(readFacetState(params, groups, sortKeys)).toEqual({ query: 'x', selected: { flow: ['toegang'] }, sort: 'relevantie' });
  });

  it('caps a very long query', () => {
    expect(readFacetState(new URLSearchParams({ q: 'a'.repeat(500) }), groups, sortKeys).query).toHaveLength(200);
  });
});
