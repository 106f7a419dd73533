import { describe, expect, it } from 'vitest';
import {
  participantTemplateCsv,
  participantTemplateXlsx,
  TEMPLATE_FIRST_DATA_ROW,
  TEMPLATE_HEADER_ROW,
} from '@/lib/groups/list/templates';
import { decodeParticipantFile } from '@/lib/groups/list/participant-file';
import { parseCsv, toCsv } from '@/lib/spreadsheets/csv';
import { readXlsx } from '@/tests/unit/groups/fixtures';

describe('participant templates', () => {
  it('CSV is UTF-8 with a BOM, ";"-separated, with the header on the promised row', () => {
    const csv = participantTemplateCsv();
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.subarray(3).toString('utf8'), ';');
    expect(rows[0]).toEqual(['E-mail do powiadomienia o kontach', '']);
    expect(rows[TEMPLATE_HEADER_ROW - 1]).toEqual(['Imię', 'Nazwisko', 'E-mail', 'Login', 'Hasło']);
    expect(rows.slice(2, 9).every((r) => r.length === 1 && r[0].length > 20)).toBe(true);
  });

  it('an untouched template decodes to no participants and no notice address', async () => {
    expect(await decodeParticipantFile(participantTemplateCsv(), 'szablon.csv')).toEqual({
      notifyEmail: null,
      rows: [],
    });
    expect(await decodeParticipantFile(await participantTemplateXlsx(), 'szablon.xlsx')).toEqual({
      notifyEmail: null,
      rows: [],
    });
  });

  it('a filled CSV template round-trips, with row numbers as in Excel', async () => {
    const rows = parseCsv(participantTemplateCsv().subarray(3).toString('utf8'), ';');
    rows[0][1] = 'kadry@firma.pl';
    rows.push(['Łucja', 'Żółć', '', '', ''], ['Jan', 'Kos', 'jan@firma.pl', 'jan.k', 'Haslo-12345']);
    const filled = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv(rows, ';'))]);
    const decoded = await decodeParticipantFile(filled, 'lista.csv');
    expect(decoded).toEqual({
      notifyEmail: 'kadry@firma.pl',
      rows: [
        { rowNumber: TEMPLATE_FIRST_DATA_ROW, firstName: 'Łucja', lastName: 'Żółć' },
        {
          rowNumber: TEMPLATE_FIRST_DATA_ROW + 1,
          firstName: 'Jan',
          lastName: 'Kos',
          email: 'jan@firma.pl',
          login: 'jan.k',
          password: 'Haslo-12345',
        },
      ],
    });
  });

  it('a filled XLSX template round-trips, with row numbers as in Excel', async () => {
    const workbook = await readXlsx(await participantTemplateXlsx());
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Uczestnicy');
    expect(sheet.getCell(TEMPLATE_HEADER_ROW, 1).value).toBe('Imię');
    expect(sheet.getColumn(4).numFmt).toBe('@');
    sheet.getCell('B1').value = { text: 'kadry@firma.pl', hyperlink: 'mailto:kadry@firma.pl' };
    sheet.getRow(TEMPLATE_FIRST_DATA_ROW).values = ['Łucja', 'Żółć'];
    sheet.getRow(TEMPLATE_FIRST_DATA_ROW + 2).values = ['Jan', 'Kos', 'jan@firma.pl', 'jan.k', 'Haslo-12345'];
    const decoded = await decodeParticipantFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'lista.xlsx');
    expect(decoded).toEqual({
      notifyEmail: 'kadry@firma.pl',
      rows: [
        { rowNumber: TEMPLATE_FIRST_DATA_ROW, firstName: 'Łucja', lastName: 'Żółć' },
        {
          rowNumber: TEMPLATE_FIRST_DATA_ROW + 2,
          firstName: 'Jan',
          lastName: 'Kos',
          email: 'jan@firma.pl',
          login: 'jan.k',
          password: 'Haslo-12345',
        },
      ],
    });
  });
});
