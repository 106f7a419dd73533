// The 12-month consultation window of an on-line course (O2), across month ends, leap years and DST.
import { describe, expect, it } from 'vitest';
import { consultationBookable, consultationUntil } from '@/lib/live/rules/consultation-window';
import { fromWarsaw } from '@/lib/format/time';

describe('consultationUntil', () => {
  const w = fromWarsaw;
  it.each([
    ['an ordinary day', w(2026, 3, 15, 10, 0), 12, w(2027, 3, 15, 10, 0)],
    ['31 January keeps its day', w(2026, 1, 31, 9, 30), 12, w(2027, 1, 31, 9, 30)],
    ['31 March + 11 months clamps to 29 February of a leap year', w(2027, 3, 31, 12, 0), 11, w(2028, 2, 29, 12, 0)],
    ['29 February + 12 months clamps to 28 February', w(2028, 2, 29, 18, 0), 12, w(2029, 2, 28, 18, 0)],
    ['31 May + 1 month clamps to 30 June', w(2026, 5, 31, 8, 0), 1, w(2026, 6, 30, 8, 0)],
    ['a winter start ends at the same wall-clock time in summer', w(2026, 1, 10, 23, 30), 6, w(2026, 7, 10, 23, 30)],
    ['31 December crosses into the next year', w(2026, 12, 31, 23, 59), 12, w(2027, 12, 31, 23, 59)],
  ] as const)('%s', (_label, start, months, end) => {
    expect(consultationUntil(start, months)).toEqual(end);
  });

  it('has no end when the course sets no limit', () => {
    expect(consultationUntil(fromWarsaw(2026, 1, 1), null)).toBeNull();
  });

  it.each([0, -1, 1.5])('refuses %s months', (m) => {
    expect(() => consultationUntil(fromWarsaw(2026, 1, 1), m)).toThrow(RangeError);
  });
});

describe('consultationBookable', () => {
  const start = fromWarsaw(2026, 1, 31, 10, 0);
  const until = fromWarsaw(2027, 1, 31, 10, 0);

  it.each([
    ['a session in the first week', fromWarsaw(2026, 2, 5, 17, 0), true],
    ['a session a second before the end', new Date(until.getTime() - 1000), true],
    ['a session exactly at the end', until, false],
    ['a session a week after the end', fromWarsaw(2027, 2, 7, 17, 0), false],
  ] as const)('%s → %s', (_label, session, ok) => {
    expect(consultationBookable(session, start, 12)).toBe(ok);
  });

  it('always when the course has no limit', () => {
    expect(consultationBookable(fromWarsaw(2040, 1, 1), start, null)).toBe(true);
  });
});
