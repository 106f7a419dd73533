import { describe, expect, it } from 'vitest';
import { decodeParticipantFile, MAX_PARTICIPANT_ROWS } from '@/lib/groups/list/participant-file';
import { ParticipantFileError } from '@/lib/groups/list/participant-file-error';
import { csvFile, csvLines, xlsxFile, type CsvEncoding } from '@/tests/unit/groups/fixtures';

const PREAMBLE = [['E-mail do powiadomienia o kontach', 'kadry@firma.pl'], []];
const HEADER = ['Imię', 'Nazwisko', 'E-mail', 'Login', 'Hasło'];
const PEOPLE = [
  ['Łucja', 'Żółć', 'lucja@firma.pl', '', ''],
  ['Grzegorz', 'Brzęczyszczykiewicz', '', 'g.brzeczyszczykiewicz', 'Chrząszcz2024'],
];
const EXPECTED = [
  { rowNumber: 4, firstName: 'Łucja', lastName: 'Żółć', email: 'lucja@firma.pl' },
  {
    rowNumber: 5,
    firstName: 'Grzegorz',
    lastName: 'Brzęczyszczykiewicz',
    login: 'g.brzeczyszczykiewicz',
    password: 'Chrząszcz2024',
  },
];

async function refusal(promise: Promise<unknown>): Promise<ParticipantFileError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParticipantFileError);
  return error as ParticipantFileError;
}

describe('decodeParticipantFile: CSV', () => {
  const encodings: CsvEncoding[] = ['utf8', 'utf8-bom', 'win1250'];
  for (const encoding of encodings) {
    for (const sep of [';', ',']) {
      it(`reads ${encoding} with "${sep}", keeping Polish letters and Excel row numbers`, async () => {
        const file = csvFile(csvLines([...PREAMBLE, HEADER, ...PEOPLE], sep), encoding);
        const decoded = await decodeParticipantFile(file, 'lista.csv', 'text/csv');
        expect(decoded.notifyEmail).toBe('kadry@firma.pl');
        expect(decoded.rows).toEqual(EXPECTED);
      });
    }
  }

  it('honours quotes with separators, "" escapes and quoted newlines; trims cells; skips empty rows', async () => {
    const text = 'Imię;Nazwisko;Uwagi\r\n"  Anna ";"Nowak; z d. ""Kowal""";"dwie\nlinie"\r\n;;\r\n\r\n  Jan  ;Kos;\r\n';
    const decoded = await decodeParticipantFile(csvFile(text, 'utf8'), 'lista.csv');
    expect(decoded.notifyEmail).toBeNull();
    expect(decoded.rows).toEqual([
      { rowNumber: 2, firstName: 'Anna', lastName: 'Nowak; z d. "Kowal"' },
      { rowNumber: 5, firstName: 'Jan', lastName: 'Kos' },
    ]);
  });

  it('matches headers ignoring case, Polish letters, marks and English names', async () => {
    const text = csvLines(
      [
        ['NAZWISKO *', 'imie (wymagane)', 'Adres e-mail', 'LOGIN', 'haslo'],
        ['Kos', 'Ewa', 'e@x.pl', 'ewa.k', 'Sekret12345'],
      ],
      ',',
    );
    const decoded = await decodeParticipantFile(csvFile(text, 'utf8'), 'a.csv');
    expect(decoded.rows).toEqual([
      { rowNumber: 2, firstName: 'Ewa', lastName: 'Kos', email: 'e@x.pl', login: 'ewa.k', password: 'Sekret12345' },
    ]);
    const english = csvLines(
      [
        ['First name', 'Last name', 'Email', 'Username', 'Password'],
        ['Ann', 'Lee', '', '', ''],
      ],
      ';',
    );
    expect((await decodeParticipantFile(csvFile(english, 'utf8'), 'b.csv')).rows).toEqual([
      { rowNumber: 2, firstName: 'Ann', lastName: 'Lee' },
    ]);
  });

  it('obeys a "sep=" first line, which Excel hides from the row numbers', async () => {
    const decoded = await decodeParticipantFile(
      csvFile('sep=,\r\nImię,Nazwisko,Uwagi\r\nJan,Kos;y,z\r\n', 'utf8'),
      'lista.csv',
    );
    expect(decoded.rows).toEqual([{ rowNumber: 2, firstName: 'Jan', lastName: 'Kos;y' }]);
  });

  it('reads UTF-16 "Unicode text" from Excel (tab separated)', async () => {
    const text = '\uFEFFImię\tNazwisko\r\nŻaneta\tŚliwa\r\n';
    const decoded = await decodeParticipantFile(Buffer.from(text, 'utf16le'), 'lista.txt');
    expect(decoded.rows).toEqual([{ rowNumber: 2, firstName: 'Żaneta', lastName: 'Śliwa' }]);
  });
});

