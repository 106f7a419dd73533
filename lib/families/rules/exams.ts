// The yearly exam a package gives or an add-on buys (regulamin §4.9, §5.5): which subjects a
// paid package lets the child sit, and when — "w okresie od czerwca do lipca" of the school
// year, an on-line test on the platform (§4.9.4). The data holds no exam date, so the window is
// derived here from the school year, once, for every page that shows it.
import { fromWarsaw } from '@/lib/format/time';
import { isClassNumber } from '@/lib/families/rules/class-table';
import type { PackageCode } from '@/lib/families/rules/packages';
import type { SchoolYear } from '@/lib/families/rules/school-year';
import { basicExamSubjects, compareSubjects, isSubjectCode, type SubjectCode } from '@/lib/families/rules/subjects';

/** `included`: in the package's price (§4.9.1, Standard/Premium); otherwise bought as an add-on (§5.5). */
export type PackageExam = { subject: SubjectCode; included: boolean };

/**
 * The exams of a paid package: for Standard and Premium the basic subjects of the class (§4.9.1,
 * no fee), plus every exam bought with it (FamilyPackage.addOns, kind EXAM). Na Start has none.
 */
export function packageExams(code: PackageCode, classNumber: number | null, addOns: unknown): PackageExam[] {
  if (code === 'NA_START' || classNumber === null || !isClassNumber(classNumber)) return [];
  const bought = Array.isArray(addOns)
    ? addOns
        .filter((a): a is { kind: string; subject: string } => a?.kind === 'EXAM' && typeof a.subject === 'string')
        .map((a) => a.subject)
        .filter(isSubjectCode)
    : [];
  const free = code === 'STANDARD' || code === 'PREMIUM' ? basicExamSubjects(classNumber) : [];
  const subjects = [...new Set([...free, ...bought])].sort(compareSubjects);
  return subjects.map((subject) => ({ subject, included: free.includes(subject) }));
}

/** §4.9: from 1 June to the end of July of the year's second calendar year; `until` is exclusive. */
export function examWindow(year: SchoolYear): { from: Date; until: Date } {
  return { from: fromWarsaw(year.startYear + 1, 6, 1), until: fromWarsaw(year.startYear + 1, 8, 1) };
}

export type ExamPhase = 'upcoming' | 'open' | 'over';

export function examPhase(now: Date, year: SchoolYear): ExamPhase {
  const { from, until } = examWindow(year);
  return now < from ? 'upcoming' : now < until ? 'open' : 'over';
}
