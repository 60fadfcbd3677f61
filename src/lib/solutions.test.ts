import { describe, expect, it } from 'vitest';
import { filterItems, readFacetState, writeFacetState } from './facet-filter';
import {
  defaultSolutionSort,
  groupByFlow,
  labelOf,
  resultCountMessage,
  solutionComparators,
  solutionFacetGroups,
  solutionSortKeys,
  solutionsCsv,
  validateCompareIds,
  type SolutionSummary,
} from './solutions';

function solution(id: string, overrides: Partial<SolutionSummary> = {}): SolutionSummary {
  const base = { id, title: id, description: `Over ${id}`, url: `/oplossingen/${id}/`, flow: ['toegang'], actors: ['gemeente'], levels: ['lokaal'], kind: 'werkwijze', evidence: 'pilot', regions: [], sources: ['Bron'], ...overrides };
  return { ...base, facets: { flow: base.flow, actors: base.actors, levels: base.levels, kind: [base.kind], evidence: [base.evidence] } };
}

const solutions = [
  solution('Wachtlijstbeheer', { flow: ['doorstroom'], evidence: 'veelbelovend' }),
  solution('Expertteam', { flow: ['toegang', 'doorstroom'], actors: ['regio'], evidence: 'bewezen' }),
  solution('Data op orde', { flow: ['data-sturing'], kind: 'stuurknop', evidence: 'afgesproken' }),
];

describe('the solution facets', () => {
  it('uses the Dutch labels of the shared vocabularies', () => {
    expect(solutionFacetGroups.map((group) => group.label)).toEqual(['Plek in de keten', 'Wie zet de stap', 'Niveau', 'Soort oplossing', 'Onderbouwing']);
    expect(labelOf('flow', 'data-sturing')).toBe('Data en sturing');
    expect(labelOf('evidence', 'afgesproken')).toBe('Afgesproken, nog niet uitgevoerd');
  });

  it('filters flow and evidence together (AND across, OR within)', () => {
    const state = readFacetState(new URLSearchParams('flow=doorstroom&flow=data-sturing&evidence=bewezen&evidence=afgesproken'), solutionFacetGroups, solutionSortKeys);
    expect(filterItems(solutions, solutionFacetGroups, state).items.map((item) => item.id)).toEqual(['Expertteam', 'Data op orde']);
  });

  it('round-trips its state with the default sort left out of the address', () => {
    const state = { query: 'wacht', selected: { kind: ['stuurknop'] }, sort: defaultSolutionSort };
    const search = writeFacetState(state, solutionFacetGroups, defaultSolutionSort);
    expect(search).toBe('?q=wacht&kind=stuurknop');
    expect(readFacetState(new URLSearchParams(search), solutionFacetGroups, solutionSortKeys)).toEqual(state);
  });
});

describe('sorting solutions', () => {
  const order = (sort: string, scores: Map<string, number> = new Map()) =>
    [...solutions].sort((a, b) => solutionComparators[sort]!(a, b, scores)).map((item) => item.id);

  it.each([
    ['titel', ['Data op orde', 'Expertteam', 'Wachtlijstbeheer']],
    ['onderbouwing', ['Expertteam', 'Wachtlijstbeheer', 'Data op orde']],
    ['keten', ['Expertteam', 'Wachtlijstbeheer', 'Data op orde']],
    ['relevantie', ['Data op orde', 'Expertteam', 'Wachtlijstbeheer']],
  ])('sorts by %s', (sort, expected) => {
    expect(order(sort)).toEqual(expected);
  });

  it('sorts by search score first when there is a query', () => {
    expect(order('relevantie', new Map([['Wachtlijstbeheer', 9], ['Expertteam', 1]]))).toEqual(['Wachtlijstbeheer', 'Expertteam', 'Data op orde']);
  });
});

describe('resultCountMessage', () => {
  it.each([
    [3, 3, '', '3 oplossingen (alle).'],
    [1, 3, '', '1 oplossing van de 3.'],
    [0, 3, 'zwembad', 'Geen oplossingen van de 3 voor "zwembad".'],
    [2, 40, ' wacht ', '2 oplossingen van de 40 voor "wacht".'],
  ])('announces %i of %i for "%s"', (count, total, query, expected) => {
    expect(resultCountMessage(count, total, query)).toBe(expected);
  });
});

describe('groupByFlow', () => {
  it('groups by the first flow stage in chain order and leaves out empty stages', () => {
    expect(groupByFlow(solutions).map((group) => [group.label, group.solutions.map((item) => item.id)])).toEqual([
      ['Toegang', ['Expertteam']],
      ['Doorstroom', ['Wachtlijstbeheer']],
      ['Data en sturing', ['Data op orde']],
    ]);
  });
});

describe('solutionsCsv', () => {
  it('writes the columns with Dutch labels and absolute links', () => {
    const lines = solutionsCsv([solutions[1]!], 'https://portaal.example').split('\r\n');
    expect(lines[0]).toBe('\uFEFFTitel;URL;Plek in de keten;Wie zet de stap;Niveau;Soort;Onderbouwing;Bronnen');
    expect(lines[1]).toBe('Expertteam;https://portaal.example/oplossingen/Expertteam/;Toegang, Doorstroom;Regio;Lokaal;Innovatie of werkwijze;Bewezen effectief;Bron');
  });
});

describe('validateCompareIds', () => {
  const known = new Set(['a', 'b', 'c', 'd']);

  it.each([
    [['a', 'b'], ['a', 'b']],
    [['c', 'a', 'b'], ['c', 'a', 'b']],
    [['a', 'a', 'b', ' '], ['a', 'b']],
  ])('accepts %j', (requested, ids) => {
    expect(validateCompareIds(requested, known)).toEqual({ ids });
  });

  it.each([
    [['a', 'x'], 'Deze oplossing bestaat niet: "x". Kies oplossingen uit het overzicht.'],
    [['x', '<script>'], 'Deze oplossingen bestaan niet: "x", "<script>". Kies oplossingen uit het overzicht.'],
    [['a'], 'Kies 2 of 3 oplossingen om te vergelijken; je koos er 1.'],
    [[], 'Kies 2 of 3 oplossingen om te vergelijken; je koos er 0.'],
    [['a', 'b', 'c', 'd'], 'Kies 2 of 3 oplossingen om te vergelijken; je koos er 4.'],
  ])('rejects %j with a Dutch message', (requested, error) => {
    expect(validateCompareIds(requested, known)).toEqual({ error });
  });
});
