import { describe, expect, it } from 'vitest';
import { analyse } from './analysis.ts';
import { syntheticMonitorCsv } from './synthetic-data.ts';
import { loadMonitorText, MonitorFileLoader } from './trajectory-store.ts';

describe('synthetic monitor data', () => {
  it('is deterministic per seed and has the requested number of rows', () => {
    const first = syntheticMonitorCsv({ rows: 500, seed: 7 });
    expect(syntheticMonitorCsv({ rows: 500, seed: 7 })).toBe(first);
    expect(syntheticMonitorCsv({ rows: 500, seed: 8 })).not.toBe(first);
    expect(first.trimEnd().split('\n')).toHaveLength(501);
  });

  it('loads without problems, and streaming in small chunks gives the same analysis as reading it whole', () => {
    const text = syntheticMonitorCsv({ rows: 3000 });
    const whole = loadMonitorText(text);
    expect(whole.report).toMatchObject({ validRows: 3000, problemCount: 0 });
    const chunked = new MonitorFileLoader();
    for (let index = 0; index < text.length; index += 997) chunked.push(text.slice(index, index + 997));
    chunked.end();
    expect(analyse(chunked.store)).toEqual(analyse(whole.store));
  });
});
