import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
  it.each([
    ['plain text', 'Wachtlijstbeheer', 'Wachtlijstbeheer'],
    ['a comma (not the separator)', 'Gemeente, regio', 'Gemeente, regio'],
    ['the separator', 'Toegang; doorstroom', '"Toegang; doorstroom"'],
    ['a double quote', 'Het "Big 5"-model', '"Het ""Big 5""-model"'],
    ['a line break', 'eerste\nregel', '"eerste\nregel"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['leading space', ' ruimte', '" ruimte"'],
    ['accented letters', 'Geïntensiveerd – één', 'Geïntensiveerd – één'],
    ['a list', ['Gemeente', 'Regio'], 'Gemeente, Regio'],
    ['a number', 42, '42'],
    ['a negative number', -3.5, '-3.5'],
    ['a negative number as Dutch text', '-3,5', '-3,5'],
    ['a formula', '=HYPERLINK("https://example.org")', '"\'=HYPERLINK(""https://example.org"")"'],
    ['text starting with a plus', '+31 6 12345678', "'+31 6 12345678"],
    ['text starting with a minus', '-geen-', "'-geen-"],
    ['text starting with an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['nothing', undefined, ''],
  ])('writes %s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CRLF, separated by semicolons', () => {
    const csv = toCsv(['Titel', 'Bronnen'], [['Eén; twee', ['A', 'B']], ['Drie', []]]);
    expect(csv).toBe('\uFEFFTitel;Bronnen\r\n"Eén; twee";A, B\r\nDrie;\r\n');
  });

  it('writes only the header for an empty selection', () => {
    expect(toCsv(['Titel'], [])).toBe('\uFEFFTitel\r\n');
  });
});
