/**
 * Loads the learning expedition's regions and seeded lessons from the content collections and turns them
 * into the plain summaries `src/lib/expedition/lesson-list.ts` works with.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { LessonSummary, RegionSummary } from '../lib/expedition/lesson-list';
import { entryUrl } from '../lib/routes';

export async function regionSummaries(): Promise<(RegionSummary & { description: string; url: string })[]> {
  return (await getCollection('regions')).map((region) => ({
    id: region.id,
    name: region.data.name,
    participation: region.data.participation,
    description: region.data.description,
    url: entryUrl('regions', region.id),
  }));
}

export function summariseLesson(lesson: CollectionEntry<'lessons'>, regionName: string): LessonSummary {
  return {
    title: lesson.data.title,
    url: entryUrl('lessons', lesson.id),
    regionId: lesson.data.region.id,
    regionName,
    date: lesson.data.date,
    period: lesson.data.period,
    themes: lesson.data.themes,
    shared: false,
  };
}

/** Every seeded lesson with the name of its region. */
export async function seededLessonSummaries(): Promise<LessonSummary[]> {
  const names = new Map((await getCollection('regions')).map((region) => [region.id, region.data.name]));
  return (await getCollection('lessons')).map((lesson) => summariseLesson(lesson, names.get(lesson.data.region.id) ?? lesson.data.region.id));
}
