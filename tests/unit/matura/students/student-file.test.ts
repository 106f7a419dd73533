import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UserError } from '@/lib/errors';
import { readStudentFile, studentTemplateCsv } from '@/lib/matura/students/student-file';

const bytes = (s: string | Buffer) => new Uint8Array(typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
const refusal = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('readStudentFile', () => {
  it('reads a CSV with Polish headers in any order, ignoring empty lines, as Excel writes it', async () => {
    const rows = await readStudentFile(
      bytes('\ufeffKlasa;IMIĘ;Nazwisko ucznia\n4a;Anna;Kowalska\n;;\n4b;Jan;Nowak\n'),
      'l.csv',
    );
    expect(rows).toEqual([
      { rowNumber: 2, cells: { className: '4a', firstName: 'Anna', lastName: 'Kowalska' } },
      { rowNumber: 4, cells: { className: '4b', firstName: 'Jan', lastName: 'Nowak' } },
    ]);
  });

  it('reads an XLSX with a title above the header', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lista');
    ws.addRow(['Uczniowie klas maturalnych 2027']);
    ws.addRow(['Nazwisko', 'Imię', 'Klasa', 'Formuła', 'Zwolnienie']);
    ws.addRow(['Zając', 'Łucja', '4c', 2015, 'tak']);
    const rows = await readStudentFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'l.xlsx');
    expect(rows).toEqual([
      {
        rowNumber: 3,
        cells: { lastName: 'Zając', firstName: 'Łucja', className: '4c', formula: '2015', vocationalExemption: 'tak' },
      },
    ]);
  });

  it('reads its own template back', async () => {
    expect(await readStudentFile(new Uint8Array(studentTemplateCsv()), 'szablon.csv')).toHaveLength(1);
  });

  it.each([
    ['an empty file', '', /pusty/],
    ['no header', 'Anna;Kowalska\n', /nagłówka/],
    ['a header without rows', 'Nazwisko;Imię;Klasa\n', /żadnego ucznia/],
    ['an old Excel file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /97–2003/],
  ])('refuses %s with the reason', async (_n, content, reason) => {
    const e = await refusal(readStudentFile(bytes(content as string), 'plik.csv'));
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).toMatch(reason);
  });
});
