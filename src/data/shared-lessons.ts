/**
 * Server-side access to the lessons regions share: the process-wide store with this feature's migrations,
 * the rate limiter for the form and API, and the lesson summaries public pages list next to seeded lessons.
 */
import { getCollection } from 'astro:content';
import { createRateLimiter } from '../lib/expedition/rate-limit';
import { SharedLessons, sharedLessonMigrations, type SharedLesson } from '../lib/expedition/shared-lessons';
import type { LessonSummary } from '../lib/expedition/lesson-list';
import { sectionPaths } from '../lib/routes';
import { sharedStore } from '../lib/storage';

export async function sharedLessons(): Promise<SharedLessons> {
  return new SharedLessons(await sharedStore('expedition', sharedLessonMigrations));
}

/** Ten proposals per client per quarter of an hour: plenty for a region, little for a script. */
export const shareLimiter = createRateLimiter({ limit: 10, windowMs: 15 * 60_000 });

export async function regionNames(): Promise<Map<string, string>> {
  return new Map((await getCollection('regions')).map((region) => [region.id, region.data.name]));
}

export function sharedLessonUrl(id: string): string {
  return `${sectionPaths.lessons}gedeeld/${id}/`;
}

export function summariseShared(lesson: SharedLesson, names: Map<string, string>): LessonSummary {
  return {
    title: lesson.title,
    url: sharedLessonUrl(lesson.id),
    regionId: lesson.regionId,
    regionName: names.get(lesson.regionId) ?? lesson.regionId,
    date: lesson.reviewedAt ?? lesson.createdAt,
    period: lesson.period || undefined,
    themes: lesson.themes,
    shared: true,
  };
}
