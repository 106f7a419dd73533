import { describe, expect, it } from 'vitest';
import { ageOn, ageRefusal, isCalendarDay } from '@/lib/language/signup/rules/age';

describe('the sign-up age rule (minAge of the programme, on the Warsaw day of signing)', () => {
  it.each([
    ['the 18th birthday itself', '2008-12-02', '2026-12-02', null],
    ['the day before the 18th birthday', '2008-12-03', '2026-12-02', 'tooYoung'],
    ['born on 29 February: 18 on 1 March of a common year', '2008-02-29', '2026-03-01', null],
    ['born on 29 February: still 17 on 28 February', '2008-02-29', '2026-02-28', 'tooYoung'],
    ['a grown-up', '1970-06-15', '2026-12-02', null],
    ['born tomorrow', '2026-12-03', '2026-12-02', 'future'],
    ['not a calendar day', '2001-02-30', '2026-12-02', 'invalid'],
    ['not a date at all', '12.04.1995', '2026-12-02', 'invalid'],
  ])('%s', (_, birth, today, reason) => {
    expect(ageRefusal(birth, today, 18)?.reason ?? null).toBe(reason);
  });

  it('counts full years only', () => {
    expect(ageOn('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
  });

  it('knows calendar days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
  });
});
