import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { answerDeadline, daysLeft } from '@/lib/support/rules/answer-deadline';

describe('answerDeadline (art. 7a u.p.k.): 14 calendar days from receipt, Warsaw time', () => {
  it.each([
    // received (Warsaw)             last day       due (exclusive, Warsaw midnight after the last day)
    [[2026, 12, 1, 10, 0], '2026-12-15', fromWarsaw(2026, 12, 16)],
    [[2026, 12, 1, 0, 5], '2026-12-15', fromWarsaw(2026, 12, 16)], // early morning: the same Warsaw day
    [[2026, 11, 30, 23, 59], '2026-12-14', fromWarsaw(2026, 12, 15)], // late evening: still 30 Nov in Warsaw
    [[2026, 12, 25, 12, 0], '2027-01-08', fromWarsaw(2027, 1, 9)], // across the year, holidays not skipped
    [[2027, 2, 20, 9, 0], '2027-03-06', fromWarsaw(2027, 3, 7)], // February has 28 days
    [[2027, 3, 20, 9, 0], '2027-04-03', fromWarsaw(2027, 4, 4)], // clocks go forward on 28 Mar
    [[2026, 10, 20, 9, 0], '2026-11-03', fromWarsaw(2026, 11, 4)], // clocks go back on 25 Oct
  ] as const)('received %j → last day %s', (r, lastDay, dueAt) => {
    const d = answerDeadline(fromWarsaw(r[0], r[1], r[2], r[3], r[4]));
    expect(d.lastDay).toBe(lastDay);
    expect(d.dueAt).toEqual(dueAt);
  });

  it('ends at midnight Warsaw time, whose UTC hour moves with DST', () => {
    // Summer time at receipt, winter time at the deadline: midnight is 23:00 UTC.
    expect(answerDeadline(fromWarsaw(2026, 10, 20, 9)).dueAt.toISOString()).toBe('2026-11-03T23:00:00.000Z');
    // Winter time at receipt, summer time at the deadline: midnight is 22:00 UTC.
    expect(answerDeadline(fromWarsaw(2027, 3, 20, 9)).dueAt.toISOString()).toBe('2027-04-03T22:00:00.000Z');
  });

  it('a receipt just before and just after Warsaw midnight falls on different days', () => {
    const before = answerDeadline(new Date('2026-12-01T22:59:59Z')); // 23:59:59 on 1 Dec in Warsaw
    const after = answerDeadline(new Date('2026-12-01T23:00:00Z')); // 00:00 on 2 Dec in Warsaw
    expect(before.lastDay).toBe('2026-12-15');
    expect(after.lastDay).toBe('2026-12-16');
  });
});

describe('daysLeft: whole Warsaw days to the last day', () => {
  const { dueAt } = answerDeadline(fromWarsaw(2027, 3, 20, 9)); // last day 3 Apr, across the DST change

  it.each([
    [fromWarsaw(2027, 3, 20, 9), 14],
    [fromWarsaw(2027, 3, 27, 23, 30), 7],
    [fromWarsaw(2027, 3, 28, 12), 6], // the 23-hour day
    [fromWarsaw(2027, 4, 3, 0, 1), 0],
    [fromWarsaw(2027, 4, 3, 23, 59), 0],
    [fromWarsaw(2027, 4, 4, 0, 0), -1],
    [fromWarsaw(2027, 4, 10, 12), -7],
  ])('at %s → %i', (now, left) => {
    expect(daysLeft(dueAt, now)).toBe(left);
  });
});
