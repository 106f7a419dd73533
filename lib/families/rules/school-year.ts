// The polonijka school year (regulamin §1.4.12): 1 September – 30 June, Europe/Warsaw.
// July and August are not part of it; §3.4 lets a continuing family use the platform for free
// then, so for access they belong to the year that has just ended (see accessState).
import { fromWarsaw, warsawParts } from '@/lib/format/time';

/** A school year named by the calendar year it starts in: 2026 = 2026/2027. */
export type SchoolYear = { startYear: number };

/**
 * The school year whose access rules apply at `date`.
 * Sep–Dec → that year; Jan–Aug → the year before. July/August therefore belong to the
 * ending year (the free summer of §3.4), not to the one starting on 1 September.
 */
export function schoolYearOf(date: Date): SchoolYear {
  const { year, month } = warsawParts(date);
  return { startYear: month >= 9 ? year : year - 1 };
}

/**
 * The school year a purchase made at `date` is for by default.
 * Same as schoolYearOf, except in July/August: the ending year has nothing left to sell,
 * so a purchase then is for the year starting on 1 September (§3.3 preparatory access).
 */
export function schoolYearForPurchase(date: Date): SchoolYear {
  const { year, month } = warsawParts(date);
  return { startYear: month >= 7 ? year : year - 1 };
}

/** { startYear: 2026 } → "2026/2027". */
export function schoolYearLabel(schoolYear: SchoolYear): string {
  return `${schoolYear.startYear}/${schoolYear.startYear + 1}`;
}

/** 1 September 00:00 in Warsaw: the first instant of the year. */
export function schoolYearStart(schoolYear: SchoolYear): Date {
  return fromWarsaw(schoolYear.startYear, 9, 1);
}

/** 1 July 00:00 in Warsaw, exclusive: the year includes all of 30 June and nothing after. */
export function schoolYearEnd(schoolYear: SchoolYear): Date {
  return fromWarsaw(schoolYear.startYear + 1, 7, 1);
}

/** End (exclusive) of the free summer after the year: the next year's 1 September. */
export function summerEnd(schoolYear: SchoolYear): Date {
  return schoolYearStart({ startYear: schoolYear.startYear + 1 });
}

export function sameSchoolYear(a: SchoolYear, b: SchoolYear): boolean {
  return a.startYear === b.startYear;
}
