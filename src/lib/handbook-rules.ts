/**
 * Editorial rules for handbook chapters that the content model cannot express: a chapter is long enough to
 * stand on its own but short enough to read in one go, and it always ends with concrete next steps.
 */

export const closingHeading = 'Wat kun je nu doen';
export const wordRange = { min: 800, max: 1500 } as const;

/**
 * Words a reader reads as running text: frontmatter, MDX imports, JSX components, link targets and table rows
 * do not count (tables repeat facts the prose already frames).
 */
export function countProseWords(mdx: string): number {
  const body = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][\s\S]*?\/>/g, '')
    .replace(/^\|.*\|$/gm, '')
    .replace(/\]\([^)]*\)/g, ']');
  return body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The `##` headings of a chapter body, in order. */
export function sectionHeadings(mdx: string): string[] {
  return [...mdx.matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());
}

/** What is wrong with one chapter, in Dutch, for the editor who has to fix it. */
export function findChapterProblems(mdx: string): string[] {
  const problems: string[] = [];
  const words = countProseWords(mdx);
  if (words < wordRange.min || words > wordRange.max) {
    problems.push(`Een hoofdstuk telt ${wordRange.min} tot ${wordRange.max} woorden lopende tekst; dit heeft er ${words}.`);
  }
  const headings = sectionHeadings(mdx);
  if (headings.at(-1) !== closingHeading) {
    problems.push(`Het laatste kopje moet "## ${closingHeading}" zijn.`);
  } else {
    const closing = mdx.slice(mdx.lastIndexOf(`## ${closingHeading}`));
    const links = closing.match(/\]\(\/[^)]*\)/g) ?? [];
    if (links.length < 3) problems.push(`"${closingHeading}" verwijst naar minstens drie pagina's op het portaal; nu ${links.length}.`);
  }
  return problems;
}
