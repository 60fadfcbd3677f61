import { describe, expect, it } from 'vitest';
import { chartId, describeGroupedRows, describeRows, formatDutchNumber, layoutBarChart, layoutGroupedBarChart } from './bar-chart';

describe('layoutBarChart', () => {
  const rows = [
    { label: 'Acute problematiek', value: 130 },
    { label: 'Aanpak wachtlijstproblematiek', value: 483 },
  ];

  it('gives the largest value the full plot width and scales the others to it', () => {
    const { bars, width } = layoutBarChart(rows);
    expect(bars[1].barWidth).toBe(width - 110);
    expect(bars[0].barWidth).toBeCloseTo((130 / 483) * (width - 110), 0);
  });

  it('stacks rows top to bottom without overlap, label above bar', () => {
    const { bars, barHeight, height } = layoutBarChart(rows);
    expect(bars[0].labelY).toBeLessThan(bars[0].barY);
    expect(bars[0].barY + barHeight).toBeLessThan(bars[1].labelY);
    expect(bars[1].barY + barHeight).toBeLessThanOrEqual(height);
  });

  it('places each value just after its bar', () => {
    const { bars } = layoutBarChart(rows);
    for (const bar of bars) expect(bar.valueX).toBeGreaterThan(bar.barWidth);
  });

  it('keeps a visible sliver for a zero value and refuses negative or missing values', () => {
    expect(layoutBarChart([{ label: 'Niets', value: 0 }]).bars[0].barWidth).toBeGreaterThan(0);
    expect(() => layoutBarChart([{ label: 'Min', value: -1 }])).toThrow(/Min/);
    expect(() => layoutBarChart([{ label: 'Geen', value: Number.NaN }])).toThrow(/Geen/);
    expect(() => layoutBarChart([])).toThrow();
  });
});

describe('text for readers', () => {
  it('writes numbers the Dutch way', () => {
    expect(formatDutchNumber(107.5)).toBe('107,5');
    expect(formatDutchNumber(613)).toBe('613');
  });

  it('describes every row in words, with its unit', () => {
    expect(describeRows([{ label: 'A', value: 50 }, { label: 'B', value: 10.5 }], 'mln euro')).toBe('A: 50 mln euro; B: 10,5 mln euro.');
  });

  it('makes an id from the caption that is safe in HTML', () => {
    expect(chartId('Verdeling van € 613 mln (2021)')).toBe('grafiek-verdeling-van-613-mln-2021');
    expect(chartId('Één')).toBe('grafiek-een');
  });
});

describe('layoutGroupedBarChart', () => {
  const rows = [
    { label: 'Steun', values: [60, 40] },
    { label: 'Wonen', values: [null, 80] },
  ];

  it('puts the bars of one row under its label, series in order, without overlap', () => {
    const { rows: laidOut, barHeight, height } = layoutGroupedBarChart(rows, { max: 100 });
    const [first, second] = laidOut;
    expect(first!.labelY).toBeLessThan(first!.bars[0]!.barY);
    expect(first!.bars[0]!.barY + barHeight).toBeLessThan(first!.bars[1]!.barY);
    expect(first!.bars[1]!.barY + barHeight).toBeLessThan(second!.labelY);
    expect(second!.bars[1]!.barY + barHeight).toBeLessThanOrEqual(height);
  });

  it('scales against a fixed maximum, so 50 on a 0-100 scale fills half the plot', () => {
    const { rows: laidOut, width } = layoutGroupedBarChart([{ label: 'A', values: [50] }], { max: 100 });
    expect(laidOut[0]!.bars[0]!.barWidth).toBe((width - 110) / 2);
  });

  it('draws no bar for a hidden value and says so in words', () => {
    const hidden = layoutGroupedBarChart(rows).rows[1]!.bars[0]!;
    expect(hidden).toMatchObject({ value: null, barWidth: 0, valueText: 'verborgen' });
    expect(describeGroupedRows(rows, ['Regio', 'Landelijk'], 'punten')).toBe(
      'Steun: Regio 60 punten, Landelijk 40 punten; Wonen: Regio verborgen, Landelijk 80 punten.',
    );
  });

  it('refuses rows with a different number of values than the first', () => {
    expect(() => layoutGroupedBarChart([{ label: 'A', values: [1, 2] }, { label: 'B', values: [1] }])).toThrow(/B/);
  });
});
