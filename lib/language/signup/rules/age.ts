// Who may sign the language course contract: a consumer contract with a payment obligation needs
// full legal capacity, so the programme's minAge (18 in the demo) is checked on the day of signing,
// in calendar days of Warsaw ('YYYY-MM-DD'), a birthday counting from its own day (29 Feb → 1 Mar).
export type AgeRefusal = { reason: 'future' | 'tooYoung' | 'invalid' };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day ('2026-02-30' is not one). */
export function isCalendarDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Full years between the birth day and `today`. */
export function ageOn(birthDay: string, today: string): number {
  const [by, bm, bd] = birthDay.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  const beforeBirthday = tm < bm || (tm === bm && td < bd);
  return ty - by - (beforeBirthday ? 1 : 0);
}

/** null: old enough on `today`; otherwise why not. */
export function ageRefusal(birthDay: string, today: string, minAge: number): AgeRefusal | null {
  if (!isCalendarDay(birthDay)) return { reason: 'invalid' };
  if (birthDay > today) return { reason: 'future' };
  return ageOn(birthDay, today) >= minAge ? null : { reason: 'tooYoung' };
}
