/**
 * A streaming CSV reader: text chunks go in, rows (arrays of fields) come out, so a 100 MB file never has to
 * sit in memory as one string. Handles a byte-order mark, CRLF and LF line ends, quoted fields (with `""`
 * for a quote, separators and line breaks inside quotes), and chooses `;` or `,` from the header row.
 * Lines without quotes take a fast path (one `split`), because real exports rarely quote anything.
 */

// No TypeScript parameter properties in this module graph: Node runs it with type stripping (the CLI).
export class CsvSyntaxError extends Error {
  readonly row: number;
  constructor(message: string, row: number) {
    super(message);
    this.name = 'CsvSyntaxError';
    this.row = row;
  }
}

export type Separator = ';' | ',';

/** The separator a header line uses: whichever of `;` and `,` occurs more often outside quotes (`,` on a tie). */
export function detectSeparator(headerLine: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let inQuotes = false;
  for (const character of headerLine) {
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && character === ';') semicolons++;
    else if (!inQuotes && character === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Call `push` with each chunk of text and `end` once at the end. `onRow` receives every non-empty row with its
 * row number (1 = the header row, as a spreadsheet would number it; a quoted line break does not start a new row).
 */
export class CsvReader {
  private buffer = '';
  private started = false;
  private rowNumber = 0;
  separator: Separator | undefined;
  private readonly onRow: (fields: string[], rowNumber: number) => void;

  constructor(onRow: (fields: string[], rowNumber: number) => void) {
    this.onRow = onRow;
  }

  push(chunk: string): void {
    if (!this.started) {
      if (chunk.length === 0) return;
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buffer = this.buffer.length > 0 ? this.buffer + chunk : chunk;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
  }

  private emit(fields: string[]): void {
    this.rowNumber++;
    if (fields.length === 1 && fields[0] === '') return; // an empty line
    this.onRow(fields, this.rowNumber);
  }

  private drain(final: boolean): void {
    const text = this.buffer;
    let position = 0;
    // Cached position of the next quote, so lines without quotes do not rescan the rest of the chunk.
    let nextQuote = text.indexOf('"');
    while (position < text.length) {
      const newline = text.indexOf('\n', position);
      if (newline === -1 && !final) break;
      const lineEnd = newline === -1 ? text.length : newline;
      if (this.separator === undefined) this.separator = detectSeparator(text.slice(position, lineEnd));
      if (nextQuote !== -1 && nextQuote < position) nextQuote = text.indexOf('"', position);
      if (nextQuote === -1 || nextQuote > lineEnd) {
        const line = text.charCodeAt(lineEnd - 1) === 13 ? text.slice(position, lineEnd - 1) : text.slice(position, lineEnd);
        this.emit(line.split(this.separator));
        position = lineEnd + 1;
        continue;
      }
      const parsed = this.parseQuotedRow(text, position, final);
      if (!parsed) break;
      this.emit(parsed.fields);
      position = parsed.next;
    }
    this.buffer = position >= text.length ? '' : text.slice(position);
  }

  /** The full state machine for a row with quotes; `undefined` when the row continues in a later chunk. */
  private parseQuotedRow(text: string, start: number, final: boolean): { fields: string[]; next: number } | undefined {
    const separator = this.separator!;
    const fields: string[] = [];
    let field = '';
    let inQuotes = false;
    let index = start;
    while (index < text.length) {
      const character = text[index]!;
      if (inQuotes) {
        if (character === '"') {
          if (index + 1 >= text.length && !final) return undefined;
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          inQuotes = false;
        } else {
          field += character;
        }
      } else if (character === '"' && field === '') {
        inQuotes = true;
      } else if (character === separator) {
        fields.push(field);
        field = '';
      } else if (character === '\n') {
        fields.push(field);
        return { fields, next: index + 1 };
      } else if (character !== '\r' || text[index + 1] !== '\n') {
        field += character;
      }
      index++;
    }
    if (!final) return undefined;
    if (inQuotes) throw new CsvSyntaxError(`Rij ${this.rowNumber + 1}: een aanhalingsteken (") wordt geopend maar niet gesloten.`, this.rowNumber + 1);
    fields.push(field);
    return { fields, next: text.length };
  }
}

/** Convenience for tests and small files: all rows of a complete text. */
export function readCsv(text: string): { rows: { fields: string[]; rowNumber: number }[]; separator: Separator | undefined } {
  const rows: { fields: string[]; rowNumber: number }[] = [];
  const reader = new CsvReader((fields, rowNumber) => rows.push({ fields, rowNumber }));
  reader.push(text);
  reader.end();
  return { rows, separator: reader.separator };
}
