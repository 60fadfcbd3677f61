/**
 * Structural rules for a self-scan definition that a field-by-field schema cannot express.
 * Used by the content model (build fails on a broken definition) and unit-tested on its own.
 */
export interface SelfScanDefinitionShape {
  dimensions: { id: string; bands: { from: number }[] }[];
  items: { id: string; dimension: string; type: string; options?: { value?: string }[]; showIf?: { item: string; equals: string } }[];
  recommendation?: { dimensions: string[]; options: { from: number }[] };
}

/** The answer scales every scan shares (values and scores); choice items bring their own options. */
export const fixedOptions = {
  'eens-oneens-5': [
    { value: 'helemaal-oneens', label: 'Helemaal oneens', score: 0 },
    { value: 'oneens', label: 'Oneens', score: 1 },
    { value: 'neutraal', label: 'Niet eens, niet oneens', score: 2 },
    { value: 'eens', label: 'Eens', score: 3 },
    { value: 'helemaal-eens', label: 'Helemaal eens', score: 4 },
  ],
  'ja-deels-nee': [
    { value: 'ja', label: 'Ja', score: 2 },
    { value: 'deels', label: 'Deels', score: 1 },
    { value: 'nee', label: 'Nee', score: 0 },
  ],
} as const;

function answerValues(item: SelfScanDefinitionShape['items'][number]): string[] {
  const fixed = fixedOptions[item.type as keyof typeof fixedOptions];
  return fixed ? fixed.map((option) => option.value) : (item.options ?? []).flatMap((option) => (option.value ? [option.value] : []));
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
    const target = item.showIf && definition.items.find((candidate) => candidate.id === item.showIf!.item);
    if (target && seenItems.has(target.id) && !answerValues(target).includes(item.showIf!.equals)) {
      problems.push({
        path: ['items', index, 'showIf', 'equals'],
        message: `Vraag "${item.id}" hangt af van antwoord "${item.showIf!.equals}", maar vraag "${target.id}" kent dat antwoord niet.`,
      });
    }
    seenItems.add(item.id);
  });

  const recommendation = definition.recommendation;
  if (recommendation) {
    recommendation.dimensions.forEach((id, index) => {
      if (!dimensionIds.has(id)) problems.push({ path: ['recommendation', 'dimensions', index], message: `Het advies gebruikt onbekende dimensie "${id}".` });
    });
    const froms = recommendation.options.map((option) => option.from);
    if (froms[0] !== 0 || froms.some((from, i) => i > 0 && from <= froms[i - 1]!)) {
      problems.push({ path: ['recommendation', 'options'], message: 'De adviesopties moeten bij 0 beginnen en oplopen.' });
    }
  }
  return problems;
}
