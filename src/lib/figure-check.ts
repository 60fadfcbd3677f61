/**
 * Checks that every figure on a page can be found in the source documents the page cites, so no figure
 * is invented or mistyped. Dutch number formats are normalised on both sides: "1.665" is 1665, "20,5%"
 * is 20.5, "€ 613 mln" and "613 miljoen" are both 613 (the unit is not compared), years are plain numbers.
 *
 * What is not a figure (exempt):
 * - numbers glued to a preceding letter ("B1", "H2"): codes, not quantities;
 * - numbers right after a structural label ("Fase 1", "Stap 3", "Hoofdstuk 2", "paragraaf 2.5",
 *   "Bijlage 1", "Lijn 2"): they number parts of a document or of the portal;
 * - ordered-list numbering, link targets and non-prose fields (`order`, dates, `sections`, ids): removed by
 *   `content-text.ts` before the check.
 *
 * Numbers with dots that are not thousands groups ("2.5", "2.1.8") are section numbers or versions: they
 * must appear literally in a cited document.
 *
 * A percentage or duration ("35%", "29 weken") must appear in a source with the same unit, so a mistyped
 * percentage is not excused by the same number elsewhere (a footnote "36", a year). Amounts ("613 miljoen")
 * may also match a bare number, because the seeds' tables give amounts without a unit ("x € 1 mln" in the
 * header); a bare number may match any number in the source.
 */

export interface Figure {
  /** The number as written, e.g. "1.665" or "20,5". */
  raw: string;
  /** Its numeric value, or undefined for section-like numbers ("2.1.8") that are compared literally. */
  value: number | undefined;
  /** The unit written right after it, normalised ("procent", "miljoen", "weken"), if any. */
  unit?: string;
}

/** Units that give a number its meaning, with the Dutch spellings that mean the same. */
const unitSpellings: [string, RegExp][] = [
  ['procent', /^\s*(%|procent\b)/u],
  ['miljoen', /^\s*(mln\b|miljoen\b)/u],
  ['miljard', /^\s*(mld\b|miljard\b)/u],
  ['weken', /^\s*(weken\b|week\b)/u],
  ['dagen', /^\s*(dagen\b|dag\b)/u],
  ['maanden', /^\s*(maanden\b|maand\b)/u],
];

/** Units of money amounts, which tables in the seeds leave out of their cells. */
const amountUnits = new Set(['miljoen', 'miljard']);

function unitAfter(text: string): string | undefined {
  return unitSpellings.find(([, pattern]) => pattern.test(text))?.[0];
}

const structuralLabels = /(?:^|[^\p{L}])(fase|fasen|stap|stappen|hoofdstuk|paragraaf|paragrafen|bijlage|lijn|niveau|intensiteit)\s+$/iu;

/** Number words the seeds use where the portal may write digits. */
const numberWords: Record<string, number> = {
  één: 1, eerste: 1, twee: 2, tweede: 2, tweetal: 2, drie: 3, derde: 3, drietal: 3, vier: 4, vierde: 4, viertal: 4,
  vijf: 5, vijfde: 5, zes: 6, zesde: 6, zeven: 7, zevende: 7, acht: 8, achtste: 8, negen: 9, negende: 9, tien: 10,
  tiende: 10, elf: 11, twaalf: 12, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100,
};

const numberPattern = /\d+(?:[.,]\d+)*/g;

/** The numeric value of a Dutch-formatted number, or undefined when it is a section-like number. */
export function numericValue(raw: string): number | undefined {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:,\d+)?$/.test(raw)) return Number(raw.replace(',', '.'));
  return undefined;
}

/** The figures a reader sees in a piece of prose, without codes and structural labels. */
export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const start = match.index ?? 0;
    const before = text.slice(Math.max(0, start - 30), start);
    if (/\p{L}$/u.test(before)) continue;
    if (structuralLabels.test(before)) continue;
    const unit = unitAfter(text.slice(start + match[0].length, start + match[0].length + 12));
    figures.push({ raw: match[0], value: numericValue(match[0]), ...(unit ? { unit } : {}) });
  }
  return figures;
}

/** What a source document offers to match against: its numeric values and its literal text. */
export interface SourceFigures {
  /** Every number in the source, bare. */
  values: Set<number>;
  /** Numbers with their unit, as "procent:35". */
  valuesWithUnit: Set<string>;
  text: string;
}

export function sourceFigures(text: string): SourceFigures {
  const values = new Set<number>();
  const valuesWithUnit = new Set<string>();
  const add = (value: number | undefined, rest: string) => {
    if (value === undefined) return;
    values.add(value);
    const unit = unitAfter(rest);
    if (unit) valuesWithUnit.add(`${unit}:${value}`);
  };
  for (const match of text.matchAll(numberPattern)) {
    const end = (match.index ?? 0) + match[0].length;
    add(numericValue(match[0]), text.slice(end, end + 12));
  }
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const end = (match.index ?? 0) + match[0].length;
    add(numberWords[match[0]], text.slice(end, end + 12));
  }
  return { values, valuesWithUnit, text };
}

/**
 * Whether a source contains the figure: by value, or literally as written (the extracted seeds glue
 * footnote numbers to figures, e.g. "20187" for 2018 with footnote 7, so a literal match at the start
 * of a digit run counts too).
 */
export function sourceContains(source: SourceFigures, figure: Figure): boolean {
  if (figure.unit && !amountUnits.has(figure.unit)) return figure.value !== undefined && source.valuesWithUnit.has(`${figure.unit}:${figure.value}`);
  if (figure.value !== undefined && source.values.has(figure.value)) return true;
  let from = source.text.indexOf(figure.raw);
  while (from !== -1) {
    if (from === 0 || !/\d/.test(source.text[from - 1])) return true;
    from = source.text.indexOf(figure.raw, from + 1);
  }
  return false;
}

/** The figures in `prose` that none of the cited sources contains. */
export function findUnsourcedFigures(prose: string, sources: SourceFigures[]): Figure[] {
  return extractFigures(prose).filter((figure) => !sources.some((source) => sourceContains(source, figure)));
}
