/**
 * Glossary logic shared by the begrippen page, the abbreviation remark plugin and the content tests:
 * what counts as an abbreviation, which abbreviations a term stands for, and where a term is used.
 *
 * An abbreviation is a word with two or more capitals ("VNG", "GGK", "NJi", "tOLCC", "StUF") or a short
 * mixed form with a capital after a lower-case start ("iJw"). Words with a run of three or more lower-case
 * letters are compound names, not abbreviations ("JavaScript", "JeugdzorgPlus"). Roman numerals ("II",
 * "IV") are numbers. A hyphenated form counts as one abbreviation when it is one without its hyphens
 * ("I-SD", "GGD-GHOR"); otherwise its parts are judged one by one ("OZJ-team", "iJw-berichtenverkeer").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export interface GlossaryTerm {
  /** The entry id, which is also the anchor on /begrippen/. */
  id: string;
  term: string;
  definition: string;
  /** The abbreviation the term is known by, e.g. "OZJ". */
  abbreviation?: string;
  /** Other spellings of the abbreviation, e.g. "Nji" beside "NJi"; each is marked and matched like it. */
  aliases?: string[];
}

/**
 * Words written in capitals for emphasis or taken from outside the domain, so not glossary material:
 * "HOE" and "WAT" (the progress report's "het HOE is belangrijker dan het WAT"), the terms of the
 * portal's own accessibility and privacy statements (WCAG, AA, IP) and its download format (CSV), which no
 * source document explains.
 */
export const notGlossaryAbbreviations = new Set(['HOE', 'WAT', 'WCAG', 'AA', 'IP', 'CSV']);

export function isAbbreviation(word: string): boolean {
  if (!/^\p{L}+$/u.test(word) || /\p{Ll}{3,}/u.test(word) || /^[IVX]+$/.test(word)) return false;
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2 || (capitals === 1 && /^\p{Ll}/u.test(word));
}

/** The abbreviations used in a text, each once, in order of first use. */
export function abbreviationsIn(text: string): string[] {
  const words = (text.match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).flatMap((word) =>
    word.includes('-') && isAbbreviation(word.replace(/-/g, '')) ? [word] : word.split('-').filter(isAbbreviation),
  );
  return [...new Set(words)];
}

/**
 * The abbreviations in a text that the glossary does not explain. A hyphenated form the glossary lacks is
 * explained when each of its abbreviation parts is ("ZBT-E": the ZBT for assignment E).
 */
export function unexplainedAbbreviations(text: string, index: Map<string, GlossaryTerm>, exempt: ReadonlySet<string> = notGlossaryAbbreviations): string[] {
  const explained = (name: string) => index.has(name) || exempt.has(name);
  return abbreviationsIn(text).filter(
    (name) => !explained(name) && !(name.includes('-') && name.split('-').every((part) => !isAbbreviation(part) || explained(part))),
  );
}

/** The abbreviations a glossary term explains: its abbreviation, its aliases and the term if it is one. */
export function abbreviationsOf(term: GlossaryTerm): string[] {
  const names = [term.abbreviation, ...(term.aliases ?? []), isAbbreviation(term.term) ? term.term : undefined];
  return [...new Set(names.filter((name): name is string => !!name))];
}

/** Every abbreviation the glossary explains, mapped to its term. */
export function abbreviationIndex(terms: GlossaryTerm[]): Map<string, GlossaryTerm> {
  const index = new Map<string, GlossaryTerm>();
  for (const term of terms) for (const abbreviation of abbreviationsOf(term)) index.set(abbreviation, term);
  return index;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether a text uses a term: abbreviations match case-sensitively as whole words ("GI" is not "gi"),
 * names case-insensitively as whole words, so "Leerexpeditie" matches "leerexpeditie" but not
 * "leerexpeditieregio's".
 */
export function usesTerm(text: string, term: GlossaryTerm): boolean {
  const names = [term.term, term.abbreviation, ...(term.aliases ?? [])].filter((name): name is string => !!name);
  return names.some((name) => {
    const flags = isAbbreviation(name) ? 'u' : 'iu';
    return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, flags).test(text);
  });
}

export interface PageText {
  title: string;
  url: string;
  text: string;
}

/** The pages that use a term, sorted by title; the glossary page itself is never among them. */
export function pagesUsingTerm<Page extends PageText>(term: GlossaryTerm, pages: Page[]): Page[] {
  return pages.filter((page) => usesTerm(page.text, term)).sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

/** Where content lives; tests point this at fixtures (the same variable as `src/content.config.ts`). */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? './content';
}

/** Reads the glossary YAML files directly, for build-time plugins that run outside the content layer. */
export function readGlossary(dir = join(contentDir(), 'glossary')): GlossaryTerm[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const data = yaml.load(readFileSync(join(dir, name), 'utf8')) as Omit<GlossaryTerm, 'id'>;
      return { id: name.replace(/\.ya?ml$/, ''), term: data.term, definition: data.definition, abbreviation: data.abbreviation, aliases: data.aliases ?? [] };
    });
}
