/** Dutch date formatting, independent of the machine's locale and time zone. */
const formatter = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDutchDate(date: Date): string {
  return formatter.format(date);
}

/** `YYYY-MM-DD` for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
