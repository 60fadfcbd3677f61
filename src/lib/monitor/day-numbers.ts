/** Dates as whole days since 1970-01-01 (UTC), so durations are plain subtraction and fit in an Int32Array. */

const msPerDay = 86_400_000;

/** `2024-03-18` or `18-03-2024` (also with `/`) to a day number; `undefined` for anything else or an impossible date. */
export function parseDay(value: string): number | undefined {
  const text = value.trim();
  let year: number;
  let month: number;
  let day: number;
  if (text.length === 10 && (text[4] === '-' || text[4] === '/')) {
    year = Number(text.slice(0, 4));
    month = Number(text.slice(5, 7));
    day = Number(text.slice(8, 10));
  } else if (text.length === 10 && (text[2] === '-' || text[2] === '/')) {
    day = Number(text.slice(0, 2));
    month = Number(text.slice(3, 5));
    year = Number(text.slice(6, 10));
  } else {
    return undefined;
  }
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return undefined;
  const time = Date.UTC(year, month - 1, day);
  if (new Date(time).getUTCDate() !== day) return undefined; // e.g. 31 February
  return time / msPerDay;
}

export function formatDay(dayNumber: number): string {
  return new Date(dayNumber * msPerDay).toISOString().slice(0, 10);
}

/** `2024-03` for the month a day falls in. */
export function monthOf(dayNumber: number): string {
  return formatDay(dayNumber).slice(0, 7);
}

/** Months since 1970-01 (0-based), for grouping. */
export function monthIndex(dayNumber: number): number {
  const date = new Date(dayNumber * msPerDay);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}
