/**
 * Layout of a line chart over periods (the change of the Big 5 scores month by month or year by year), as
 * plain numbers for the component to draw. Lines differ in colour, dash pattern and marker shape, so they
 * can be told apart without colour. A missing value (a hidden period) breaks the line instead of bridging it.
 */
import { formatDutchNumber } from './bar-chart';

export interface LineChartSeries {
  label: string;
  /** One value per period; null when hidden. */
  values: (number | null)[];
}

export const markerShapes = ['cirkel', 'vierkant', 'driehoek', 'ruit', 'kruis'] as const;
export type MarkerShape = (typeof markerShapes)[number];
export const dashPatterns = ['', '8 4', '2 4', '10 4 2 4', '4 4'] as const;

export interface LinePoint {
  x: number;
  y: number;
  value: number;
  period: string;
}

export interface LineLayout {
  label: string;
  index: number;
  marker: MarkerShape;
  dash: string;
  /** SVG path data, one per unbroken run of shown values. */
  paths: string[];
  points: LinePoint[];
}

export interface LineChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  lines: LineLayout[];
}

const width = 640;
const height = 300;
const plot = { left: 44, top: 12, right: 590, bottom: 264 };
/** At most this many period labels on the x axis; with more periods every second (third, …) is labelled. */
const maxTicks = 6;

export function layoutLineChart(periods: string[], series: LineChartSeries[], scale: { min: number; max: number } = { min: 0, max: 100 }): LineChartLayout {
  if (periods.length === 0) throw new Error('Een lijngrafiek heeft minstens één periode nodig.');
  if (series.length > markerShapes.length) throw new Error(`Een lijngrafiek toont hoogstens ${markerShapes.length} lijnen.`);
  for (const line of series) {
    if (line.values.length !== periods.length) throw new Error(`Lijn "${line.label}" heeft ${line.values.length} waarden voor ${periods.length} periodes.`);
  }
  const span = plot.right - plot.left;
  // One period sits in the middle; more are spread from edge to edge.
  const xOf = (index: number) => round(periods.length === 1 ? plot.left + span / 2 : plot.left + (index / (periods.length - 1)) * span);
  const yOf = (value: number) => round(plot.bottom - ((Math.min(Math.max(value, scale.min), scale.max) - scale.min) / (scale.max - scale.min)) * (plot.bottom - plot.top));
  const step = (scale.max - scale.min) / 4;
  return {
    width,
    height,
    plot,
    xTicks: periods
      .map((period, index) => ({ x: xOf(index), label: period, index }))
      .filter(({ index }) => index % Math.ceil(periods.length / maxTicks) === 0)
      .map(({ x, label }) => ({ x, label })),
    yTicks: [0, 1, 2, 3, 4].map((tick) => ({ y: yOf(scale.min + tick * step), label: formatDutchNumber(scale.min + tick * step) })),
    lines: series.map((line, index) => {
      const points: LinePoint[] = [];
      const paths: string[] = [];
      let run: string[] = [];
      line.values.forEach((value, periodIndex) => {
        if (value === null) {
          if (run.length > 1) paths.push(run.join(' '));
          run = [];
          return;
        }
        const point = { x: xOf(periodIndex), y: yOf(value), value, period: periods[periodIndex]! };
        points.push(point);
        run.push(`${run.length === 0 ? 'M' : 'L'}${point.x} ${point.y}`);
      });
      if (run.length > 1) paths.push(run.join(' '));
      return { label: line.label, index, marker: markerShapes[index]!, dash: dashPatterns[index]!, paths, points };
    }),
  };
}

/** SVG path data of a marker shape centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, size = 5): string {
  switch (shape) {
    case 'cirkel':
      return `M${x - size} ${y} a${size} ${size} 0 1 0 ${size * 2} 0 a${size} ${size} 0 1 0 ${-size * 2} 0`;
    case 'vierkant':
      return `M${x - size} ${y - size} h${size * 2} v${size * 2} h${-size * 2} Z`;
    case 'driehoek':
      return `M${x} ${y - size - 1} L${x + size + 1} ${y + size} L${x - size - 1} ${y + size} Z`;
    case 'ruit':
      return `M${x} ${y - size - 1} L${x + size + 1} ${y} L${x} ${y + size + 1} L${x - size - 1} ${y} Z`;
    case 'kruis':
      return `M${x - size} ${y - size} L${x + size} ${y + size} M${x + size} ${y - size} L${x - size} ${y + size}`;
  }
}

/** Every line in words, period by period, for the SVG's <desc>. */
export function describeLines(periods: string[], series: LineChartSeries[], unit: string): string {
  return (
    series
      .map((line) => `${line.label}: ${line.values.map((value, index) => `${periods[index]} ${value === null ? 'verborgen' : `${formatDutchNumber(value)} ${unit}`}`).join(', ')}`)
      .join('; ') + '.'
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
