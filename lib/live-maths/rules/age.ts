// Matplaneta Live takes children aged 4–13 (L2). Only the birth year is stored (Child.birthYear),
// so the age is the one the child reaches in the current Warsaw calendar year.
export const LIVE_MIN_AGE = 4;
export const LIVE_MAX_AGE = 13;

export type AgeCheck = { ok: true; age: number } | { ok: false; reason: 'tooYoung' | 'tooOld'; age: number };

/** `year` is the current Warsaw calendar year (the caller reads it from `now`). */
export function liveAgeCheck(birthYear: number, year: number): AgeCheck {
  const age = year - birthYear;
  if (age < LIVE_MIN_AGE) return { ok: false, reason: 'tooYoung', age };
  if (age > LIVE_MAX_AGE) return { ok: false, reason: 'tooOld', age };
  return { ok: true, age };
}
