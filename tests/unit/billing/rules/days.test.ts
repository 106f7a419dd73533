import { describe, expect, it } from 'vitest';
import {
  onBusinessDay,
  addBusinessDays,
  addMonthsClamped,
  dateToDay,
  dayToDate,
  daysBetween,
  endOfMonth,
  warsawToday,
} from '@/lib/billing/rules/days';

describe('billing days', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-08-31', 6, '2027-02-28'],
  ])('%s + %i month(s) is %s (clamped to the month end)', (day, n, want) => {
    expect(addMonthsClamped(day, n)).toBe(want);
  });

  it.each([
    // Friday → the next week's Friday.
    ['2026-09-04', 5, '2026-09-11'],
    // 11 November (Wednesday) is a holiday.
    ['2026-11-04', 5, '2026-11-12'],
    // Christmas Eve is a holiday from 2025, then Christmas and the weekend.
    ['2026-12-21', 5, '2026-12-30'],
    // Easter Monday 2027 is 29 March.
    ['2027-03-25', 2, '2027-03-30'],
  ])('%s + %i business days is %s', (day, n, want) => {
    expect(addBusinessDays(day, n)).toBe(want);
  });

  it('ends months and counts days across a leap February', () => {
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('takes the Warsaw calendar day of an instant and round-trips @db.Date values', () => {
    // 23:30 UTC on 31 December is already 1 January in Warsaw.
    expect(warsawToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dateToDay(dayToDate('2027-02-28'))).toBe('2027-02-28');
  });
});

describe('a due date fixed on the calendar (art. 115 k.c.)', () => {
  it.each([
    ['2026-11-10', '2026-11-10'], // a Tuesday: stays
    ['2026-10-10', '2026-10-12'], // a Saturday
    ['2027-01-10', '2027-01-11'], // a Sunday
    ['2023-04-10', '2023-04-11'], // Easter Monday
    ['2029-02-10', '2029-02-12'], // 10 February on a Saturday
  ])('%s is due on %s', (day, due) => {
    expect(onBusinessDay(day)).toBe(due);
  });
});
