// The four yearly packages (regulamin §1.4.8–1.4.11, §4.5–4.7, §5.2).
import { reasoned, type MessageCode } from '@/lib/i18n';
import type { Currency } from '@/lib/format/money';
import { ageInSchoolYear, type ClassNumber } from '@/lib/families/class-table';
import type { SchoolYear } from '@/lib/families/school-year';
import { miniExtraSubjects, miniSubjects, type SubjectCode } from '@/lib/families/subjects';

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

export const PACKAGES: Record<PackageCode, PackageDefinition> = {
  NA_START: {
    code: 'NA_START',
    name: 'Pakiet Na Start',
    includes: [
      'kurs języka polskiego od podstaw: 20 scenariuszy lekcyjnych',
      'testy sprawdzające opanowanie materiału',
      'interaktywne zadania i gry edukacyjne',
      'forum (bez aplikacji „Kolega z ławki”)',
    ],
    ages: { min: 5, max: 12 },
    hasClasses: false,
    price: { PLN: 175000, GBP: 35900, EUR: 40900, USD: 46900 },
  },
  MINI: {
    code: 'MINI',
    name: 'Pakiet Mini',
    includes: [
      '36 tygodniowych scenariuszy lekcyjnych: edukacja wczesnoszkolna, język polski, historia, WOS, przyroda (liczba przedmiotów zależy od klasy)',
      'testy, interaktywne zadania i gry edukacyjne, materiały o polskiej kulturze i tradycji',
      'webinaria, forum i aplikacja „Kolega z ławki”',
      'bez przedmiotów ścisłych, języków obcych i lekcji polskiego w grupach 2–3 osobowych (można dokupić)',
    ],
    ages: { min: 5, max: 15 },
    hasClasses: true,
    price: { PLN: 219900, GBP: 45900, EUR: 50900, USD: 59000 },
  },
  STANDARD: {
    code: 'STANDARD',
    name: 'Pakiet Standard',
    includes: [
      'wszystko z Pakietu Mini',
      'przedmioty ścisłe i języki obce: matematyka, informatyka, biologia, chemia, fizyka, EDB, język obcy (według klasy)',
      'lekcje języka polskiego w grupach 2–3 osobowych',
      'roczny egzamin z przedmiotów podstawowych bez dodatkowej opłaty',
    ],
    ages: { min: 5, max: 15 },
    hasClasses: true,
    price: { PLN: 299900, GBP: 61900, EUR: 69900, USD: 80900 },
  },
  PREMIUM: {
    code: 'PREMIUM',
    name: 'Pakiet Premium',
    includes: [
      'wszystko z Pakietu Standard',
      '20 indywidualnych korepetycji z języka polskiego',
      'pakiet lektur dostosowany do klasy, wysyłany na adres zagraniczny',
    ],
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
      return miniSubjects(classNumber);
    case 'STANDARD':
    case 'PREMIUM':
      return [...miniSubjects(classNumber), ...miniExtraSubjects(classNumber)];
  }
}
