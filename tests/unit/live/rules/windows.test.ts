// The windows of a live session at their boundaries: cancel cut-off, room opening, free make-up, recording's 30 days.
import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import {
  canCancelBooking,
  canJoin,
  DEFAULT_CANCEL_CUTOFF_HOURS,
  isRecordingVisible,
  makeUpCharge,
  makeUpDeadline,
  recordingExpiresAt,
} from '@/lib/live/rules/windows';

const at = (iso: string) => new Date(iso);
const ms = (d: Date, n: number) => new Date(d.getTime() + n);
// Tuesday 6 Oct 2026, 17:00–18:40 CEST.
const start = at('2026-10-06T15:00:00Z');
const end = at('2026-10-06T16:40:00Z');

describe('cancelling a booking until the cut-off (default 12 h, inclusive)', () => {
  it.each([
    [DEFAULT_CANCEL_CUTOFF_HOURS, at('2026-10-06T03:00:00Z'), true],
    [DEFAULT_CANCEL_CUTOFF_HOURS, at('2026-10-06T03:00:00.001Z'), false],
    [DEFAULT_CANCEL_CUTOFF_HOURS, at('2026-10-05T15:00:00Z'), true],
    [DEFAULT_CANCEL_CUTOFF_HOURS, at('2026-10-06T15:00:00Z'), false],
    [24, at('2026-10-05T15:00:00Z'), true],
    [24, at('2026-10-05T15:00:01Z'), false],
    [0, start, true],
    [0, ms(start, 1), false],
  ])('cut-off %i h, now %s: %s', (hours, now, allowed) => {
    expect(canCancelBooking(start, hours, now)).toBe(allowed);
  });

  it('counts real hours across the DST change (Sunday 25 Oct 2026 09:00 CET, cancel until 20:00 CEST Saturday)', () => {
    const sunday = fromWarsaw(2026, 10, 25, 9, 0);
    expect(canCancelBooking(sunday, 12, fromWarsaw(2026, 10, 24, 22, 0))).toBe(true);
    expect(canCancelBooking(sunday, 12, fromWarsaw(2026, 10, 24, 22, 1))).toBe(false);
  });
});

describe('joining the room from 15 minutes before the start until the end', () => {
  it.each([
    [at('2026-10-06T14:44:59.999Z'), false],
    [at('2026-10-06T14:45:00Z'), true],
    [start, true],
    [end, true],
    [ms(end, 1), false],
    [at('2026-10-05T15:00:00Z'), false],
  ])('at %s: %s', (now, allowed) => {
    expect(canJoin(start, end, now)).toBe(allowed);
  });
});

describe('make-up: free before the class or on the next day (matplaneta §2.7), Warsaw days', () => {
  it.each([
    // missed class (Warsaw), deadline = 23:59:59.999 Warsaw of the next day
    [fromWarsaw(2026, 10, 6, 17, 0), fromWarsaw(2026, 10, 7, 23, 59, 59)],
    [fromWarsaw(2026, 10, 6, 0, 0), fromWarsaw(2026, 10, 7, 23, 59, 59)],
    [fromWarsaw(2026, 10, 6, 23, 30), fromWarsaw(2026, 10, 7, 23, 59, 59)],
    // Saturday before the clocks go back: Sunday 25 Oct is 25 hours long
    [fromWarsaw(2026, 10, 24, 17, 0), fromWarsaw(2026, 10, 25, 23, 59, 59)],
    // Saturday before the clocks go forward (23-hour Sunday)
    [fromWarsaw(2026, 3, 28, 17, 0), fromWarsaw(2026, 3, 29, 23, 59, 59)],
    [fromWarsaw(2027, 3, 27, 10, 0), fromWarsaw(2027, 3, 28, 23, 59, 59)],
    // end of a year: a class on 31 Dec can be made up for free until 1 Jan
    [fromWarsaw(2026, 12, 31, 17, 0), fromWarsaw(2027, 1, 1, 23, 59, 59)],
  ])('missed at %s: free until %s', (missed, lastSecond) => {
    const deadline = makeUpDeadline(missed);
    expect(deadline.getTime()).toBe(lastSecond.getTime() + 999);
    expect(makeUpCharge(missed, lastSecond)).toBe('free');
    expect(makeUpCharge(missed, ms(deadline, 1))).toBe('single-class-price');
  });

  it('a class at 00:30 Warsaw (still the previous day in UTC) counts from its Warsaw day', () => {
    const missed = at('2026-10-05T22:30:00Z'); // 00:30 CEST on 6 Oct
    expect(makeUpDeadline(missed).toISOString()).toBe('2026-10-07T21:59:59.999Z');
  });

  it.each([
    [at('2026-09-01T00:00:00Z'), 'free'], // long before
    [start, 'free'],
    [fromWarsaw(2026, 10, 7, 12, 0), 'free'],
    [fromWarsaw(2026, 10, 8, 0, 0), 'single-class-price'],
    [fromWarsaw(2026, 11, 1, 0, 0), 'single-class-price'],
  ] as const)('requested at %s: %s', (requestedAt, charge) => {
    expect(makeUpCharge(start, requestedAt)).toBe(charge);
  });
});

describe('recordings: 30 days after the session ends (razem §5.7, B16)', () => {
  it.each([
    [end, at('2026-11-05T17:40:00Z')], // 18:40 CEST → 18:40 CET 5 Nov: 30 days and one hour
    [at('2026-11-03T17:40:00Z'), at('2026-12-03T17:40:00Z')], // no DST change in between
    [fromWarsaw(2027, 3, 10, 18, 40), fromWarsaw(2027, 4, 9, 18, 40)], // 30 days less one hour
  ])('ended %s: expires %s', (endsAt, expiresAt) => {
    expect(recordingExpiresAt(endsAt).toISOString()).toBe(expiresAt.toISOString());
  });

  it.each([
    [ms(end, -1), false],
    [end, true],
    [at('2026-11-05T17:39:59.999Z'), true],
    [at('2026-11-05T17:40:00Z'), false],
    [at('2026-12-01T00:00:00Z'), false],
  ])('at %s visible: %s', (now, visible) => {
    expect(isRecordingVisible(end, now)).toBe(visible);
  });
});
