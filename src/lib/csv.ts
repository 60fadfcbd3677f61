/**
 * CSV for spreadsheets, written so Dutch Excel opens it correctly by double-click:
 * - `;` as separator: Excel with Dutch regional settings expects a semicolon (the comma is the decimal
 *   separator there), and opens a comma-separated file as one column;
 * - a UTF-8 byte order mark: without it Excel reads the file as Windows-1252 and garbles "ë" and "–";
 * - RFC 4180 quoting: a field with the separator, a double quote, a line break or leading/trailing spaces is
 *   wrapped in double quotes, and quotes inside are doubled; lines end with CRLF;
 * - no formulas: text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 *   return; OWASP's "CSV injection") gets a leading apostrophe, so it shows as the text it is. Plain numbers,
 *   negative ones too, stay numbers.
 * LibreOffice and Numbers handle all of this as well. Every CSV file of the portal is written with this module.
 */

export const csvSeparator = ';';
export const byteOrderMark = '\uFEFF';

export type CsvValue = string | number | readonly string[] | null | undefined;

/** Joins list values (several actors, several sources) within one cell. */
const listJoiner = ', ';

const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^-?\d+([.,]\d+)?$/;

export function csvField(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(listJoiner) : String(value);
  if (formulaStart.test(text) && !plainNumber.test(text)) text = `'${text}`;
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line of fields, without its line ending. */
export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvField).join(csvSeparator);
}

/** The file's text: BOM, a header row, then one row per record; every line ends with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return byteOrderMark + [header, ...rows].map((cells) => `${csvLine(cells)}\r\n`).join('');
}
