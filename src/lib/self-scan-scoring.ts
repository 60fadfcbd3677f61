/**
 * The self-scan engine: which items are visible, the score per dimension, the band and its advice, the
 * three most important next steps, and the encodings of answers (share link, localStorage, form post,
 * CSV/JSON export). Plain TypeScript without DOM or Astro, so the same module serves the island, the
 * no-JavaScript result route and the unit tests.
 */
import { toCsv } from './csv';
import { findDefinitionProblems, fixedOptions as sharedScales } from './self-scan-definition.ts';

export type ItemType = 'eens-oneens-5' | 'ja-deels-nee' | 'enkelvoudig' | 'meervoudig';

export interface ScanOption {
  value: string;
  label: string;
  score: number;
}

export interface ScanItem {
  id: string;
  dimension: string;
  text: string;
  help?: string;
  type: ItemType;
  options?: ScanOption[];
  weight: number;
  showIf?: { item: string; equals: string };
}

/** A link from a band's advice to another entry of the portal, resolved to a title and URL. */
export interface ScanLink {
  label: string;
  href: string;
}

export interface ScanBand {
  from: number;
  label: string;
  advice: string;
  links: ScanLink[];
}

export interface ScanDimension {
  id: string;
  title: string;
  description?: string;
  bands: ScanBand[];
}

/** An extra conclusion drawn from the average of some dimensions, e.g. which learning track fits. */
export interface ScanRecommendation {
  question: string;
  dimensions: string[];
  options: { from: number; label: string; reason: string }[];
}

export interface ScanDefinition {
  id: string;
  title: string;
  dimensions: ScanDimension[];
  items: ScanItem[];
  recommendation?: ScanRecommendation;
}

/** One answer: an option value, or a list of values for a multiple-choice item. */
export type Answer = string | string[];
export type Answers = Record<string, Answer>;

/** The answer scales every scan shares; the order is also the order on screen and in the share link. */
export const fixedOptions: Record<'eens-oneens-5' | 'ja-deels-nee', readonly ScanOption[]> = sharedScales;

export function optionsOf(item: ScanItem): readonly ScanOption[] {
  return item.type === 'enkelvoudig' || item.type === 'meervoudig' ? (item.options ?? []) : fixedOptions[item.type];
}

/** The most an item can score: the best option, or all options together for multiple choice. */
export function maxScoreOf(item: ScanItem): number {
  const scores = optionsOf(item).map((option) => option.score);
  return item.type === 'meervoudig' ? scores.reduce((sum, score) => sum + score, 0) : Math.max(0, ...scores);
}

/** Throws with the first structural problem (in Dutch), so a broken definition never reaches a user. */
export function assertValidDefinition(definition: ScanDefinition): void {
  const problems = findDefinitionProblems(definition);
  if (problems.length > 0) throw new Error(`Zelfscan "${definition.id}": ${problems.map((problem) => problem.message).join(' ')}`);
}

function answerIncludes(answer: Answer | undefined, value: string): boolean {
  return Array.isArray(answer) ? answer.includes(value) : answer === value;
}

function isAnswered(answer: Answer | undefined): answer is Answer {
  return Array.isArray(answer) ? answer.length > 0 : typeof answer === 'string' && answer !== '';
}

/**
 * The ids of the items that are shown with these answers. An item with a condition is visible only when
 * the item it depends on is itself visible and has the given answer (conditions always point backwards).
 */
export function visibleItemIds(definition: ScanDefinition, answers: Answers): Set<string> {
  const visible = new Set<string>();
  for (const item of definition.items) {
    if (!item.showIf || (visible.has(item.showIf.item) && answerIncludes(answers[item.showIf.item], item.showIf.equals))) visible.add(item.id);
  }
  return visible;
}

export interface DimensionResult {
  id: string;
  title: string;
  /** Whole percentage of the weighted maximum over the visible, answered items; null when none is answered. */
  percentage: number | null;
  answered: number;
  unanswered: number;
  /** Items left out because their condition was not met. */
  hidden: number;
  band: ScanBand | null;
}

