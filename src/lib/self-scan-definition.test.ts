import { describe, expect, it } from 'vitest';
import { findDefinitionProblems, type SelfScanDefinitionShape } from './self-scan-definition';

const valid: SelfScanDefinitionShape = {
  dimensions: [{ id: 'bestuur', bands: [{ from: 0 }, { from: 40 }, { from: 75 }] }],
  items: [
    { id: 'commitment', dimension: 'bestuur', type: 'ja-deels-nee' },
    { id: 'plan', dimension: 'bestuur', type: 'eens-oneens-5', showIf: { item: 'commitment', equals: 'ja' } },
  ],
};

describe('findDefinitionProblems', () => {
  it('accepts a consistent definition', () => {
    expect(findDefinitionProblems(valid)).toEqual([]);
  });

  it('rejects a conditional item that refers to an unknown item', () => {
    const definition = { ...valid, items: [valid.items[0]!, { ...valid.items[1]!, showIf: { item: 'bestaat-niet', equals: 'ja' } }] };
    expect(findDefinitionProblems(definition)).toEqual([
      { path: ['items', 1, 'showIf', 'item'], message: 'Vraag "plan" verwijst naar "bestaat-niet", maar die vraag bestaat niet of komt pas later.' },
    ]);
  });

  it('rejects an item of an unknown dimension, a duplicate id and choices without options', () => {
    const definition: SelfScanDefinitionShape = {
      dimensions: valid.dimensions,
      items: [
        { id: 'a', dimension: 'onbekend', type: 'ja-deels-nee' },
        { id: 'a', dimension: 'bestuur', type: 'enkelvoudig', options: [{}] },
      ],
    };
    expect(findDefinitionProblems(definition).map((problem) => problem.path.join('.'))).toEqual(['items.0.dimension', 'items.1.id', 'items.1.options']);
  });

  it('requires score bands that start at 0 and ascend', () => {
    const definition = { ...valid, dimensions: [{ id: 'bestuur', bands: [{ from: 10 }, { from: 5 }] }] };
    expect(findDefinitionProblems(definition)).toHaveLength(2);
  });
});
