import { describe, expect, it } from 'vitest';
import { isReminderDue, reminderDueAt } from '@/lib/mail/rules/reminder-due';

const at = (iso: string) => new Date(iso);

describe('reminderDueAt keeps the Warsaw wall-clock time, whole calendar days earlier', () => {
  it.each([
    // [end (instant), days, due (instant)]
    ['trial ending on an ordinary day (CET)', '2026-01-15T13:00:00Z', 1, '2026-01-14T13:00:00Z'],
    ['trial ending in summer (CEST)', '2026-07-15T12:00:00Z', 1, '2026-07-14T12:00:00Z'],
    // Sun 29 Mar 2026 15:00 CEST ← Sat 28 Mar 15:00 CET: 23 hours before.
    ['a day before, across the spring change', '2026-03-29T13:00:00Z', 1, '2026-03-28T14:00:00Z'],
    // Sun 25 Oct 2026 15:00 CET ← Sat 24 Oct 15:00 CEST: 25 hours before.
    ['a day before, across the autumn change', '2026-10-25T14:00:00Z', 1, '2026-10-24T13:00:00Z'],
    // 1 Sep 2027 00:00 CEST ← 25 Aug 00:00 CEST.
    ['a week before the end of a school year', '2027-08-31T22:00:00Z', 7, '2027-08-24T22:00:00Z'],
    // 1 Nov 2026 00:00 CET ← 25 Oct 00:00 CEST (7 days and 1 hour).
    ['a week before, across the autumn change', '2026-10-31T23:00:00Z', 7, '2026-10-24T22:00:00Z'],
    // 2 Apr 2026 00:00 CEST ← 26 Mar 00:00 CET (7 days less 1 hour).
    ['a week before, across the spring change', '2026-04-01T22:00:00Z', 7, '2026-03-25T23:00:00Z'],
    ['a week before, across the turn of a month', '2026-03-03T12:00:00Z', 7, '2026-02-24T12:00:00Z'],
  ] as const)('%s', (_, end, days, due) => {
    expect(reminderDueAt(at(end), days).toISOString()).toBe(at(due).toISOString());
  });
});

describe('isReminderDue', () => {
  const end = at('2026-03-29T13:00:00Z');
  it.each([
    ['a minute before it is due', '2026-03-28T13:59:00Z', false],
    ['the moment it is due', '2026-03-28T14:00:00Z', true],
    ['between due and end', '2026-03-29T12:59:59Z', true],
    ['at the end', '2026-03-29T13:00:00Z', false],
    ['after the end', '2026-03-30T13:00:00Z', false],
  ] as const)('%s → %s', (_, now, due) => {
    expect(isReminderDue(end, 1, at(now))).toBe(due);
  });
});
