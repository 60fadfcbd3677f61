import { describe, expect, it } from 'vitest';
import { filterLessons, lessonFacetGroups, readLessonFilter } from './lesson-filter';
import { formatLessonDate, groupRegionsByParticipation, sortLessons, type LessonSummary } from './lesson-list';

const lesson = (title: string, date: string): LessonSummary => ({
  title,
  url: `/x/${title}/`,
  regionId: 'r',
  regionName: 'R',
  date: new Date(date),
  themes: ['toegang'],
  shared: false,
});

describe('learning expedition lists', () => {
  it('groups regions by participation in vocabulary order, pilot regions first, regions by name', () => {
    const groups = groupRegionsByParticipation([
      { id: 'twente', name: 'Twente', participation: 'leerexpeditie' },
      { id: 'rijnmond', name: 'Rijnmond', participation: 'pilotregio' },
      { id: 'haaglanden', name: 'Haaglanden', participation: 'leerexpeditie' },
    ]);
    expect(groups.map((group) => group.key)).toEqual(['pilotregio', 'leerexpeditie']);
    expect(groups[1].regions.map((region) => region.id)).toEqual(['haaglanden', 'twente']);
  });

  it('lists lessons newest first and by title within a date', () => {
    const sorted = sortLessons([lesson('b', '2021-06-01'), lesson('c', '2021-10-01'), lesson('a', '2021-06-01')]);
    expect(sorted.map((item) => item.title)).toEqual(['c', 'a', 'b']);
  });

  it('shows a lesson date as month and year, in Dutch', () => {
    expect(formatLessonDate(new Date('2021-10-01'))).toBe('oktober 2021');
  });

  it('shows the period the source names instead of a date it does not give', () => {
    expect(formatLessonDate(new Date('2021-06-01'), 'juni tot december 2021')).toBe('juni tot december 2021');
  });
});

describe('lessons overview filter', () => {
  const groups = lessonFacetGroups([{ id: 'twente', name: 'Twente' }, { id: 'rijnmond', name: 'Rijnmond' }]);
  const lessons: LessonSummary[] = [
    { ...lesson('a', '2021-06-01'), regionId: 'rijnmond', themes: ['toegang'] },
    { ...lesson('b', '2021-07-01'), regionId: 'twente', themes: ['doorstroom', 'toegang'] },
    { ...lesson('c', '2021-08-01'), regionId: 'rijnmond', themes: ['uitstroom'] },
  ];

  it('reads themes and regions from the address and ignores unknown values', () => {
    const state = readLessonFilter(new URLSearchParams('thema=toegang&thema=onzin&regio=rijnmond'), groups);
    expect(state.selected).toEqual({ thema: ['toegang'], regio: ['rijnmond'] });
  });

  it('ORs within a group and ANDs across groups, newest first', () => {
    const themes = filterLessons(lessons, groups, readLessonFilter(new URLSearchParams('thema=toegang&thema=uitstroom'), groups));
    expect(themes.lessons.map((item) => item.title)).toEqual(['c', 'b', 'a']);
    const both = filterLessons(lessons, groups, readLessonFilter(new URLSearchParams('thema=toegang&regio=rijnmond'), groups));
    expect(both.lessons.map((item) => item.title)).toEqual(['a']);
    expect(both.counts.regio).toEqual({ rijnmond: 1, twente: 1 });
  });
});
