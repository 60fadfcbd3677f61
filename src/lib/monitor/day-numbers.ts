/** Dates as whole days since 1970-01-01 (UTC), so durations are plain subtraction and fit in an Int32Array. */

const msPerDay = 86_400_000;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

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
  if (day > daysInMonth(year, month)) return undefined; // e.g. 31 February
  return Date.UTC(year, month - 1, day) / msPerDay;
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
  // Integer civil-from-days (H. Hinnant's algorithm): no Date object per trajectory in the analysis loop.
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // March = 0
  const month = shiftedMonth < 10 ? shiftedMonth + 2 : shiftedMonth - 10; // January = 0
  const year = yearOfEra + era * 400 + (month <= 1 ? 1 : 0);
  return year * 12 + month;
}

export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}
