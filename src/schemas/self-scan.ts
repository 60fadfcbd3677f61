import { z } from 'astro/zod';
import { reference } from 'astro:content';

/** Answer formats a self-scan item can use. */
export const itemTypes = ['eens-oneens-5', 'ja-deels-nee', 'enkelvoudig', 'meervoudig'] as const;

const option = z.object({ value: z.string().min(1), label: z.string().min(1), score: z.number().min(0).default(0) });

export const selfScanItem = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'Gebruik kleine letters, cijfers en streepjes.'),
  dimension: z.string(),
  text: z.string().min(5),
  help: z.string().optional(),
  type: z.enum(itemTypes),
  /** Only for `enkelvoudig` and `meervoudig`: the choices and what each scores. */
  options: z.array(option).optional(),
  weight: z.number().positive().default(1),
  /** Show this item only when an earlier item has the given answer value. */
  showIf: z.object({ item: z.string(), equals: z.string() }).optional(),
});

export const scoreBand = z.object({
  /** Lowest percentage (0-100) that falls in this band. */
  from: z.number().min(0).max(100),
  label: z.string().min(2),
  advice: z.string().min(10),
  chapters: z.array(reference('handbook')).default([]),
  solutions: z.array(reference('solutions')).default([]),
  nietDoen: z.array(reference('nietDoen')).default([]),
  qualityFrameworks: z.array(reference('qualityFrameworks')).default([]),
});

export const selfScanDimension = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3),
  description: z.string().optional(),
  bands: z.array(scoreBand).min(1),
});

/**
 * An extra conclusion from the average score of some dimensions (e.g. which intensity of the learning
 * expedition fits a region), with the reason shown in the profile.
 */
export const selfScanRecommendation = z.object({
  question: z.string().min(5),
  dimensions: z.array(z.string()).min(1),
  options: z.array(z.object({ from: z.number().min(0).max(100), label: z.string().min(2), reason: z.string().min(10) })).min(1),
});

/**
 * A self-scan definition. Cross-field rules (items name a known dimension, conditions name an earlier item)
 * are checked here so a broken definition fails the build instead of a user's session.
 */
export const selfScanFields = z.object({
  audience: z.string().min(3),
  /** Short introduction shown above the questions. */
  intro: z.string().min(20).optional(),
  dimensions: z.array(selfScanDimension).min(1),
  items: z.array(selfScanItem).min(1),
  recommendation: selfScanRecommendation.optional(),
});
