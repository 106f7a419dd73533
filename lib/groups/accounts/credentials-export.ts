// What the company admin receives after the accounts are created: every participant's login
// and password, as a spreadsheet and as a printable A4 list (step 4 of the group purchase).
import { createPdf, pdfToBuffer } from '@/lib/pdf/document';
import { formatDateTime } from '@/lib/format/time';
import { drawTable, registerMonoFont, type PdfColumn } from '@/lib/pdf/table';
import { addTableSheet, newWorkbook, workbookBuffer } from '@/lib/spreadsheets/xlsx-sheet';

export type CredentialRow = {
  firstName: string;
  lastName: string;
  login: string;
  password: string;
  email?: string | null;
};
export type CredentialsMeta = { companyName: string; courseTitle: string; generatedAt: Date; loginUrl?: string };

const TITLE = 'Dane logowania uczestników';
const CONFIDENTIAL =
  'Poufne: dokument zawiera hasła. Przekaż każdemu uczestnikowi tylko jego dane, a plik po wykorzystaniu usuń.';

function titleLines(meta: CredentialsMeta): string[] {
  return [
    TITLE,
    `Kurs: ${meta.courseTitle}`,
    `Firma: ${meta.companyName}`,
    `Wygenerowano: ${formatDateTime(meta.generatedAt)}`,
    ...(meta.loginUrl ? [`Adres logowania: ${meta.loginUrl}`] : []),
    CONFIDENTIAL,
  ];
}

const cells = (r: CredentialRow, i: number) => [
  String(i + 1),
  r.firstName,
  r.lastName,
  r.login,
  r.password,
  r.email ?? '',
];

export async function credentialsXlsx(rows: readonly CredentialRow[], meta: CredentialsMeta): Promise<Buffer> {
  const workbook = newWorkbook(meta.generatedAt);
  addTableSheet(
    workbook,
    'Dane logowania',
    titleLines(meta),
    [
      { header: 'Lp.', width: 6 },
      { header: 'Imię', width: 18 },
      { header: 'Nazwisko', width: 22 },
      // Text format: Excel must not turn a login or password like "00123" into a number.
      { header: 'Login', width: 26, numFmt: '@' },
      { header: 'Hasło', width: 20, numFmt: '@' },
      { header: 'E-mail', width: 30 },
    ],
    rows.map((r, i) => [i + 1, r.firstName, r.lastName, r.login, r.password, r.email ?? '']),
  );
  return workbookBuffer(workbook);
}

// Landscape widths (762 pt between margins): a generated password and a typical login fit on
// one line, since a password broken over two lines is easily copied wrong.
const PDF_COLUMNS: PdfColumn[] = [
  { header: 'Lp.', width: 28, align: 'right' },
  { header: 'Imię', width: 105 },
  { header: 'Nazwisko', width: 135 },
  { header: 'Login', width: 175, font: 'mono' },
  { header: 'Hasło', width: 120, font: 'mono' },
  { header: 'E-mail', width: 199 },
];

export function credentialsPdf(rows: readonly CredentialRow[], meta: CredentialsMeta): Promise<Buffer> {
  const doc = createPdf({
    title: `${TITLE} — ${meta.courseTitle}`,
    date: meta.generatedAt,
    layout: 'landscape',
    margin: 40,
  });
  registerMonoFont(doc);
  return pdfToBuffer(doc, (d) => {
    const [title, ...rest] = titleLines(meta);
    d.font('bold').fontSize(16).text(title);
    d.font('regular').fontSize(10).moveDown(0.3);
    for (const line of rest) d.text(line);
    d.moveDown(0.8);
    drawTable(d, PDF_COLUMNS, rows.map(cells));
  });
}
