import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from './glossary';
import { expansionOf, markAbbreviations, remarkAbbreviations, type MdastNode } from './remark-abbreviations';

const terms: GlossaryTerm[] = [
  { id: 'ondersteuningsteam-zorg-voor-de-jeugd', term: 'Ondersteuningsteam Zorg voor de Jeugd', definition: 'Landelijk team.', abbreviation: 'OZJ' },
  { id: 'vng', term: 'Vereniging van Nederlandse Gemeenten', definition: 'De vereniging van gemeenten.', abbreviation: 'VNG' },
];

const text = (value: string): MdastNode => ({ type: 'text', value });
const paragraph = (...children: MdastNode[]): MdastNode => ({ type: 'paragraph', children });
const root = (...children: MdastNode[]): MdastNode => ({ type: 'root', children });

function abbrLinks(tree: MdastNode): MdastNode[] {
  const found: MdastNode[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'link' && node.children?.[0]?.data?.hName === 'abbr') found.push(node);
    node.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

describe('markAbbreviations', () => {
  it('marks only the first use of each abbreviation on a page, with an abbr title and a glossary link', () => {
    const tree = markAbbreviations(root(paragraph(text('Het OZJ werkt met de VNG.')), paragraph(text('Later weer het OZJ.'))), terms);
    const links = abbrLinks(tree);
    expect(links.map((link) => link.url)).toEqual(['/begrippen/#ondersteuningsteam-zorg-voor-de-jeugd', '/begrippen/#vng']);
    expect(links[0].children?.[0]).toMatchObject({ data: { hName: 'abbr', hProperties: { title: 'Ondersteuningsteam Zorg voor de Jeugd' } }, children: [{ type: 'text', value: 'OZJ' }] });
    expect(tree.children?.[0].children?.map((child) => child.type)).toEqual(['text', 'link', 'text', 'link', 'text']);
    expect(tree.children?.[1].children).toEqual([text('Later weer het OZJ.')]);
  });

  it('gives the link an accessible name that starts with the visible abbreviation and says where it leads', () => {
    const [link] = abbrLinks(markAbbreviations(root(paragraph(text('De VNG'))), terms));
    expect(link.data?.hProperties?.ariaLabel).toBe('VNG: Vereniging van Nederlandse Gemeenten, uitleg in de begrippenlijst');
  });

  it('leaves headings, links and code alone and marks the first use in running text instead', () => {
    const tree = root(
      { type: 'heading', children: [text('Rol van het OZJ')] },
      paragraph({ type: 'link', url: '/x/', children: [text('OZJ-site')] }, { type: 'inlineCode', value: 'OZJ' }),
      paragraph(text('Het OZJ.')),
    );
    const links = abbrLinks(markAbbreviations(tree, terms));
    expect(links).toHaveLength(1);
    expect(tree.children?.[0].children).toEqual([text('Rol van het OZJ')]);
    expect(tree.children?.[2].children?.[1]).toBe(links[0]);
  });

  it('does not mark an abbreviation inside a longer word', () => {
    expect(abbrLinks(markAbbreviations(root(paragraph(text('VNGX en xOZJ'))), terms))).toEqual([]);
  });
});

describe('expansionOf', () => {
  it('uses the term without the abbreviation in brackets', () => {
    expect(expansionOf({ id: 'ozj', term: 'Ondersteuningsteam Zorg voor de Jeugd (OZJ)', definition: 'Team.', abbreviation: 'OZJ' }, 'OZJ')).toBe('Ondersteuningsteam Zorg voor de Jeugd');
  });

  it('uses the first sentence of the definition when the term is the abbreviation itself', () => {
    expect(expansionOf({ id: 'gi', term: 'GI', definition: 'Gecertificeerde instelling. Voert maatregelen uit.' }, 'GI')).toBe('Gecertificeerde instelling');
  });
});

describe('remarkAbbreviations', () => {
  it('transforms the tree with the terms it is given', () => {
    const tree = root(paragraph(text('De VNG.')));
    remarkAbbreviations({ terms })(tree);
    expect(abbrLinks(tree)).toHaveLength(1);
  });
});
