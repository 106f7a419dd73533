// Progress of a group's participants as a spreadsheet HR can download at any time during the two
// months (the final report comes only at the end): logged in, lessons, test, certificate, access.
import { messages } from '@/lib/i18n';
import { formatDateTime, formatLastDay, warsawDateKey } from '@/lib/format/time';
import { addTableSheet, newWorkbook, workbookBuffer } from '@/lib/spreadsheets/xlsx-sheet';
import type { ParticipantProgress } from '@/lib/groups/report/participants-progress';

export type ProgressMeta = { companyName: string; courseTitle: string; generatedAt: Date };
export type ProgressRow = ParticipantProgress & { deactivated: boolean };

export async function progressXlsx(rows: readonly ProgressRow[], meta: ProgressMeta): Promise<Buffer> {
  const t = messages().people.progress;
  const c = messages().groups.columns;
  const workbook = newWorkbook(meta.generatedAt);
  addTableSheet(
    workbook,
    t.sheet,
    [t.title, t.course(meta.courseTitle), t.company(meta.companyName), t.asOf(formatDateTime(meta.generatedAt))],
    [
      { header: t.number, width: 6 },
      { header: c.firstName, width: 18 },
      { header: c.lastName, width: 22 },
      { header: c.login, width: 24, numFmt: '@' },
      { header: c.email, width: 28 },
      { header: t.lastLogin, width: 18 },
      { header: t.lessons, width: 12 },
      { header: t.progress, width: 10 },
      { header: t.bestScore, width: 12 },
      { header: t.passed, width: 10 },
      { header: t.certificate, width: 22 },
      { header: t.accessUntil, width: 14 },
      { header: t.state, width: 16 },
    ],
    rows.map((r, i) => [
      i + 1,
      r.firstName,
      r.lastName,
      r.login,
      r.email ?? '',
      r.lastLoginAt ? formatDateTime(r.lastLoginAt) : t.never,
      `${r.done}/${r.total}`,
      { value: r.percent / 100, numFmt: '0%' },
      r.bestScore === null ? '—' : { value: r.bestScore / 100, numFmt: '0.0%' },
      r.passed ? t.yes : t.no,
      r.certificateNumber ?? '—',
      r.endsAt ? formatLastDay(r.endsAt) : '—',
      r.deactivated ? t.deactivated : r.lastLoginAt ? t.active : t.notYet,
    ]),
  );
  return workbookBuffer(workbook);
}

export const progressFileName = (at: Date) => `postepy-${warsawDateKey(at)}.xlsx`;
