import { describe, expect, it } from 'vitest';
import { countProseWords, findChapterProblems, sectionHeadings } from './handbook-rules';

const words = (count: number) => Array.from({ length: count }, () => 'woord').join(' ');
const closing = '## Wat kun je nu doen\n\n- Lees [Niet doen](/niet-doen/).\n- Kijk bij [oplossingen](/oplossingen/).\n- Doe een [zelfscan](/zelfscans/).\n';

describe('countProseWords', () => {
  it('counts running text but not frontmatter, imports, components, link targets or table rows', () => {
    const mdx = [
      '---\ntitle: "Vijf woorden in de titel"\n---',
      "import BarChart from '../../src/components/BarChart.astro';",
      'Dit zijn zes woorden [met link](/handboek/x/).',
      '<BarChart caption="Niet tellen" unit="mln" rows={[{ label: "A", value: 1 }]} />',
      '| Kolom | Andere kolom |\n| --- | --- |\n| 1 | 2 |',
    ].join('\n');
    expect(countProseWords(mdx)).toBe(6);
  });
});

describe('findChapterProblems', () => {
  it('accepts a chapter of the right length that ends with next steps linking into the portal', () => {
    expect(findChapterProblems(`## Inleiding\n\n${words(900)}\n\n${closing}`)).toEqual([]);
  });

  it('names a chapter that is too short or too long', () => {
    expect(findChapterProblems(`## Kort\n\n${words(100)}\n\n${closing}`)[0]).toMatch(/800 tot 1500 woorden.*heeft er 1\d\d\./);
    expect(findChapterProblems(`## Lang\n\n${words(1600)}\n\n${closing}`)[0]).toMatch(/heeft er 16\d\d\./);
  });

  it('requires "Wat kun je nu doen" as the last section, with at least three portal links', () => {
    expect(findChapterProblems(`${closing}\n## Daarna nog iets\n\n${words(900)}`)).toEqual(['Het laatste kopje moet "## Wat kun je nu doen" zijn.']);
    expect(findChapterProblems(`## Inleiding\n\n${words(900)}\n\n## Wat kun je nu doen\n\n- Lees [Niet doen](/niet-doen/).\n`)[0]).toMatch(/minstens drie/);
  });

  it('lists second-level headings in order', () => {
    expect(sectionHeadings('## Een\n\n### Sub\n\n## Twee\n')).toEqual(['Een', 'Twee']);
  });
});
