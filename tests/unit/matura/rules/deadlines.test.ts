import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { isDue, ruleOf } from '@/lib/retention/rules/table';
import {
  declarationDeadline,
  declarationLock,
  declarationsLockAt,
  licenceEndsAt,
  licencePeriod,
  licencePhase,
  purgeDueAt,
  purgeRemindersAt,
  renewalOfferedFrom,
} from '@/lib/matura/rules/deadlines';

const warsaw = (y: number, m: number, d: number, h = 0, min = 0) => fromWarsaw(y, m, d, h, min);

describe('declarationDeadline (M13: one declaration by 7 February, next working day when it is not one)', () => {
  it.each([
    [2025, '2025-02-07'], // a Friday
    [2026, '2026-02-09'], // Saturday → Monday (rmf24.pl 2026-02-02)
    [2027, '2027-02-08'], // Sunday → Monday
    [2028, '2028-02-07'], // a Monday
    [2032, '2032-02-09'], // Saturday → Monday
  ])('exam year %i → %s', (year, day) => {
    expect(declarationDeadline(year)).toBe(day);
  });

  it.each([
    [2026, '2026-03-16'], // 14 March 2026 is a Saturday
    [2027, '2027-03-15'], // a Sunday
    [2028, '2028-03-14'],
  ])('M13: the late start of Ukrainian citizens, exam year %i → %s', (year, day) => {
    expect(declarationDeadline(year, 'lateStart')).toBe(day);
  });

  it.each([
    // now (Warsaw), locked — the lock is the end of the deadline day in Warsaw
    [warsaw(2027, 2, 8, 23, 59), false],
    [warsaw(2027, 2, 9, 0, 0), true],
    [warsaw(2026, 9, 1), false],
    [warsaw(2027, 5, 4), true],
  ])('exam year 2027 at %s: locked = %s', (now, locked) => {
    expect(declarationLock(2027, now).locked).toBe(locked);
  });

  it('locks at Warsaw midnight, 23:00 UTC in winter', () => {
    expect(declarationsLockAt(2027).toISOString()).toBe('2027-02-08T23:00:00.000Z');
    expect(declarationsLockAt(2026).toISOString()).toBe('2026-02-09T23:00:00.000Z');
  });

  it('the director’s unlock opens one declaration after the deadline; the reason code otherwise', () => {
    const now = warsaw(2027, 3, 1);
    expect(declarationLock(2027, now, { unlockedByDirector: true })).toEqual({ locked: false });
    expect(declarationLock(2027, now)).toEqual({
      locked: true,
      reason: 'matura.deadlines.locked',
      since: declarationsLockAt(2027),
    });
    expect(declarationLock(2027, now, { kind: 'lateStart' }).locked).toBe(false);
  });
});

describe('the licence calendar (A3, A11, A19; finding 6)', () => {
  it('A3: 1 September to 30 June; a renewal from 1 July, so the summer stays covered', () => {
    expect(licencePeriod(2027)).toEqual({ firstDay: '2026-09-01', lastDay: '2027-06-30' });
    expect(licencePeriod(2028, { renewal: true })).toEqual({ firstDay: '2027-07-01', lastDay: '2028-06-30' });
  });

  it.each([
    ['expires at the end of 30 June', licenceEndsAt(2027), '2027-06-30T22:00:00.000Z'],
    ['A11: renewal offered from 1 June', renewalOfferedFrom(2027), '2027-05-31T22:00:00.000Z'],
    ['A19: purged after 30 read-only days, at the end of 30 July', purgeDueAt(2027), '2027-07-30T22:00:00.000Z'],
  ])('%s', (_name, instant, iso) => {
    expect(instant.toISOString()).toBe(iso);
  });

  it.each([[2026], [2027], [2028]])(
    'A19: the purge instant of %i is the retention table’s (schoolPlannerData, 30 days from licenceEnd)',
    (year) => {
      const rule = ruleOf('schoolPlannerData');
      expect(isDue(rule, licenceEndsAt(year), purgeDueAt(year))).toBe(false);
      expect(isDue(rule, licenceEndsAt(year), new Date(purgeDueAt(year).getTime() + 1))).toBe(true);
    },
  );

  it('A19: reminders 14 and 3 days before the purge (17 and 28 July)', () => {
    expect(purgeRemindersAt(2027).map((d) => d.toISOString())).toEqual([
      '2027-07-16T22:00:00.000Z',
      '2027-07-27T22:00:00.000Z',
    ]);
  });

  it.each([
    // now (Warsaw), renewed, phase
    [warsaw(2026, 8, 31, 23, 59), false, 'notStarted'],
    [warsaw(2026, 9, 1), false, 'active'],
    [warsaw(2027, 5, 31, 23, 59), false, 'active'],
    [warsaw(2027, 6, 1), false, 'renewalOffered'],
    [warsaw(2027, 6, 1), true, 'active'],
    [warsaw(2027, 6, 30, 23, 59), false, 'renewalOffered'],
    [warsaw(2027, 7, 1), false, 'readOnly'],
    [warsaw(2027, 7, 30, 23, 59), false, 'readOnly'],
    [warsaw(2027, 7, 31), false, 'purgeDue'],
    [warsaw(2027, 7, 1), true, 'renewed'],
    [warsaw(2027, 8, 21), true, 'renewed'], // the August resit with a renewed licence
  ] as const)('at %s (renewed %s): %s', (now, renewed, phase) => {
    expect(licencePhase(2027, now, { renewed })).toBe(phase);
  });

  it('a renewal licence is active from 1 July', () => {
    expect(licencePhase(2028, warsaw(2027, 7, 1), { renewal: true })).toBe('active');
    expect(licencePhase(2028, warsaw(2027, 6, 30, 12), { renewal: true })).toBe('notStarted');
  });
});
