// The four yearly packages (regulamin §1.4.8–1.4.11, §4.5–4.7, §5.2).
import { messages, reasoned, type MessageCode } from '@/lib/i18n';
import type { Currency } from '@/lib/format/money';
import { ageInSchoolYear, type ClassNumber } from '@/lib/families/rules/class-table';
import type { SchoolYear } from '@/lib/families/rules/school-year';
import { inSchoolOrder, miniExtraSubjects, miniSubjects, type SubjectCode } from '@/lib/families/rules/subjects';

export type PackageCode = 'NA_START' | 'MINI' | 'STANDARD' | 'PREMIUM';
export const PACKAGE_CODES: readonly PackageCode[] = ['NA_START', 'MINI', 'STANDARD', 'PREMIUM'];

export type PackageDefinition = {
  code: PackageCode;
  name: string;
  includes: readonly string[];
  /** Inclusive, as age reached in the calendar year the school year starts (class-table.ts). */
  ages: { min: number; max: number };
  /** Na Start has one programme for every age (§4.6); the others follow the class table. */
  hasClasses: boolean;
  /** Per child per school year, minor units (§5.2). */
  price: Record<Currency, number>;
};

const P = messages().families.packages;

export const PACKAGES: Record<PackageCode, PackageDefinition> = {
  NA_START: {
    code: 'NA_START',
    name: P.NA_START.name,
    includes: P.NA_START.includes,
    ages: { min: 5, max: 12 },
    hasClasses: false,
    price: { PLN: 175000, GBP: 35900, EUR: 40900, USD: 46900 },
  },
  MINI: {
    code: 'MINI',
    name: P.MINI.name,
    includes: P.MINI.includes,
    ages: { min: 5, max: 15 },
    hasClasses: true,
    price: { PLN: 219900, GBP: 45900, EUR: 50900, USD: 59000 },
  },
  STANDARD: {
    code: 'STANDARD',
    name: P.STANDARD.name,
    includes: P.STANDARD.includes,
    ages: { min: 5, max: 15 },
    hasClasses: true,
    price: { PLN: 299900, GBP: 61900, EUR: 69900, USD: 80900 },
  },
  PREMIUM: {
    code: 'PREMIUM',
    name: P.PREMIUM.name,
    includes: P.PREMIUM.includes,
    ages: { min: 5, max: 15 },
    hasClasses: true,
    price: { PLN: 499900, GBP: 103900, EUR: 115900, USD: 134900 },
  },
};

export type AgeCheck =
  | { ok: true; age: number }
  | { ok: false; code: 'AGE_OUT_OF_RANGE'; age: number; reason: MessageCode; message: string };

/** Whether a child born in `birthYear` may have `code` in `schoolYear` (§4.6, §4.7). */
export function checkPackageAge(code: PackageCode, birthYear: number, schoolYear: SchoolYear): AgeCheck {
  const pkg = PACKAGES[code];
  const age = ageInSchoolYear(birthYear, schoolYear);
  if (age >= pkg.ages.min && age <= pkg.ages.max) return { ok: true, age };
  return {
    ok: false,
    code: 'AGE_OUT_OF_RANGE',
    age,
    ...reasoned({
      code: 'families.errors.packageAge',
      params: [pkg.name, pkg.ages.min, pkg.ages.max, birthYear, schoolYear.startYear, age],
    }),
  };
}

/**
 * Subjects the package gives a child in `classNumber`. Na Start ignores the class.
 * Standard and Premium = Mini's subjects plus everything §5.6 lets Mini buy for that class:
 * §5.6 sells exactly the "sciences and modern languages" Mini lacks and Standard has.
 */
export function subjectsFor(code: PackageCode, classNumber: ClassNumber): readonly SubjectCode[] {
  switch (code) {
    case 'NA_START':
      return ['JEZYK_POLSKI_OD_PODSTAW'];
    case 'MINI':
      return inSchoolOrder(miniSubjects(classNumber));
    case 'STANDARD':
    case 'PREMIUM':
      return inSchoolOrder([...miniSubjects(classNumber), ...miniExtraSubjects(classNumber)]);
  }
}
