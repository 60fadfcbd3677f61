import { describe, expect, it } from 'vitest';
import { readSearchState, resultsMessage, writeSearchState } from './search-query';

describe('search state in the URL', () => {
  it('round-trips a query with two sections', () => {
    const state = { query: 'wachttijd regio', sections: ['Handboek', 'Bronnen'] };
    expect(readSearchState(new URLSearchParams(writeSearchState(state)))).toEqual(state);
  });

  it('trims the query, drops empty and repeated sections', () => {
    expect(readSearchState(new URLSearchParams('q=%20badkuip%20&onderdeel=Handboek&onderdeel=&onderdeel=Handboek'))).toEqual({
      query: 'badkuip',
      sections: ['Handboek'],
    });
  });

  it('writes nothing for an empty search', () => {
    expect(writeSearchState({ query: '', sections: [] })).toBe('');
  });
});

describe('resultsMessage', () => {
  it.each([
    [0, [], 'Geen resultaten voor "x".'],
    [1, [], '1 resultaat voor "x".'],
    [7, ['Handboek'], '7 resultaten voor "x" in Handboek.'],
  ])('announces %i results in %j', (count, sections, expected) => {
    expect(resultsMessage(count, { query: 'x', sections })).toBe(expected);
  });

  it('says nothing when there is no query', () => {
    expect(resultsMessage(3, { query: '', sections: [] })).toBe('');
  });
});
