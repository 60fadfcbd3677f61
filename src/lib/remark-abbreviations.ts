/**
 * Marks the first use of each known abbreviation on a page: `<a href="/begrippen/#id"><abbr title="…">OZJ</abbr></a>`.
 * The title gives sighted mouse users the expansion; because screen readers rarely announce `title`, the
 * link's accessible name carries the expansion too ("OZJ: Ondersteuningsteam Zorg voor de Jeugd, uitleg
 * in de begrippenlijst"), starting with the visible text so voice control still finds it (WCAG 2.5.3).
 *
 * Only running text is marked: headings (a link in a heading is surprising), existing links, code and
 * JSX are left alone. The nodes carry `data.hName` so the same mdast works for Markdown and MDX.
 */
import { abbreviationIndex, readGlossary, type GlossaryTerm } from './glossary';
import { sectionPaths } from './routes';

export interface MdastNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdastNode[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
}

const skippedTypes = new Set(['heading', 'link', 'linkReference', 'code', 'inlineCode', 'html', 'definition', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/**
 * What the abbreviation stands for: the term's name without a trailing "(OZJ)", or the first sentence of
 * the definition when the term is the abbreviation itself.
 */
export function expansionOf(term: GlossaryTerm, abbreviation: string): string {
  const name = term.term.replace(` (${abbreviation})`, '');
  if (name !== abbreviation) return name;
  return term.definition.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
}

function markedAbbreviation(abbreviation: string, term: GlossaryTerm): MdastNode {
  const expansion = expansionOf(term, abbreviation);
  return {
    type: 'link',
    url: `${sectionPaths.glossary}#${term.id}`,
    data: { hProperties: { className: ['abbreviation-link'], ariaLabel: `${abbreviation}: ${expansion}, uitleg in de begrippenlijst` } },
    children: [{ type: 'emphasis', data: { hName: 'abbr', hProperties: { title: expansion } }, children: [{ type: 'text', value: abbreviation }] }],
  };
}

/** Marks the first use of each abbreviation in the tree (mutates and returns it). */
export function markAbbreviations(tree: MdastNode, terms: GlossaryTerm[]): MdastNode {
  const index = abbreviationIndex(terms);
  if (index.size === 0) return tree;
  const names = [...index.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\d])(${names.join('|')})(?![\\p{L}\\d])`, 'gu');
  const seen = new Set<string>();

  const splitText = (value: string): MdastNode[] | undefined => {
    const parts: MdastNode[] = [];
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      const name = match[1];
      if (seen.has(name)) continue;
      seen.add(name);
      const start = match.index ?? 0;
      if (start > last) parts.push({ type: 'text', value: value.slice(last, start) });
      parts.push(markedAbbreviation(name, index.get(name)!));
      last = start + name.length;
    }
    if (parts.length === 0) return undefined;
    if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
    return parts;
  };

  const visit = (node: MdastNode) => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) => {
      if (skippedTypes.has(child.type)) return [child];
      if (child.type === 'text' && child.value) return splitText(child.value) ?? [child];
      visit(child);
      return [child];
    });
  };
  visit(tree);
  return tree;
}

/** The remark plugin; reads `content/glossary/*.yaml` (or `$CONTENT_DIR/glossary`) once per build. */
export function remarkAbbreviations(options: { terms?: GlossaryTerm[] } = {}) {
  const terms = options.terms ?? readGlossary();
  return (tree: MdastNode) => {
    markAbbreviations(tree, terms);
  };
}
