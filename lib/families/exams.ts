// What a parent and a child see of a paid package's yearly exam: the subjects (in the school's
// order, each marked as included or bought) and the window in plain words (rules/exams.ts).
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { formatLastDay, formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { examPhase, examWindow, packageExams } from '@/lib/families/rules/exams';
import type { PackageCode } from '@/lib/families/rules/packages';
import { schoolYearLabel } from '@/lib/families/rules/school-year';
import { subjectName } from '@/lib/families/rules/subjects';

export type ExamsView = {
  heading: string;
  when: string;
  subjects: { name: string; note: string }[];
};

export type PackageRow = { packageCode: string; classNumber: number | null; schoolYear: number; addOns: unknown };

/** Null when the package has no exam (Na Start, the preschool year of Mini without add-ons). */
export function examsView(p: PackageRow, now: Date, locale?: string): ExamsView | null {
  const t = messages(locale).families.exams;
  const exams = packageExams(p.packageCode as PackageCode, p.classNumber, p.addOns);
  if (exams.length === 0) return null;
  const year = { startYear: p.schoolYear };
  const { from, until } = examWindow(year);
  const phase = examPhase(now, year);
  const to = formatLastDay(until, locale);
  return {
    heading: t.heading(schoolYearLabel(year)),
    when: phase === 'upcoming' ? t.upcoming(formatDate(from, locale), to) : phase === 'open' ? t.open(to) : t.over(to),
    subjects: exams.map((e) => ({ name: subjectName(e.subject, locale), note: e.included ? t.included : t.bought })),
  };
}

/** The signed-in child's coming or current exams, from its paid packages (none for any other account). */
export async function childExams(userId: string, now = currentTime(), locale?: string): Promise<ExamsView[]> {
  const packages = await db().familyPackage.findMany({
    where: { child: { userId }, status: 'ACTIVE' },
    orderBy: { schoolYear: 'desc' },
    select: { packageCode: true, classNumber: true, schoolYear: true, addOns: true },
  });
  return packages
    .filter((p) => examPhase(now, { startYear: p.schoolYear }) !== 'over')
    .map((p) => examsView(p, now, locale))
    .filter((v): v is ExamsView => v !== null);
}
