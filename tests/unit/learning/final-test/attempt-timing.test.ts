import { describe, expect, it } from 'vitest';
import { attemptDeadline, canSubmit, isSubmissionInTime } from '@/lib/learning/final-test/attempt-timing';

const start = new Date('2025-05-10T10:00:00Z');
const at = (iso: string) => new Date(iso);

describe('attemptDeadline', () => {
  it('adds the limit in minutes, or is null without one', () => {
    expect(attemptDeadline(start, 30)).toEqual(at('2025-05-10T10:30:00Z'));
    expect(attemptDeadline(start, null)).toBeNull();
    expect(() => attemptDeadline(start, 0)).toThrow(RangeError);
  });
});

describe('isSubmissionInTime', () => {
  it('accepts up to 5 seconds of grace after the deadline', () => {
    expect(isSubmissionInTime(start, 30, at('2025-05-10T10:29:59Z'))).toBe(true);
    expect(isSubmissionInTime(start, 30, at('2025-05-10T10:30:05Z'))).toBe(true);
    expect(isSubmissionInTime(start, 30, at('2025-05-10T10:30:05.001Z'))).toBe(false);
    expect(isSubmissionInTime(start, 30, at('2025-05-10T10:30:06Z'))).toBe(false);
  });
  it('takes a custom grace and no limit', () => {
    expect(isSubmissionInTime(start, 30, at('2025-05-10T10:30:01Z'), 0)).toBe(false);
    expect(isSubmissionInTime(start, 30, at('2025-05-10T10:30:30Z'), 30)).toBe(true);
    expect(isSubmissionInTime(start, null, at('2030-01-01T00:00:00Z'))).toBe(true);
  });
});

describe('canSubmit', () => {
  const accessEndsAt = at('2025-05-10T10:20:00Z');

  it('lets an attempt started before access ended finish within its limit', () => {
    expect(canSubmit({ startedAt: start, accessEndsAt, now: at('2025-05-10T10:29:00Z'), limit: 30 })).toEqual({
      ok: true,
    });
  });
  it('refuses after the limit plus grace even while access lasts', () => {
    expect(canSubmit({ startedAt: start, accessEndsAt: null, now: at('2025-05-10T10:30:06Z'), limit: 30 })).toEqual({
      ok: false,
      reason: 'time-limit-passed',
    });
  });
  it('refuses an attempt started at or after the end of access', () => {
    expect(canSubmit({ startedAt: accessEndsAt, accessEndsAt, now: at('2025-05-10T10:21:00Z'), limit: 30 })).toEqual({
      ok: false,
      reason: 'started-after-access-ended',
    });
  });
  it('without a limit, requires submitting before access ends (plus grace)', () => {
    expect(canSubmit({ startedAt: start, accessEndsAt, now: at('2025-05-10T10:20:05Z'), limit: null })).toEqual({
      ok: true,
    });
    expect(canSubmit({ startedAt: start, accessEndsAt, now: at('2025-05-10T10:20:06Z'), limit: null })).toEqual({
      ok: false,
      reason: 'access-ended',
    });
    expect(canSubmit({ startedAt: start, accessEndsAt: null, now: at('2026-01-01T00:00:00Z'), limit: null })).toEqual({
      ok: true,
    });
  });
});