export interface NextStep {
  dimension: string;
  title: string;
  percentage: number;
  band: string;
  advice: string;
  links: ScanLink[];
}

export interface Profile {
  scanId: string;
  dimensions: DimensionResult[];
  nextSteps: NextStep[];
  recommendation: { question: string; label: string; reason: string; percentage: number } | null;
  answered: number;
  unanswered: number;
  hidden: number;
}

/** The band a percentage falls in: the last band whose `from` is at most the percentage (`from` itself is inside). */
export function bandFor<T extends { from: number }>(bands: T[], percentage: number): T | null {
  let found: T | null = null;
  for (const band of bands) if (percentage >= band.from) found = band;
  return found;
}

function scoreOf(item: ScanItem, answer: Answer): number {
  const options = optionsOf(item);
  const values = Array.isArray(answer) ? answer : [answer];
  return values.reduce((sum, value) => sum + (options.find((option) => option.value === value)?.score ?? 0), 0);
}

export function computeProfile(definition: ScanDefinition, answers: Answers): Profile {
  const visible = visibleItemIds(definition, answers);
  const dimensions = definition.dimensions.map((dimension): DimensionResult => {
    let answered = 0;
    let unanswered = 0;
    let hidden = 0;
    let weighted = 0;
    let weightTotal = 0;
    for (const item of definition.items.filter((candidate) => candidate.dimension === dimension.id)) {
      const answer = answers[item.id];
      if (!visible.has(item.id)) hidden++;
      else if (!isAnswered(answer)) unanswered++;
      else {
        answered++;
        const max = maxScoreOf(item);
        // Items whose options all score 0 only steer conditions; they do not count towards the score.
        if (max > 0) {
          weighted += (item.weight * scoreOf(item, answer)) / max;
          weightTotal += item.weight;
        }
      }
    }
    const percentage = weightTotal > 0 ? Math.round((weighted / weightTotal) * 100) : null;
    return {
      id: dimension.id,
      title: dimension.title,
      percentage,
      answered,
      unanswered,
      hidden,
      band: percentage === null ? null : bandFor(dimension.bands, percentage),
    };
  });

  // The lowest scores first; equal scores keep the order of the scan, so the result is deterministic.
  const nextSteps = dimensions
    .map((result, order) => ({ result, order }))
    .filter(({ result }) => result.percentage !== null && result.band !== null)
    .sort((a, b) => a.result.percentage! - b.result.percentage! || a.order - b.order)
    .slice(0, 3)
    .map(({ result }) => ({
      dimension: result.id,
      title: result.title,
      percentage: result.percentage!,
      band: result.band!.label,
      advice: result.band!.advice,
      links: result.band!.links,
    }));

  return {
    scanId: definition.id,
    dimensions,
    nextSteps,
    recommendation: recommend(definition.recommendation, dimensions),
    answered: dimensions.reduce((sum, result) => sum + result.answered, 0),
    unanswered: dimensions.reduce((sum, result) => sum + result.unanswered, 0),
    hidden: dimensions.reduce((sum, result) => sum + result.hidden, 0),
  };
}

function recommend(recommendation: ScanRecommendation | undefined, dimensions: DimensionResult[]): Profile['recommendation'] {
  if (!recommendation) return null;
  const scores = dimensions.filter((result) => recommendation.dimensions.includes(result.id) && result.percentage !== null).map((result) => result.percentage!);
  if (scores.length === 0) return null;
  const percentage = Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length);
  const option = bandFor(recommendation.options, percentage);
  return option ? { question: recommendation.question, label: option.label, reason: option.reason, percentage } : null;
}

/* ---------------------------------------------------------------------------------------------------------
 * Validating answers from outside (form post, share link, localStorage).
 * ------------------------------------------------------------------------------------------------------- */

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * Answers from a submitted form: each field is named after an item, each value must be one of its options.
 * Unknown fields or values are errors (a Dutch message each), never silently ignored.
 */
