// What the company admin receives after the accounts are created: every participant's login
// and password, as a spreadsheet and as a printable A4 list (step 4 of the group purchase).
import { messages } from '@/lib/i18n';
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

// In the language of the admin who downloads it (the route's currentLocale()): the list is theirs
// to hand out; the names, logins and passwords are the same in every language.
const texts = (locale: string) => ({ t: messages(locale).groups.exports, c: messages(locale).groups.columns });

function titleLines(meta: CredentialsMeta, locale: string): string[] {
  const { t } = texts(locale);
  return [
    t.credentialsTitle,
    t.course(meta.courseTitle),
    t.company(meta.companyName),
    t.generated(formatDateTime(meta.generatedAt, locale)),
    ...(meta.loginUrl ? [t.loginUrl(meta.loginUrl)] : []),
    t.confidential,
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

export async function credentialsXlsx(
  rows: readonly CredentialRow[],
  meta: CredentialsMeta,
  locale: string = 'pl',
): Promise<Buffer> {
  const { t, c } = texts(locale);
  const workbook = newWorkbook(meta.generatedAt);
  addTableSheet(
    workbook,
    t.credentialsSheet,
    titleLines(meta, locale),
    [
      { header: t.number, width: 6 },
      { header: c.firstName, width: 18 },
      { header: c.lastName, width: 22 },
      // Text format: Excel must not turn a login or password like "00123" into a number.
      { header: c.login, width: 26, numFmt: '@' },
      { header: c.password, width: 20, numFmt: '@' },
      { header: c.email, width: 30 },
    ],
    rows.map((r, i) => [i + 1, r.firstName, r.lastName, r.login, r.password, r.email ?? '']),
  );
  return workbookBuffer(workbook);
}

// Landscape widths (762 pt between margins): a generated password and a typical login fit on
// one line, since a password broken over two lines is easily copied wrong.
function pdfColumns(locale: string): PdfColumn[] {
  const { t, c } = texts(locale);
  return [
    { header: t.number, width: 28, align: 'right' },
    { header: c.firstName, width: 105 },
    { header: c.lastName, width: 135 },
    { header: c.login, width: 175, font: 'mono' },
    { header: c.password, width: 120, font: 'mono' },
    { header: c.email, width: 199 },
  ];
}

export function credentialsPdf(
  rows: readonly CredentialRow[],
  meta: CredentialsMeta,
  locale: string = 'pl',
): Promise<Buffer> {
  const doc = createPdf({
    title: `${texts(locale).t.credentialsTitle} — ${meta.courseTitle}`,
    date: meta.generatedAt,
    layout: 'landscape',
    margin: 40,
  });
  registerMonoFont(doc);
  return pdfToBuffer(doc, (d) => {
    const [title, ...rest] = titleLines(meta, locale);
    d.font('bold').fontSize(16).text(title);
    d.font('regular').fontSize(10).moveDown(0.3);
    for (const line of rest) d.text(line);
    d.moveDown(0.8);
    drawTable(d, pdfColumns(locale), rows.map(cells));
  });
}
