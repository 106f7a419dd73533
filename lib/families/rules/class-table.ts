// Class from the child's birth year (regulamin §4.7, §4.8).
// The source gives the table for 2019/2020 only; the whole table moves one birth year per
// school year, so it depends only on the age reached in the calendar year the school year
// starts: 2019 − 2014 = 5 → zerówka … 2019 − 2004 = 15 → class 8.
import type { SchoolYear } from '@/lib/families/rules/school-year';
import { DEFAULT_LOCALE, messages, reasoned, type MessageCode } from '@/lib/i18n';

export type ClassNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** Age (in years) reached in the calendar year the school year starts. */
export function ageInSchoolYear(birthYear: number, schoolYear: SchoolYear): number {
  return schoolYear.startYear - birthYear;
}

// Index = age. Ages 6 and 7 share class 1, 14 and 15 share class 8, as in the source table.
const CLASS_BY_AGE: Record<number, ClassNumber> = {
  5: 0,
  6: 1,
  7: 1,
  8: 2,
  9: 3,
  10: 4,
  11: 5,
  12: 6,
  13: 7,
  14: 8,
  15: 8,
};
export const YOUNGEST_AGE = 5;
export const OLDEST_AGE = 15;

export type ClassResult =
  | { ok: true; classNumber: ClassNumber; age: number }
  | { ok: false; code: 'TOO_YOUNG' | 'TOO_OLD' | ClassChangeError; age: number; reason: MessageCode; message: string };

export function classForBirthYear(birthYear: number, schoolYear: SchoolYear): ClassResult {
  if (!Number.isInteger(birthYear)) throw new Error(`A birth year must be an integer: ${birthYear}`);
  const age = ageInSchoolYear(birthYear, schoolYear);
  const label = `${schoolYear.startYear}/${schoolYear.startYear + 1}`;
  if (age < YOUNGEST_AGE) {
    return {
      ok: false,
      code: 'TOO_YOUNG',
      age,
      ...reasoned({
        code: 'families.errors.tooYoung',
        params: [birthYear, label, schoolYear.startYear - YOUNGEST_AGE],
      }),
    };
  }
  if (age > OLDEST_AGE) {
    return {
      ok: false,
      code: 'TOO_OLD',
      age,
      ...reasoned({
        code: 'families.errors.tooOld',
        params: [birthYear, label, OLDEST_AGE, schoolYear.startYear - OLDEST_AGE],
      }),
    };
  }
  return { ok: true, classNumber: CLASS_BY_AGE[age], age };
}

/** 0 → "zerówka", 3 → "klasa 3". */
export function className(classNumber: ClassNumber, locale: string = DEFAULT_LOCALE): string {
  return messages(locale).families.className(classNumber);
}

export type ClassChange = -1 | 0 | 1;

type ClassChangeError = 'STEP_TOO_LARGE' | 'OUT_OF_RANGE';

export type ClassChangeResult =
  { ok: true; classNumber: ClassNumber } | { ok: false; code: ClassChangeError; reason: MessageCode; message: string };

/** §4.8: on the parent's request, one class lower or higher than the birth year gives. */
export function changeClass(fromBirthYear: ClassNumber, step: number): ClassChangeResult {
  if (step !== -1 && step !== 0 && step !== 1) {
    return {
      ok: false,
      code: 'STEP_TOO_LARGE',
      ...reasoned('families.errors.classStepTooLarge'),
    };
  }
  const target = fromBirthYear + step;
  if (!isClassNumber(target)) {
    return {
      ok: false,
      code: 'OUT_OF_RANGE',
      ...reasoned(step < 0 ? 'families.errors.noClassBelow' : 'families.errors.noClassAbove'),
    };
  }
  return { ok: true, classNumber: target };
}

/** The class a child learns in: birth-year class moved by the requested step (default none). */
export function classForChild(birthYear: number, schoolYear: SchoolYear, step = 0): ClassResult {
  const base = classForBirthYear(birthYear, schoolYear);
  if (!base.ok || step === 0) return base;
  const changed = changeClass(base.classNumber, step);
  if (!changed.ok)
    return { ok: false, code: changed.code, age: base.age, reason: changed.reason, message: changed.message };
  return { ok: true, classNumber: changed.classNumber, age: base.age };
}

export function isClassNumber(n: number): n is ClassNumber {
  return Number.isInteger(n) && n >= 0 && n <= 8;
}

/** "klasa 5" for the class one step from `base`, or null when there is no such class. */
export function shiftedClassName(base: ClassNumber, step: number, locale: string = DEFAULT_LOCALE): string | null {
  const r = changeClass(base, step);
  return r.ok ? className(r.classNumber, locale) : null;
}
