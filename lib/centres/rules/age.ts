// Who a centre programme takes: its ages (e.g. Fermat I 7–9) on the day of the group's first class,
// from the child's day of birth (Warsaw calendar days; a birthday counts from its own day).
import { ageOn, isCalendarDay } from '@/lib/language/signup/rules/age';

export type CentreAgeCheck =
  { ok: true; age: number } | { ok: false; reason: 'invalid' | 'future' | 'tooYoung' | 'tooOld'; age?: number };

/** `onDay` is the group's first class ('YYYY-MM-DD'), `today` the day of enrolment. */
export function centreAgeCheck(
  birthDate: string,
  ages: { minAge: number; maxAge: number },
  onDay: string,
  today: string,
): CentreAgeCheck {
  if (!isCalendarDay(birthDate)) return { ok: false, reason: 'invalid' };
  if (birthDate > today) return { ok: false, reason: 'future' };
  const age = ageOn(birthDate, onDay);
  if (age < ages.minAge) return { ok: false, reason: 'tooYoung', age };
  if (age > ages.maxAge) return { ok: false, reason: 'tooOld', age };
  return { ok: true, age };
}
