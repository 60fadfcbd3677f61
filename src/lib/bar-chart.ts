/**
 * Layout of a horizontal bar chart, as plain numbers, so the component only draws what this module decides.
 * Each row gets its label on a line of its own above the bar: long Dutch labels then never collide with the
 * bars, whatever the screen width (the SVG scales as a whole).
 */

export interface BarChartRow {
  label: string;
  value: number;
}

export interface BarLayout {
  label: string;
  value: number;
  /** The value as a reader sees it, in Dutch notation ("107,5"). */
  valueText: string;
  labelY: number;
  barY: number;
  barWidth: number;
  /** Where the value text starts: just right of the bar end. */
  valueX: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  barHeight: number;
  bars: BarLayout[];
}

/** Drawing units of the SVG viewBox; the SVG scales to its container, so these are proportions. */
const width = 640;
const barHeight = 22;
const labelHeight = 20;
const rowGap = 14;
const valueSpace = 110;
const minBar = 2;

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A number in Dutch notation: decimal comma, no grouping surprises across machines. */
export function formatDutchNumber(value: number): string {
  return numberFormat.format(value);
}

export function layoutBarChart(rows: BarChartRow[]): BarChartLayout {
  if (rows.length === 0) throw new Error('Een staafdiagram heeft minstens één rij nodig.');
  for (const row of rows) {
    if (!Number.isFinite(row.value) || row.value < 0) {
      throw new Error(`Waarde van "${row.label}" moet een getal van 0 of meer zijn.`);
    }
  }
  const max = Math.max(...rows.map((row) => row.value));
  const plotWidth = width - valueSpace;
  const rowHeight = labelHeight + barHeight + rowGap;
  const bars = rows.map((row, index) => {
    const top = index * rowHeight;
    // A zero value still gets a sliver, so the row visibly belongs to the chart.
    const barWidth = max === 0 ? minBar : Math.max(minBar, (row.value / max) * plotWidth);
    return {
      label: row.label,
      value: row.value,
      valueText: formatDutchNumber(row.value),
      labelY: top + labelHeight - 6,
      barY: top + labelHeight,
      barWidth: round(barWidth),
      valueX: round(barWidth + 8),
    };
  });
  return { width, height: rows.length * rowHeight - rowGap, barHeight, bars };
}

/** An id-safe slug, used to tie an SVG's title and desc to it. */
export function chartId(caption: string): string {
  const slug = caption
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48)
    .replace(/-$/, '');
  return `grafiek-${slug || 'zonder-titel'}`;
}

/** One sentence that says in words what the bars show, for the SVG's <desc>. */
export function describeRows(rows: BarChartRow[], unit: string): string {
  return rows.map((row) => `${row.label}: ${formatDutchNumber(row.value)} ${unit}`).join('; ') + '.';
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
