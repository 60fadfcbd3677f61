/**
 * Content rules for Markdown and MDX, enforced at build time so every page stays accessible:
 * - the page title is the only h1, so the body starts at h2;
 * - heading levels do not skip (screen-reader users navigate by heading level);
 * - images have alternative text;
 * - link texts say where they lead ("klik hier" fails WCAG 2.4.4 in a list of links).
 */
export interface MarkdownNode {
  type: string;
  depth?: number;
  alt?: string | null;
  value?: string;
  children?: MarkdownNode[];
  position?: { start: { line: number } };
}

interface SourceFile {
  path?: string;
}

export interface ContentRuleViolation {
  line: number | undefined;
  message: string;
}

const vagueLinkTexts = new Set(['hier', 'klik hier', 'lees meer', 'meer', 'link', 'deze link']);

function textOf(node: MarkdownNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

export function checkContentRules(tree: MarkdownNode): ContentRuleViolation[] {
  const violations: ContentRuleViolation[] = [];
  let previousDepth = 1;
  const visit = (node: MarkdownNode) => {
    const line = node.position?.start.line;
    if (node.type === 'heading' && node.depth !== undefined) {
      if (node.depth === 1) {
        violations.push({ line, message: 'Gebruik geen kop van niveau 1 (#) in de tekst: de titel van de pagina is de enige h1.' });
      } else if (node.depth > previousDepth + 1) {
        violations.push({ line, message: `Kopniveau springt van h${previousDepth} naar h${node.depth}: sla geen niveau over.` });
      }
      previousDepth = node.depth;
    }
    if (node.type === 'image' && !(node.alt && node.alt.trim())) {
      violations.push({ line, message: 'Afbeelding zonder alternatieve tekst.' });
    }
    if (node.type === 'link' && vagueLinkTexts.has(textOf(node).trim().toLowerCase())) {
      violations.push({ line, message: `Linktekst "${textOf(node).trim()}" zegt niet waar de link heen gaat.` });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return violations;
}

/** The remark plugin: fails the build with the file and line of every violation. */
export function remarkContentRules() {
  return (tree: MarkdownNode, file: SourceFile) => {
    const violations = checkContentRules(tree);
    if (violations.length > 0) {
      const where = file.path ?? 'onbekend bestand';
      const lines = violations.map((violation) => `- ${where}:${violation.line ?? '?'}: ${violation.message}`);
      throw new Error(`Inhoudsregels geschonden:\n${lines.join('\n')}`);
    }
  };
}
