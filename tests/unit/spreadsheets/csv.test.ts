import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '@/lib/spreadsheets/csv';

describe('parseCsv', () => {
  it('honours quotes, "" escapes and newlines inside quotes', () => {
    const text = 'a;"b;c";"say ""hi"""\r\n"multi\nline";x;\n\nlast';
    expect(parseCsv(text, ';')).toEqual([['a', 'b;c', 'say "hi"'], ['multi\nline', 'x', ''], [''], ['last']]);
  });
  it('counts a quoted multi-line record as one row, as Excel does', () => {
    const rows = parseCsv('h1,h2\n"a\nb",c\nd,e\n', ',');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual(['d', 'e']);
  });
  it('round-trips what toCsv writes', () => {
    const rows = [
      ['Imię', 'Uwagi'],
      ['Jan', 'ma; średnik, "cudzysłów"\ni nową linię'],
      [' spacja ', ''],
    ];
    expect(parseCsv(toCsv(rows, ';'), ';')).toEqual(rows);
  });
});
