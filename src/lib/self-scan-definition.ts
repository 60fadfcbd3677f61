/**
 * Structural rules for a self-scan definition that a field-by-field schema cannot express.
 * Used by the content model (build fails on a broken definition) and unit-tested on its own.
 */
export interface SelfScanDefinitionShape {
  dimensions: { id: string; bands: { from: number }[] }[];
  items: { id: string; dimension: string; type: string; options?: unknown[]; showIf?: { item: string; equals: string } }[];
}

export interface DefinitionProblem {
  /** Dotted path of the offending field, e.g. `items.3.showIf.item`. */
  path: (string | number)[];
  message: string;
}

export function findDefinitionProblems(definition: SelfScanDefinitionShape): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const dimensionIds = new Set(definition.dimensions.map((dimension) => dimension.id));
  const seenItems = new Set<string>();

  definition.dimensions.forEach((dimension, index) => {
    const froms = dimension.bands.map((band) => band.from);
    if (!froms.includes(0)) {
      problems.push({ path: ['dimensions', index, 'bands'], message: `Dimensie "${dimension.id}" heeft geen scoreband die bij 0 begint.` });
    }
    if (froms.some((from, i) => i > 0 && from <= froms[i - 1]!)) {
      problems.push({ path: ['dimensions', index, 'bands'], message: `De scorebanden van dimensie "${dimension.id}" staan niet oplopend.` });
    }
  });

  definition.items.forEach((item, index) => {
    if (seenItems.has(item.id)) {
      problems.push({ path: ['items', index, 'id'], message: `Vraag-id "${item.id}" komt twee keer voor.` });
    }
    if (!dimensionIds.has(item.dimension)) {
      problems.push({ path: ['items', index, 'dimension'], message: `Vraag "${item.id}" hoort bij onbekende dimensie "${item.dimension}".` });
    }
    const needsOptions = item.type === 'enkelvoudig' || item.type === 'meervoudig';
    if (needsOptions && !(item.options && item.options.length >= 2)) {
      problems.push({ path: ['items', index, 'options'], message: `Vraag "${item.id}" heeft minstens twee antwoordopties nodig.` });
    }
    if (item.showIf && !seenItems.has(item.showIf.item)) {
      problems.push({
        path: ['items', index, 'showIf', 'item'],
        message: `Vraag "${item.id}" verwijst naar "${item.showIf.item}", maar die vraag bestaat niet of komt pas later.`,
      });
    }
    seenItems.add(item.id);
  });
  return problems;
}
