// Add-ons one child can get on top of a package, priced in PLN (regulamin §4.9, §5.5–5.8).
import type { ClassNumber } from '@/lib/families/rules/class-table';
import type { PackageCode } from '@/lib/families/rules/packages';
import { messages, text } from '@/lib/i18n';
import {
  basicExamSubjects,
  furtherExamSubjects,
  inSchoolOrder,
  miniExtraSubjects,
  subjectName,
  type SubjectCode,
} from '@/lib/families/rules/subjects';

export const EXAM_FEE_PLN = 10000;
export const EXTRA_SUBJECT_FEE_PLN = 20000;
/** §5.8: lessons are monthly, 10 in a school year, sold as 1, 5 or 10. */
export const POLISH_GROUP_LESSONS_PLN: Record<number, number> = { 1: 9900, 5: 44900, 10: 79900 };

export type AddOns = {
  exams?: readonly SubjectCode[];
  /** Mini only: sciences and languages from §5.6 for the child's class. */
  extraSubjects?: readonly SubjectCode[];
  /** Mini only: 1, 5 or 10 small-group Polish lessons. */
  polishGroupLessons?: number;
};

export type AddOnLine = {
  kind: 'EXAM' | 'EXTRA_SUBJECT' | 'POLISH_GROUP_LESSONS';
  description: string;
  subject?: SubjectCode;
  amountPlnMinor: number;
};

export type AddOnErrorCode =
  'ADDON_NOT_FOR_PACKAGE' | 'SUBJECT_NOT_FOR_CLASS' | 'DUPLICATE_SUBJECT' | 'INVALID_LESSON_BUNDLE';
export type AddOnError = { code: AddOnErrorCode; message: string };

/** `classNumber` is null for Na Start, which has no classes and no exams. */
export function priceAddOns(
  pkg: PackageCode,
  classNumber: ClassNumber | null,
  addOns: AddOns,
): { lines: AddOnLine[]; errors: AddOnError[] } {
  const lines: AddOnLine[] = [];
  const errors: AddOnError[] = [];
  const exams = addOns.exams ?? [];
  const extras = addOns.extraSubjects ?? [];

  if (exams.length > 0) {
    if (classNumber === null) {
      errors.push({ code: 'ADDON_NOT_FOR_PACKAGE', message: text('families.errors.startHasNoExams') });
    } else {
      for (const dup of duplicates(exams)) errors.push(duplicateError('families.errors.duplicateExam', dup));
      for (const subject of inSchoolOrder(exams)) {
        const basic = basicExamSubjects(classNumber).includes(subject);
        if (!basic && !furtherExamSubjects(classNumber).includes(subject)) {
          errors.push(notForClass('families.errors.examNotForClass', subject, classNumber));
          continue;
        }
        // §4.9.1: basic-subject exams cost nothing extra with Standard and Premium.
        const included = basic && (pkg === 'STANDARD' || pkg === 'PREMIUM');
        lines.push({
          kind: 'EXAM',
          subject,
          description: messages().families.lines.exam(subjectName(subject), included),
          amountPlnMinor: included ? 0 : EXAM_FEE_PLN,
        });
      }
    }
  }

  if (extras.length > 0) {
    if (pkg !== 'MINI' || classNumber === null) {
      errors.push({
        code: 'ADDON_NOT_FOR_PACKAGE',
        message: text('families.errors.extrasOnlyMini'),
      });
    } else {
      for (const dup of duplicates(extras)) errors.push(duplicateError('families.errors.duplicateExtra', dup));
      for (const subject of inSchoolOrder(extras)) {
        if (!miniExtraSubjects(classNumber).includes(subject)) {
          errors.push(notForClass('families.errors.extraNotForClass', subject, classNumber));
          continue;
        }
        lines.push({
          kind: 'EXTRA_SUBJECT',
          subject,
          description: messages().families.lines.extraSubject(subjectName(subject)),
          amountPlnMinor: EXTRA_SUBJECT_FEE_PLN,
        });
      }
    }
  }

  const lessons = addOns.polishGroupLessons;
  if (lessons !== undefined && lessons !== 0) {
    if (pkg !== 'MINI') {
      // Standard and Premium already include them (§1.4.10); Na Start has none.
      errors.push({
        code: 'ADDON_NOT_FOR_PACKAGE',
        message: text('families.errors.groupLessonsOnlyMini'),
      });
    } else if (!(lessons in POLISH_GROUP_LESSONS_PLN)) {
      errors.push({
        code: 'INVALID_LESSON_BUNDLE',
        message: text('families.errors.lessonBundle'),
      });
    } else {
      lines.push({
        kind: 'POLISH_GROUP_LESSONS',
        description: messages().families.lines.groupLessons(lessons),
        amountPlnMinor: POLISH_GROUP_LESSONS_PLN[lessons],
      });
    }
  }
  return { lines, errors };
}

function duplicates(codes: readonly SubjectCode[]): SubjectCode[] {
  return [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];
}

function duplicateError(
  code: 'families.errors.duplicateExam' | 'families.errors.duplicateExtra',
  subject: SubjectCode,
): AddOnError {
  return { code: 'DUPLICATE_SUBJECT', message: text({ code, params: [subjectName(subject)] }) };
}

function notForClass(
  code: 'families.errors.examNotForClass' | 'families.errors.extraNotForClass',
  subject: SubjectCode,
  classNumber: ClassNumber,
): AddOnError {
  return { code: 'SUBJECT_NOT_FOR_CLASS', message: text({ code, params: [subjectName(subject), classNumber] }) };
}