export function parseFormAnswers(definition: ScanDefinition, fields: Iterable<[string, string]>): Parsed<Answers> {
  const errors: string[] = [];
  const answers: Answers = {};
  const itemsById = new Map(definition.items.map((item) => [item.id, item]));
  for (const [name, value] of fields) {
    const item = itemsById.get(name);
    if (!item) {
      errors.push(`Onbekende vraag "${name.slice(0, 60)}".`);
      continue;
    }
    if (!optionsOf(item).some((option) => option.value === value)) {
      errors.push(`"${value.slice(0, 60)}" is geen geldig antwoord op de vraag "${item.text}".`);
      continue;
    }
    if (item.type === 'meervoudig') {
      const list = (answers[item.id] as string[] | undefined) ?? [];
      if (!list.includes(value)) answers[item.id] = [...list, value];
    } else if (answers[item.id] !== undefined) {
      errors.push(`Bij de vraag "${item.text}" past maar één antwoord.`);
    } else answers[item.id] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: answers };
}

/** Keeps only answers that fit the current definition (used for stored answers, which may be from an older scan). */
export function keepValidAnswers(definition: ScanDefinition, answers: unknown): Answers {
  const kept: Answers = {};
  if (!answers || typeof answers !== 'object') return kept;
  for (const item of definition.items) {
    const answer = (answers as Record<string, unknown>)[item.id];
    const values = optionsOf(item).map((option) => option.value);
    if (item.type === 'meervoudig' && Array.isArray(answer)) {
      const valid = values.filter((value) => answer.includes(value));
      if (valid.length > 0) kept[item.id] = valid;
    } else if (item.type !== 'meervoudig' && typeof answer === 'string' && values.includes(answer)) kept[item.id] = answer;
  }
  return kept;
}

/* ---------------------------------------------------------------------------------------------------------
 * Share link: `#zelfscan=v1.<token>.<token>…&naam=<label>`, one token per item in scan order: empty when
 * unanswered, the option's position in base 36 for one answer, a base-36 bit mask for multiple choice.
 * It lives in the URL fragment, which browsers never send to a server.
 * ------------------------------------------------------------------------------------------------------- */

export const shareVersion = 'v1';
const maxNameLength = 60;

export function encodeShareFragment(definition: ScanDefinition, answers: Answers, name = ''): string {
  const tokens = definition.items.map((item) => {
    const answer = answers[item.id];
    if (!isAnswered(answer)) return '';
    const values = optionsOf(item).map((option) => option.value);
    if (item.type === 'meervoudig') {
      const mask = values.reduce((bits, value, index) => (answerIncludes(answer, value) ? bits + 2 ** index : bits), 0);
      return mask.toString(36);
    }
    const index = values.indexOf(answer as string);
    return index < 0 ? '' : index.toString(36);
  });
  const params = new URLSearchParams({ zelfscan: [shareVersion, ...tokens].join('.') });
  const label = name.trim().slice(0, maxNameLength);
  if (label) params.set('naam', label);
  return params.toString();
}

export interface SharedAnswers {
  answers: Answers;
  name: string;
}

