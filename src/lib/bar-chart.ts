/**
 * Layout of horizontal bar charts, as plain numbers, so the components only draw what this module decides.
 * Each row gets its label on a line of its own above its bars: long Dutch labels then never collide with the
 * bars, whatever the screen width (the SVG scales as a whole). A row can hold bars of several series (the
 * region next to the national figure); a missing value (a hidden, suppressed number) gets no bar and the
 * word "verborgen" instead.
 */

export interface BarChartRow {
  label: string;
  value: number;
}

export interface GroupedBarChartRow {
  label: string;
  /** One value per series; null when the number is hidden. */
  values: (number | null)[];
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

export interface GroupedBar {
  series: number;
  value: number | null;
  /** "62" or "verborgen". */
  valueText: string;
  barY: number;
  /** 0 for a hidden value: nothing is drawn. */
  barWidth: number;
  valueX: number;
}

export interface GroupedBarChartLayout {
  width: number;
  height: number;
  barHeight: number;
  rows: { label: string; labelY: number; bars: GroupedBar[] }[];
}

/** Drawing units of the SVG viewBox; the SVG scales to its container, so these are proportions. */
const width = 640;
const barHeight = 22;
const barGap = 4;
const labelHeight = 20;
const rowGap = 14;
const valueSpace = 110;
const minBar = 2;

export const hiddenValueText = 'verborgen';

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A number in Dutch notation: decimal comma, no grouping surprises across machines. */
export function formatDutchNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * Bars for every row and series. `max` fixes the scale (100 for scores and percentages, so two charts can be
 * compared by eye); without it the largest value fills the plot.
 */
export function layoutGroupedBarChart(rows: GroupedBarChartRow[], options: { max?: number; valueSpace?: number } = {}): GroupedBarChartLayout {
  if (rows.length === 0) throw new Error('Een staafdiagram heeft minstens één rij nodig.');
  const seriesCount = rows[0]!.values.length;
  for (const row of rows) {
    if (row.values.length !== seriesCount) throw new Error(`Rij "${row.label}" heeft ${row.values.length} waarden, verwacht ${seriesCount}.`);
    for (const value of row.values) {
      if (value !== null && (!Number.isFinite(value) || value < 0)) throw new Error(`Waarde van "${row.label}" moet een getal van 0 of meer zijn.`);
    }
  }
  const max = options.max ?? Math.max(0, ...rows.flatMap((row) => row.values.filter((value): value is number => value !== null)));
  const plotWidth = width - (options.valueSpace ?? valueSpace);
  const barsHeight = seriesCount * barHeight + (seriesCount - 1) * barGap;
  const rowHeight = labelHeight + barsHeight + rowGap;
  const laidOut = rows.map((row, index) => {
    const top = index * rowHeight;
    return {
      label: row.label,
      labelY: top + labelHeight - 6,
      bars: row.values.map((value, series): GroupedBar => {
        const barY = top + labelHeight + series * (barHeight + barGap);
        if (value === null) return { series, value, valueText: hiddenValueText, barY, barWidth: 0, valueX: 0 };
        // A zero value still gets a sliver, so the row visibly belongs to the chart.
        const barWidth = max === 0 ? minBar : Math.max(minBar, (Math.min(value, max) / max) * plotWidth);
        return { series, value, valueText: formatDutchNumber(value), barY, barWidth: round(barWidth), valueX: round(barWidth + 8) };
      }),
    };
  });
  return { width, height: rows.length * rowHeight - rowGap, barHeight, rows: laidOut };
}

/** A chart with one series: one bar per row. */
export function layoutBarChart(rows: BarChartRow[]): BarChartLayout {
  const layout = layoutGroupedBarChart(rows.map((row) => ({ label: row.label, values: [row.value] })));
  return {
    width: layout.width,
    height: layout.height,
    barHeight: layout.barHeight,
    bars: layout.rows.map((row) => {
      const bar = row.bars[0]!;
      return { label: row.label, value: bar.value!, valueText: bar.valueText, labelY: row.labelY, barY: bar.barY, barWidth: bar.barWidth, valueX: bar.valueX };
    }),
  };
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

const valueInWords = (value: number | null, unit: string) => (value === null ? hiddenValueText : `${formatDutchNumber(value)} ${unit}`);

/**
 * One sentence that says in words what the bars show, for the SVG's <desc>. With more than one series each
 * value is named after its series.
 */
export function describeGroupedRows(rows: GroupedBarChartRow[], series: string[], unit: string): string {
  return (
    rows
      .map((row) =>
        series.length === 1
          ? `${row.label}: ${valueInWords(row.values[0]!, unit)}`
          : `${row.label}: ${row.values.map((value, index) => `${series[index]} ${valueInWords(value, unit)}`).join(', ')}`,
      )
      .join('; ') + '.'
  );
}

export function describeRows(rows: BarChartRow[], unit: string): string {
  return describeGroupedRows(rows.map((row) => ({ label: row.label, values: [row.value] })), ['waarde'], unit);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
