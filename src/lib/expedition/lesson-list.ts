/**
 * How the learning expedition orders and groups its regions and lessons. Plain data in, plain data out,
 * so seeded lessons (content collection) and shared lessons (moderation store) are listed the same way.
 */
import { flowStages, regionParticipations } from '../../schemas/facets';

export type ParticipationKey = keyof typeof regionParticipations;
export type ThemeKey = keyof typeof flowStages;

/** The fields a lesson list needs, whether the lesson comes from the content folder or from the store. */
export interface LessonSummary {
  title: string;
  url: string;
  regionId: string;
  regionName: string;
  date: Date;
  /** How the source names the time when it gives no exact date, e.g. "juni tot december 2021". */
  period?: string;
  themes: ThemeKey[];
  /** True for lessons shared through the form and approved by a moderator. */
  shared: boolean;
}

export interface RegionSummary {
  id: string;
  name: string;
  participation: ParticipationKey;
}

/** Regions grouped by type of participation, in the order of the vocabulary, regions by name. */
export function groupRegionsByParticipation<T extends RegionSummary>(regions: T[]): { key: ParticipationKey; label: string; regions: T[] }[] {
  return (Object.keys(regionParticipations) as ParticipationKey[])
    .map((key) => ({
      key,
      label: regionParticipations[key],
      regions: regions.filter((region) => region.participation === key).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    }))
    .filter((group) => group.regions.length > 0);
}

/** Newest first; lessons of the same date by title, so lists are stable between builds. */
export function sortLessons<T extends LessonSummary>(lessons: T[]): T[] {
  return [...lessons].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'nl'));
}

/**
 * When a lesson happened, as precisely as its source says: the named period if there is one, otherwise month
 * and year (the sources rarely give a day, so showing one would be false precision).
 */
const monthYear = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
export function formatLessonDate(date: Date, period?: string): string {
  return period ?? monthYear.format(date);
}

export function themeLabel(theme: ThemeKey): string {
  return flowStages[theme];
}