/** Reads a share link or its fragment. Anything malformed is rejected with a Dutch message. */
export function decodeShareFragment(definition: ScanDefinition, linkOrFragment: string): Parsed<SharedAnswers> {
  const fail = (message: string): Parsed<SharedAnswers> => ({ ok: false, errors: [message] });
  const hashAt = linkOrFragment.indexOf('#');
  const fragment = (hashAt >= 0 ? linkOrFragment.slice(hashAt + 1) : linkOrFragment).trim();
  const params = new URLSearchParams(fragment);
  const payload = params.get('zelfscan');
  if (!payload) return fail('Deze link bevat geen antwoorden van een zelfscan.');
  const [version, ...tokens] = payload.split('.');
  if (version !== shareVersion) return fail(`Deze link komt uit een versie van de zelfscan die dit portaal niet kent ("${(version ?? '').slice(0, 10)}").`);
  if (tokens.length !== definition.items.length) {
    return fail(`Deze link past niet bij de zelfscan "${definition.title}": hij bevat ${tokens.length} antwoorden, de zelfscan heeft ${definition.items.length} vragen.`);
  }
  const answers: Answers = {};
  for (const [index, token] of tokens.entries()) {
    const item = definition.items[index]!;
    if (token === '') continue;
    if (!/^[0-9a-z]{1,8}$/.test(token)) return fail(`Het antwoord op vraag ${index + 1} in de link is ongeldig.`);
    const number = parseInt(token, 36);
    const values = optionsOf(item).map((option) => option.value);
    if (item.type === 'meervoudig') {
      if (number === 0 || number >= 2 ** values.length) return fail(`Het antwoord op vraag ${index + 1} in de link is ongeldig.`);
      answers[item.id] = values.filter((_, bit) => (number & (2 ** bit)) !== 0);
    } else {
      if (number >= values.length) return fail(`Het antwoord op vraag ${index + 1} in de link is ongeldig.`);
      answers[item.id] = values[number]!;
    }
  }
  return { ok: true, value: { answers, name: (params.get('naam') ?? '').slice(0, maxNameLength) } };
}

/* ---------------------------------------------------------------------------------------------------------
 * localStorage: a small versioned JSON record per scan; answers that no longer fit the scan are dropped.
 * ------------------------------------------------------------------------------------------------------- */

export const storageKey = (scanId: string) => `zelfscan:${scanId}`;

export interface StoredProgress {
  answers: Answers;
  step: number;
}

export function encodeStoredProgress(progress: StoredProgress): string {
  return JSON.stringify({ version: 1, answers: progress.answers, step: progress.step });
}

export function decodeStoredProgress(definition: ScanDefinition, stored: string | null): StoredProgress | null {
  if (!stored) return null;
  try {
    const record = JSON.parse(stored) as { version?: unknown; answers?: unknown; step?: unknown };
    if (record.version !== 1) return null;
    const step = typeof record.step === 'number' && Number.isInteger(record.step) && record.step >= 0 ? record.step : 0;
    return { answers: keepValidAnswers(definition, record.answers), step: Math.min(step, definition.dimensions.length) };
  } catch {
    return null;
  }
}

/* ---------------------------------------------------------------------------------------------------------
 * Export of a profile.
 * ------------------------------------------------------------------------------------------------------- */

/** CSV with semicolons, as Dutch spreadsheet programs expect (see `csv.ts`). */
export function profileToCsv(profile: Profile): string {
  const header = ['dimensie', 'score (%)', 'niveau', 'advies', 'beantwoord', 'niet beantwoord', 'niet van toepassing'];
  const rows = profile.dimensions.map((result) => [result.title, result.percentage, result.band?.label ?? '', result.band?.advice ?? '', result.answered, result.unanswered, result.hidden]);
  return toCsv(header, rows);
}

export function profileToJson(definition: ScanDefinition, profile: Profile, answers: Answers): string {
  return JSON.stringify(
    {
      zelfscan: definition.id,
      titel: definition.title,
      versie: shareVersion,
      dimensies: profile.dimensions.map((result) => ({
        id: result.id,
        titel: result.title,
        score: result.percentage,
        niveau: result.band?.label ?? null,
        advies: result.band?.advice ?? null,
        beantwoord: result.answered,
        nietBeantwoord: result.unanswered,
        nietVanToepassing: result.hidden,
      })),
      volgendeStappen: profile.nextSteps.map((step) => ({ dimensie: step.title, score: step.percentage, advies: step.advice })),
      advies: profile.recommendation,
      antwoorden: answers,
    },
    null,
    2,
  );
}