describe('decodeParticipantFile: XLSX', () => {
  it('reads the first sheet with a header, Excel row numbers and the notice address', async () => {
    const file = await xlsxFile([...PREAMBLE, HEADER, ...PEOPLE]);
    const decoded = await decodeParticipantFile(file, 'lista.xlsx');
    expect(decoded).toEqual({ notifyEmail: 'kadry@firma.pl', rows: EXPECTED });
  });

  it('reads numbers as text and skips sheets without a header', async () => {
    const file = await xlsxFile(
      [['Notatki'], ['nic tu nie ma']],
      [
        {
          name: 'Uczestnicy',
          rows: [['Imię', 'Nazwisko', 'Login', 'Hasło'], [null], [' Ola ', 'Mała', 12345, 1234567890]],
        },
      ],
    );
    const decoded = await decodeParticipantFile(file, 'lista.xlsx');
    expect(decoded.rows).toEqual([
      { rowNumber: 3, firstName: 'Ola', lastName: 'Mała', login: '12345', password: '1234567890' },
    ]);
  });

  it('does not trust the file name: CSV named .xlsx is read as CSV', async () => {
    const file = csvFile(csvLines([HEADER, PEOPLE[0]], ';'), 'utf8');
    const decoded = await decodeParticipantFile(
      file,
      'lista.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(decoded.rows[0].lastName).toBe('Żółć');
  });

  it('refuses a corrupt or truncated workbook with a clear message', async () => {
    const good = await xlsxFile([HEADER, PEOPLE[0]]);
    const garbled = Buffer.from(good).fill(0x55, 600, 1200); // directory intact, compressed data not
    for (const bad of [
      good.subarray(0, Math.floor(good.length / 2)),
      Buffer.concat([good.subarray(0, 30), Buffer.alloc(good.length - 30, 7)]),
      garbled,
    ]) {
      const error = await refusal(decodeParticipantFile(bad, 'lista.xlsx'));
      expect(error.problem).toBe('corrupt');
      expect(error.message).toMatch(/uszkodzony lub niekompletny/);
    }
  });
});

describe('decodeParticipantFile: refusals', () => {
  it('refuses a workbook whose directory promises more than a list can inflate to (zip bomb)', async () => {
    const bomb = await xlsxFile([HEADER, PEOPLE[0]]);
    const eocd = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const firstEntry = bomb.readUInt32LE(eocd + 16);
    bomb.writeUInt32LE(0xfffffff0, firstEntry + 24); // declared uncompressed size of the first entry
    const error = await refusal(decodeParticipantFile(bomb, 'bomba.xlsx'));
    expect(error.problem).toBe('too-large');
  });

  it('refuses an empty file, and one with only blanks or separators', async () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from('\uFEFF \r\n'), Buffer.from(';;;\r\n;;\r\n')]) {
      const error = await refusal(decodeParticipantFile(bytes, 'pusty.csv'));
      expect(error.problem).toBe('empty');
      expect(error.message).toMatch(/pusty|nie zawiera żadnych danych/);
    }
    const emptySheet = await refusal(decodeParticipantFile(await xlsxFile([]), 'pusty.xlsx'));
    expect(emptySheet.problem).toBe('empty');
  });

  it('refuses a file without a header row, naming the columns it needs', async () => {
    const error = await refusal(decodeParticipantFile(csvFile('Jan;Kowalski\r\nAnna;Nowak\r\n', 'utf8'), 'lista.csv'));
    expect(error.problem).toBe('no-header');
    expect(error.message).toContain('„Imię” i „Nazwisko”');
    const combined = await refusal(
      decodeParticipantFile(csvFile('Imię i nazwisko;E-mail\r\nJan Kowalski;j@k.pl\r\n', 'utf8'), 'l.csv'),
    );
    expect(combined.message).toMatch(/dwóch osobnych kolumnach/);
  });

  it('refuses a PDF, an image or an old .xls renamed to .csv', async () => {
    const pdf = await refusal(decodeParticipantFile(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'lista.csv', 'text/csv'));
    expect(pdf.problem).toBe('unsupported');
    expect(pdf.message).toMatch(/„lista.csv” to plik PDF.*\.xlsx.*CSV/);
    const png = await refusal(
      decodeParticipantFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'lista.csv'),
    );
    expect(png.message).toMatch(/PNG/);
    const xls = await refusal(
      decodeParticipantFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'lista.xls'),
    );
    expect(xls.message).toMatch(/Excel 97–2003/);
    const binary = await refusal(decodeParticipantFile(Buffer.from([0x00, 0x01, 0x02, 0x41, 0x42]), 'lista.csv'));
    expect(binary.problem).toBe('unsupported');
  });

  it(`refuses 10 000 rows, stating the ${MAX_PARTICIPANT_ROWS} limit; accepts exactly ${MAX_PARTICIPANT_ROWS}`, async () => {
    const rows = (n: number) => [
      HEADER,
      ...Array.from({ length: n }, (_, i) => ['Jan', `Kowalski${'a'.repeat(i % 5)}`, '', '', '']),
    ];
    const csv = await refusal(decodeParticipantFile(csvFile(csvLines(rows(10_000), ';'), 'utf8'), 'duza.csv'));
    expect(csv.problem).toBe('too-many-rows');
    expect(csv.message).toBe(
      'Plik zawiera 10\u00a0000 wierszy z uczestnikami, a jedna lista może mieć najwyżej 5000 wierszy. Podziel listę na mniejsze pliki.',
    );
    const xlsx = await refusal(decodeParticipantFile(await xlsxFile(rows(10_000)), 'duza.xlsx'));
    expect(xlsx.problem).toBe('too-many-rows');
    const atLimit = await decodeParticipantFile(csvFile(csvLines(rows(MAX_PARTICIPANT_ROWS), ';'), 'utf8'), 'ok.csv');
    expect(atLimit.rows).toHaveLength(MAX_PARTICIPANT_ROWS);
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const error = await refusal(decodeParticipantFile(Buffer.alloc(6 * 1024 * 1024, 0x41), 'big.csv'));
    expect(error.problem).toBe('too-large');
    expect(error.message).toMatch(/najwyżej 5 MB/);
  });
});
