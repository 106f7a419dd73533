// The offline sending deadline (tryby-offline.md: by the next business day after the issue date),
// across weekends, Polish holidays (fixed and Easter-bound) and the Warsaw day boundary.
import { describe, expect, it } from 'vitest';
import { offlineDeadline, offlineOverdue } from '@/lib/invoices/ksef/submission/rules/offline-deadline';
import { easterSunday, isBusinessDay, nextBusinessDay } from '@/lib/invoices/ksef/submission/rules/business-days';
import { lastInstantBefore, warsawDateKey } from '@/lib/format/time';

describe('offlineDeadline', () => {
  it.each([
    // issued (UTC instant)        last day to send (Warsaw)   why
    ['2025-07-08T10:00:00Z', '2025-07-09', 'the documentation example: Wednesday → Thursday'],
    ['2026-12-04T12:00:00Z', '2026-12-07', 'Friday → Monday'],
    ['2026-12-05T12:00:00Z', '2026-12-07', 'Saturday → Monday'],
    ['2026-12-23T12:00:00Z', '2026-12-28', 'Christmas Eve, both Christmas days and the weekend skipped'],
    ['2026-04-03T12:00:00Z', '2026-04-07', 'Good Friday → Easter Monday is a holiday → Tuesday'],
    ['2026-06-03T12:00:00Z', '2026-06-05', 'Corpus Christi (4 June 2026) skipped'],
    ['2026-04-30T12:00:00Z', '2026-05-04', '1 May (Friday), the weekend and 3 May (Sunday)'],
    ['2026-11-10T12:00:00Z', '2026-11-12', 'Independence Day skipped'],
    [
      '2026-12-31T22:30:00Z',
      '2027-01-04',
      '23:30 on 31 Dec in UTC is already 1 Jan in Warsaw (a holiday) → Monday 4 Jan',
    ],
    ['2026-03-28T23:30:00Z', '2026-03-30', 'the night of the DST change: Sunday in Warsaw → Monday'],
  ])('issued %s → send by %s (%s)', (issued, lastDay) => {
    expect(warsawDateKey(lastInstantBefore(offlineDeadline(new Date(issued))))).toBe(lastDay);
  });

  it('ends at midnight in Warsaw, not UTC', () => {
    expect(offlineDeadline(new Date('2026-07-08T10:00:00Z')).toISOString()).toBe('2026-07-09T22:00:00.000Z');
    expect(offlineDeadline(new Date('2026-12-08T10:00:00Z')).toISOString()).toBe('2026-12-09T23:00:00.000Z');
  });

  it('is overdue from its exclusive end on', () => {
    const end = offlineDeadline(new Date('2026-07-08T10:00:00Z'));
    expect(offlineOverdue(end, new Date(end.getTime() - 1))).toBe(false);
    expect(offlineOverdue(end, end)).toBe(true);
  });
});

describe('Polish business days', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, day) => {
    const e = easterSunday(year);
    expect(`${year}-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`).toBe(day);
  });

  it.each([
    ['2026-12-24', false, 'Christmas Eve since 2025'],
    ['2024-12-24', true, 'Christmas Eve before the 2025 act'],
    ['2026-01-06', false, 'Epiphany'],
    ['2026-08-14', true, 'an ordinary Friday'],
    ['2026-08-15', false, 'Saturday and a holiday'],
    ['2026-05-25', true, 'Whit Monday is not a holiday in Poland'],
  ])('%s business day: %s (%s)', (day, expected) => {
    expect(isBusinessDay(day)).toBe(expected);
  });

  it('steps over a run of holidays', () => {
    expect(nextBusinessDay('2026-12-31')).toBe('2027-01-04');
  });
});
