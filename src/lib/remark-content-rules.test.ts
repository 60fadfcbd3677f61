import { describe, expect, it } from 'vitest';
import { checkContentRules, remarkContentRules, type MarkdownNode } from './remark-content-rules';

const at = (line: number) => ({ start: { line } });
const heading = (depth: number, line: number, text = 'Kop') => ({ type: 'heading', depth, position: at(line), children: [{ type: 'text', value: text }] });
const root = (...children: MarkdownNode[]): MarkdownNode => ({ type: 'root', children });

describe('checkContentRules', () => {
  it('accepts a body that starts at h2 and steps down one level at a time', () => {
    expect(checkContentRules(root(heading(2, 1), heading(3, 3), heading(2, 5), heading(3, 7)))).toEqual([]);
  });

  it('rejects an h1 in the body because the page title is the h1', () => {
    expect(checkContentRules(root(heading(1, 4)))).toEqual([
      { line: 4, message: 'Gebruik geen kop van niveau 1 (#) in de tekst: de titel van de pagina is de enige h1.' },
    ]);
  });

  it('rejects a skipped heading level', () => {
    expect(checkContentRules(root(heading(2, 1), heading(4, 9)))).toEqual([{ line: 9, message: 'Kopniveau springt van h2 naar h4: sla geen niveau over.' }]);
  });

  it('rejects an image without alternative text and a vague link text', () => {
    const tree = root({
      type: 'paragraph',
      children: [
        { type: 'image', alt: '', position: at(2) },
        { type: 'link', position: at(3), children: [{ type: 'text', value: 'Klik hier' }] },
      ],
    });
    expect(checkContentRules(tree).map((violation) => violation.line)).toEqual([2, 3]);
  });
});

describe('remarkContentRules', () => {
  it('fails with the file path and line when a rule is broken', () => {
    const transform = remarkContentRules();
    expect(() => transform(root(heading(1, 12)), { path: 'content/handbook/x.mdx' })).toThrow('content/handbook/x.mdx:12');
  });
});
