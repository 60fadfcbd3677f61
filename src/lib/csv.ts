/**
 * CSV for spreadsheets, written so Dutch Excel opens it correctly by double-click:
 * - `;` as separator: Excel with Dutch regional settings expects a semicolon (the comma is the decimal
 *   separator there), and opens a comma-separated file as one column;
 * - a UTF-8 byte order mark: without it Excel reads the file as Windows-1252 and garbles "ë" and "–";
 * - RFC 4180 quoting: a field with the separator, a double quote, a line break or leading/trailing spaces is
 *   wrapped in double quotes, and quotes inside are doubled; lines end with CRLF.
 * LibreOffice and Numbers handle all three as well.
 */

export const csvSeparator = ';';
export const byteOrderMark = '\uFEFF';

export type CsvValue = string | number | readonly string[] | null | undefined;

/** Joins list values (several actors, several sources) within one cell. */
const listJoiner = ', ';

export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(listJoiner) : String(value);
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file's text: BOM, a header row, then one row per record; every line ends with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvField).join(csvSeparator);
  return byteOrderMark + [header, ...rows].map((cells) => `${line(cells)}\r\n`).join('');
}
