/**
 * The lessons overview's filter: themes and regions as facet groups over seeded and shared lessons alike,
 * with the generic rules of `src/lib/facet-filter.ts` (OR within a group, AND across groups, state in the URL).
 */
import { facetGroup, filterItems, readFacetState, type FacetGroup, type FacetState } from '../facet-filter';
import { flowStages } from '../../schemas/facets';
import { sortLessons, type LessonSummary } from './lesson-list';

export function lessonFacetGroups(regions: { id: string; name: string }[]): FacetGroup[] {
  const regionVocabulary = Object.fromEntries([...regions].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((region) => [region.id, region.name]));
  return [facetGroup('thema', 'Thema', flowStages), facetGroup('regio', 'Regio', regionVocabulary)];
}

const sortKeys = ['nieuwste'] as const;

export function readLessonFilter(params: URLSearchParams, groups: FacetGroup[]): FacetState {
  return readFacetState(params, groups, [...sortKeys]);
}

/** The lessons that match, newest first, with live counts per theme and region. */
export function filterLessons(lessons: LessonSummary[], groups: FacetGroup[], state: FacetState) {
  const items = sortLessons(lessons).map((lesson) => ({ id: lesson.url, facets: { thema: lesson.themes, regio: [lesson.regionId] }, lesson }));
  const result = filterItems(items, groups, { ...state, query: '' });
  return { lessons: result.items.map((item) => item.lesson), counts: result.counts, total: result.total };
}
