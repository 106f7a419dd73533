// The final report (step 6 of the group purchase): every participant with the final-test
// result, as a spreadsheet and as a printable A4 document. Dates are Warsaw calendar days.
import { messages } from '@/lib/i18n';
import { createPdf, pdfToBuffer } from '@/lib/pdf/document';
import { formatDate } from '@/lib/format/time';
import { perLocale } from '@/lib/format/intl-tag';
import { drawTable, type PdfColumn } from '@/lib/pdf/table';
import { addTableSheet, newWorkbook, workbookBuffer, type XlsxCell } from '@/lib/spreadsheets/xlsx-sheet';
import type { GroupDashboard } from '@/lib/groups/dashboard/dashboard-model';
import { drawDashboard } from '@/lib/groups/dashboard/dashboard-pdf';

export type ReportRow = {
  firstName: string;
  lastName: string;
  login: string;
  /** Final-test result in percent; null when the participant never took the test. */
  score: number | null;
  passed: boolean;
  date: Date | null;
  certificateNumber: string | null;
};
export type ReportMeta = { companyName: string; courseTitle: string; generatedAt: Date };

// In the language of the admin who downloads it (the routes' currentLocale()); names, logins
// and certificate numbers are printed as stored.
const texts = (locale: string) => ({ t: messages(locale).groups.exports, c: messages(locale).groups.columns });
const percentFmt = perLocale((tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }));

export const formatScore = (score: number | null, locale: string = 'pl') =>
  score === null ? texts(locale).t.noAttempt : percentFmt(locale).format(score / 100);

function titleLines(rows: readonly ReportRow[], meta: ReportMeta, locale: string): string[] {
  const { t } = texts(locale);
  const passed = rows.filter((r) => r.passed).length;
  return [
    t.reportTitle,
    t.course(meta.courseTitle),
    t.company(meta.companyName),
    t.asOf(formatDate(meta.generatedAt, locale)),
    t.participants(rows.length, passed),
  ];
}

const passedText = (r: ReportRow, locale: string) => (r.passed ? texts(locale).t.yes : texts(locale).t.no);
const dateText = (r: ReportRow, locale: string) => (r.date ? formatDate(r.date, locale) : '—');
const certificateText = (r: ReportRow) => r.certificateNumber ?? '—';

const textCells = (locale: string) => (r: ReportRow, i: number) => [
  String(i + 1),
  r.firstName,
  r.lastName,
  r.login,
  formatScore(r.score, locale),
  passedText(r, locale),
  dateText(r, locale),
  certificateText(r),
];

// In the spreadsheet the score stays a number, so it can be sorted and averaged.
const scoreCell = (score: number | null, locale: string): XlsxCell =>
  score === null ? texts(locale).t.noAttempt : { value: score / 100, numFmt: Number.isInteger(score) ? '0%' : '0.0%' };

export async function finalReportXlsx(
  rows: readonly ReportRow[],
  meta: ReportMeta,
  locale: string = 'pl',
): Promise<Buffer> {
  const { t, c } = texts(locale);
  const workbook = newWorkbook(meta.generatedAt);
  addTableSheet(
    workbook,
    t.reportSheet,
    titleLines(rows, meta, locale),
    [
      { header: t.number, width: 6 },
      { header: c.firstName, width: 18 },
      { header: c.lastName, width: 22 },
      { header: c.login, width: 24 },
      { header: t.score, width: 14 },
      { header: t.passed, width: 11 },
      { header: t.testDate, width: 20 },
      { header: t.certificateNumber, width: 22 },
    ],
    rows.map((r, i) => [
      i + 1,
      r.firstName,
      r.lastName,
      r.login,
      scoreCell(r.score, locale),
      passedText(r, locale),
      dateText(r, locale),
      certificateText(r),
    ]),
  );
  return workbookBuffer(workbook);
}

function pdfColumns(locale: string): PdfColumn[] {
  const { t, c } = texts(locale);
  return [
    { header: t.number, width: 30, align: 'right' },
    { header: c.firstName, width: 100 },
    { header: c.lastName, width: 125 },
    { header: c.login, width: 160 },
    { header: t.score, width: 75, align: 'right' },
    { header: t.passed, width: 60 },
    { header: t.testDate, width: 105 },
    { header: t.certificateNumber, width: 106 },
  ];
}

/** The report as A4; with the dashboard (as of the day it was built), its charts come first. */
export function finalReportPdf(
  rows: readonly ReportRow[],
  meta: ReportMeta,
  dashboard: GroupDashboard | null = null,
  locale: string = 'pl',
): Promise<Buffer> {
  // Landscape: eight columns do not fit a portrait A4 legibly.
  const doc = createPdf({
    title: `${texts(locale).t.reportTitle} — ${meta.courseTitle}`,
    date: meta.generatedAt,
    layout: 'landscape',
    margin: 40,
  });
  return pdfToBuffer(doc, (d) => {
    const [title, ...rest] = titleLines(rows, meta, locale);
    d.font('bold').fontSize(16).text(title);
    d.font('regular').fontSize(10).moveDown(0.3);
    for (const line of rest) d.text(line);
    d.moveDown(0.8);
    if (dashboard) {
      drawDashboard(d, dashboard, dashboardLine(dashboard, meta, locale), locale);
      d.addPage();
    }
    drawTable(d, pdfColumns(locale), rows.map(textCells(locale)));
  });
}

/** "Stan na …" and how much of the accounts' access was left that day. */
function dashboardLine(dashboard: GroupDashboard, meta: ReportMeta, locale: string): string {
  const r = messages(locale).groups.dashboard.report;
  const left =
    dashboard.daysLeft === null
      ? r.unlimited
      : dashboard.daysLeft === 0
        ? r.ended(dashboard.lastDay ?? '')
        : r.daysLeft(dashboard.daysLeft, dashboard.lastDay ?? '');
  return `${r.asOf(formatDate(meta.generatedAt, locale))} ${left}`;
}
