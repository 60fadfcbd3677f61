import { describe, expect, it } from 'vitest';
import { CsvReader, CsvSyntaxError, readCsv } from './csv.ts';

/** Feeds the text in chunks of `size` characters, to prove rows do not depend on where chunks break. */
function readInChunks(text: string, size: number) {
  const rows: string[][] = [];
  const reader = new CsvReader((fields) => rows.push(fields));
  for (let index = 0; index < text.length; index += size) reader.push(text.slice(index, index + size));
  reader.end();
  return rows;
}

describe('CsvReader', () => {
  it('reads semicolon files with a BOM and CRLF line ends', () => {
    const { rows, separator } = readCsv('\uFEFFa;b;c\r\n1;2;3\r\n4;5;6\r\n');
    expect(separator).toBe(';');
    expect(rows.map((row) => row.fields)).toEqual([['a', 'b', 'c'], ['1', '2', '3'], ['4', '5', '6']]);
  });

  it('reads comma files, quoted separators, doubled quotes and line breaks inside quotes', () => {
    const text = 'naam,opmerking\n"Jansen, P.","zei ""ja"""\nx,"twee\nregels"\nlaatste,zonder eindregel';
    const { rows, separator } = readCsv(text);
    expect(separator).toBe(',');
    expect(rows.map((row) => row.fields)).toEqual([
      ['naam', 'opmerking'],
      ['Jansen, P.', 'zei "ja"'],
      ['x', 'twee\nregels'],
      ['laatste', 'zonder eindregel'],
    ]);
    expect(rows.map((row) => row.rowNumber)).toEqual([1, 2, 3, 4]);
  });

  it('gives the same rows whatever the chunk size', () => {
    const text = '\uFEFFa;b\r\n"1;x";"y""z"\r\n3;"multi\r\nline"\r\n5;6\r\n';
    const whole = readCsv(text).rows.map((row) => row.fields);
    for (const size of [1, 2, 3, 5, 8]) expect(readInChunks(text, size)).toEqual(whole);
  });

  it('skips empty lines but keeps counting rows', () => {
    const { rows } = readCsv('a;b\n\n1;2\n');
    expect(rows).toEqual([
      { fields: ['a', 'b'], rowNumber: 1 },
      { fields: ['1', '2'], rowNumber: 3 },
    ]);
  });

  it('names the row of a quote that is never closed', () => {
    expect(() => readCsv('a;b\n1;2\n3;"open\n')).toThrow(CsvSyntaxError);
    expect(() => readCsv('a;b\n1;2\n3;"open\n')).toThrow('Rij 3');
  });
});
