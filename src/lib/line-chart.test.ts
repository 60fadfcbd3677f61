import { describe, expect, it } from 'vitest';
import { describeLines, layoutLineChart, markerPath, markerShapes } from './line-chart';

describe('layoutLineChart', () => {
  const periods = ['2026-09', '2026-10', '2026-11'];

  it('spreads the periods from edge to edge and puts higher scores higher', () => {
    const { lines, plot, xTicks } = layoutLineChart(periods, [{ label: 'Steun', values: [0, 50, 100] }]);
    expect(xTicks.map((tick) => tick.x)).toEqual([plot.left, (plot.left + plot.right) / 2, plot.right]);
    const [low, middle, high] = lines[0]!.points;
    expect(low!.y).toBe(plot.bottom);
    expect(high!.y).toBe(plot.top);
    expect(middle!.y).toBe((plot.top + plot.bottom) / 2);
    expect(lines[0]!.paths).toHaveLength(1);
  });

  it('labels at most six periods on the axis, so month names never overlap', () => {
    const months = Array.from({ length: 12 }, (_, index) => `m${index + 1}`);
    const { xTicks } = layoutLineChart(months, [{ label: 'Steun', values: months.map(() => 50) }]);
    expect(xTicks.map((tick) => tick.label)).toEqual(['m1', 'm3', 'm5', 'm7', 'm9', 'm11']);
  });

  it('breaks a line at a hidden period instead of drawing across it', () => {
    const { lines } = layoutLineChart(['a', 'b', 'c', 'd', 'e'], [{ label: 'Wonen', values: [40, 50, null, 60, 70] }]);
    expect(lines[0]!.paths).toHaveLength(2);
    expect(lines[0]!.points.map((point) => point.period)).toEqual(['a', 'b', 'd', 'e']);
  });

  it('gives every line its own marker shape and dash pattern, so colour is not needed to tell them apart', () => {
    const series = markerShapes.map((_, index) => ({ label: `L${index}`, values: [index * 10] }));
    const { lines } = layoutLineChart(['2026'], series);
    expect(new Set(lines.map((line) => line.marker)).size).toBe(series.length);
    expect(new Set(lines.map((line) => line.dash)).size).toBe(series.length);
    for (const line of lines) expect(markerPath(line.marker, 10, 10)).toMatch(/^M/);
  });

  it('refuses values that do not match the periods, and more lines than it has markers', () => {
    expect(() => layoutLineChart(periods, [{ label: 'Kort', values: [1] }])).toThrow(/Kort/);
    expect(() => layoutLineChart(['x'], Array.from({ length: 6 }, (_, index) => ({ label: String(index), values: [1] })))).toThrow();
  });

  it('describes every line period by period, hidden values in words', () => {
    expect(describeLines(['2025', '2026'], [{ label: 'Steun', values: [55.5, null] }], 'punten')).toBe('Steun: 2025 55,5 punten, 2026 verborgen.');
  });
});
