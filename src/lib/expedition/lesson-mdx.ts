/**
 * Turns an approved shared lesson into an MDX file for `content/lessons/`, in the same shape as the seeded
 * lessons, so a maintainer can move it into the repository. Shared lessons cite no source document, so the
 * export names the portal's own source slot to fill in and says so in a comment; the build then checks it.
 */
import type { SharedLesson } from './shared-lessons';

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** A file name (without extension) from the title: lower case, ASCII letters, digits and dashes. */
export function lessonSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'gedeelde-les';
}

/** A one-sentence description of at most 160 characters, from what others can learn. */
function describe(lesson: SharedLesson): string {
  const text = lesson.learned.replace(/\s+/g, ' ').trim();
  if (text.length <= 160) return text.length >= 20 ? text : `${lesson.title}: ${text}`.slice(0, 160);
  return `${text.slice(0, 157).replace(/\s+\S*$/, '')}...`;
}

/** Escapes what MDX would read as JSX or expressions in plain prose. */
function prose(text: string): string {
  return text.replace(/[{}<>]/g, (character) => `\\${character}`);
}

export function lessonToMdx(lesson: SharedLesson, today = new Date()): string {
  const date = (lesson.reviewedAt ?? lesson.createdAt).toISOString().slice(0, 10);
  const lines = [
    '---',
    `title: ${yamlString(lesson.title)}`,
    `description: ${yamlString(describe(lesson))}`,
    `updated: ${today.toISOString().slice(0, 10)}`,
    `region: ${lesson.regionId}`,
    `date: ${date}`,
    ...(lesson.period ? [`period: ${yamlString(lesson.period)}`] : []),
    `themes: [${lesson.themes.join(', ')}]`,
    'solutions: []',
    'chapters: []',
    '# Gedeeld door de regio via "Deel een les" en goedgekeurd door een moderator.',
    '# Vul de bron in waarop de les steunt; zonder bron bouwt de site niet.',
    'sources: []',
    '---',
    '',
    '## Wat is geprobeerd?',
    '',
    prose(lesson.tried),
    '',
    '## Wat gebeurde er?',
    '',
    prose(lesson.happened),
    '',
    '## Wat kun je ervan leren?',
    '',
    prose(lesson.learned),
    '',
  ];
  return lines.join('\n');
}
