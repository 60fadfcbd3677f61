/**
 * The results of one questionnaire for a selection and nationally, read from the counters and passed
 * through the suppression rules of `aggregate.ts`.
 */
import type { Store } from '../storage';
import { discloseSelection, summariseSelection, type SelectionResult } from './aggregate';
import type { Questionnaire } from './definition';
import { loadAnswerCounts, loadFreeTexts, loadRespondentCells, type CountFilter } from './repository';

export interface Results {
  questionnaire: { id: string; title: string; version: number };
  filter: CountFilter;
  minimumGroupSize: number;
  selection: SelectionResult;
  national: SelectionResult;
  /** Months with responses for this questionnaire (counts are not given here). */
  periods: string[];
  /** Redacted free texts; only when the selection without target group and age band has at least k respondents. */
  freeTexts: string[] | null;
}

export async function resultsFor(store: Store, questionnaire: Questionnaire, filter: CountFilter, k: number): Promise<Results> {
  const cells = await loadRespondentCells(store, questionnaire.id);
  const summarise = async (selectionFilter: CountFilter) => {
    const disclosure = discloseSelection(cells, selectionFilter, k);
    const counts = disclosure.shown ? await loadAnswerCounts(store, questionnaire.id, selectionFilter) : [];
    return summariseSelection(questionnaire, disclosure, counts, k);
  };
  const nationalFilter = { ...filter };
  delete nationalFilter.region;
  // Free text carries only region and month, so it is released for that wider selection, never per group.
  const textFilter = { region: filter.region, period: filter.period };
  const textsAllowed = !filter.targetGroup && !filter.ageBand && discloseSelection(cells, textFilter, k).shown;
  return {
    questionnaire: { id: questionnaire.id, title: questionnaire.title, version: questionnaire.version },
    filter,
    minimumGroupSize: k,
    selection: await summarise(filter),
    national: await summarise(nationalFilter),
    periods: [...new Set(cells.map((cell) => cell.month))].sort(),
    freeTexts: textsAllowed ? await loadFreeTexts(store, questionnaire.id, textFilter) : null,
  };
}
