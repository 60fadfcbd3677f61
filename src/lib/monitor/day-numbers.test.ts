import { describe, expect, it } from 'vitest';
import { formatDay, monthIndex, monthLabel, parseDay } from './day-numbers.ts';

describe('day numbers', () => {
  it('parses ISO and Dutch dates and rejects impossible ones', () => {
    expect(parseDay('1970-01-02')).toBe(1);
    expect(parseDay('29-02-2024')).toBe(parseDay('2024-02-29'));
    expect(parseDay('2023-02-29')).toBeUndefined();
    expect(parseDay('2024-04-31')).toBeUndefined();
    expect(parseDay('2024-1-5')).toBeUndefined();
    expect(parseDay('morgen')).toBeUndefined();
  });

  it('finds the month of every day from 1999 to 2031, as the calendar does', () => {
    for (let day = parseDay('1999-01-01')!; day <= parseDay('2031-12-31')!; day++) {
      expect(monthLabel(monthIndex(day))).toBe(formatDay(day).slice(0, 7));
    }
  });
});
