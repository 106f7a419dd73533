import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { neutraliseCell } from '@/lib/spreadsheets/neutralise-cell';
import { credentialsPdf, credentialsXlsx, type CredentialRow } from '@/lib/groups/accounts/credentials-export';
import { finalReportPdf, finalReportXlsx, type ReportRow } from '@/lib/groups/report/report-export';
import { fromWarsaw } from '@/lib/format/time';
import { hasPdfToText, pdfPageSize, pdfText, PDFTOTEXT, readXlsx } from './fixtures';

const NO_PDFTOTEXT = `${PDFTOTEXT} (poppler-utils) is not installed, so the PDF text cannot be read back`;
const meta = {
  companyName: 'Zakład Łączności „Żuraw” Sp. z o.o.',
  courseTitle: 'Bezpieczeństwo i higiena pracy',
  generatedAt: fromWarsaw(2026, 3, 31, 23, 30),
};

const allText = (sheet: ExcelJS.Worksheet) => {
  const values: unknown[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
  return values;
};

describe('neutraliseCell', () => {
  it('prefixes cells that a spreadsheet would run as a formula', () => {
    for (const v of ['=1+1', '+48 600', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd']) expect(neutraliseCell(v)).toBe(`'${v}`);
    for (const v of ['Jan', 'a=b', '', 'jan-kowalski', "O'Brien"]) expect(neutraliseCell(v)).toBe(v);
  });
});

const hostile: CredentialRow[] = [
  {
    firstName: '=HYPERLINK("http://zly.example","Kliknij")',
    lastName: '+Żółć',
    login: 'lucja.zolc',
    password: 'Abc23defGHJ4kq',
    email: '@evil',
  },
  {
    firstName: 'Łucja',
    lastName: 'Brzęczyszczykiewicz',
    login: 'lucja.brzeczyszczykiewicz',
    password: 'Qw3rtyuPAS5xz',
    email: null,
  },
];

describe('credentials export', () => {
  it('XLSX: every cell is text, formulas are neutralised, Polish letters survive', async () => {
    const workbook = await readXlsx(await credentialsXlsx(hostile, meta));
    const values = allText(workbook.worksheets[0]);
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    expect(values).toContain('\'=HYPERLINK("http://zly.example","Kliknij")');
    expect(values).toContain("'+Żółć");
    expect(values).toContain("'@evil");
    expect(values).toContain('Brzęczyszczykiewicz');
    expect(values).toContain('Qw3rtyuPAS5xz');
    expect(values).toContain(`Firma: ${meta.companyName}`);
  });

  it('PDF: a landscape A4 document whose text reads back in Polish, logins and passwords unbroken', async () => {
    const pdf = await credentialsPdf(hostile, { ...meta, loginUrl: 'https://planeta.edu.pl/logowanie' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPdfToText) return console.warn(`skipped PDF text check: ${NO_PDFTOTEXT}`);
    const text = pdfText(pdf);
    for (const s of [
      'Dane logowania uczestników',
      'Zakład Łączności „Żuraw”',
      'Brzęczyszczykiewicz',
      'lucja.brzeczyszczykiewicz',
      'Qw3rtyuPAS5xz',
      'Hasło',
      'Poufne',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toContain('31 marca 2026');
    // The login and password sit whole on the participant's line (monospaced, never wrapped).
    expect(pdfText(pdf, true)).toMatch(
      /2\s+Łucja\s+Brzęczyszczykiewicz\s+lucja\.brzeczyszczykiewicz\s+Qw3rtyuPAS5xz\s*\n/,
    );
    expect(pdfPageSize(pdf)).toBe('841.89 x 595.28 pts (A4)');
  });

  it('PDF and XLSX in English for an admin reading English, the people’s data as stored', async () => {
    const pdf = await credentialsPdf(hostile, meta, 'en');
    const workbook = await readXlsx(await credentialsXlsx(hostile, meta, 'en'));
    expect(allText(workbook.worksheets[0])).toContain(`Company: ${meta.companyName}`);
    expect(workbook.worksheets[0].name).toBe('Sign-in details');
    if (!hasPdfToText) return console.warn(`skipped PDF text check: ${NO_PDFTOTEXT}`);
    const text = pdfText(pdf);
    for (const s of ['Participant sign-in details', 'Password', 'Last name', 'Confidential', '31 March 2026'])
      expect(text).toContain(s);
    expect(text).toContain('Brzęczyszczykiewicz');
    expect(text).not.toMatch(/Hasło|Poufne|marca/);
  });

  it('PDF: a long list breaks over pages with the header repeated', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      firstName: 'Żaneta',
      lastName: `Śliwa ${i + 1}`,
      login: `zaneta.sliwa${i + 1}`,
      password: 'Abc23defGHJ4kq',
    }));
    const pdf = await credentialsPdf(many, meta);
    if (!hasPdfToText) return console.warn(`skipped PDF text check: ${NO_PDFTOTEXT}`);
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Nazwisko');
    expect(pages.at(-1)).toContain('zaneta.sliwa120');
  });
});

const report: ReportRow[] = [
  {
    firstName: 'Łucja',
    lastName: 'Żółć',
    login: 'lucja.zolc',
    score: 87.5,
    passed: true,
    date: new Date('2026-03-31T22:30:00Z'),
    certificateNumber: 'PL/2026/0001',
  },
  {
    firstName: '-Ewa',
    lastName: 'Nowak',
    login: 'ewa.nowak',
    score: null,
    passed: false,
    date: null,
    certificateNumber: null,
  },
  {
    firstName: 'Jan',
    lastName: 'Kos',
    login: 'jan.kos',
    score: 40,
    passed: false,
    date: new Date('2026-03-02T10:00:00Z'),
    certificateNumber: null,
  },
];

describe('final report', () => {
  it('XLSX: numbers stay numbers, dates are Warsaw days, text is neutralised', async () => {
    const workbook = await readXlsx(await finalReportXlsx(report, meta));
    const sheet = workbook.worksheets[0];
    const values = allText(sheet);
    expect(values).toContain('Uczestnicy: 3, zaliczyli: 1');
    expect(values).toContain("'-Ewa");
    // 22:30 UTC on 31 March is already 1 April in Warsaw (summer time, UTC+2).
    expect(values).toContain('1 kwietnia 2026');
    expect(values).toContain('brak podejścia');
    const scoreCell = sheet.getColumn(5).values.find((v) => v === 0.875);
    expect(scoreCell).toBe(0.875);
  });

  it('PDF: landscape A4 with the results in Polish', async () => {
    const pdf = await finalReportPdf(report, meta);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPdfToText) return console.warn(`skipped PDF text check: ${NO_PDFTOTEXT}`);
    const text = pdfText(pdf);
    for (const s of [
      'Raport końcowy szkolenia',
      'Łucja',
      'Żółć',
      '87,5%',
      '1 kwietnia 2026',
      'PL/2026/0001',
      'Nr zaświadczenia',
      'brak podejścia',
    ]) {
      expect(text).toContain(s);
    }
    expect(pdfPageSize(pdf)).toBe('841.89 x 595.28 pts (A4)');
  });

  it('PDF: in English for an admin reading English', async () => {
    const pdf = await finalReportPdf(report, meta, null, 'en');
    if (!hasPdfToText) return console.warn(`skipped PDF text check: ${NO_PDFTOTEXT}`);
    const text = pdfText(pdf);
    for (const s of ['Final training report', 'Participants: 3, passed: 1', '87.5%', '1 April 2026', 'no attempt'])
      expect(text).toContain(s);
    expect(text).toContain('Certificate no.');
    expect(text).not.toMatch(/Raport|kwietnia|brak podejścia|Nazwisko/);
  });
});
