// Polish business days from the statutory holiday list (lib/calendar/business-days.ts).
import { describe, expect, it } from 'vitest';
import { isBusinessDay, nextBusinessDay, polishHolidays } from '@/lib/calendar/business-days';

describe('Polish business days', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter %i (%s) is a holiday', (year, day) => {
    expect(polishHolidays(year).has(day)).toBe(true);
  });

  it('2026 has exactly the days of art. 1 of the holidays act', () => {
    expect([...polishHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-03',
      '2026-05-24',
      '2026-06-04',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
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
