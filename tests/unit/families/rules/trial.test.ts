import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { canStartTrial, isTrialActive, trialEndsAt } from '@/lib/families/rules/trial';

describe('trialEndsAt (§2.3): exactly 48 hours from clicking', () => {
  it('adds 48 h', () => {
    const startedAt = fromWarsaw(2026, 10, 5, 18, 42, 7);
    expect(trialEndsAt(startedAt).getTime() - startedAt.getTime()).toBe(48 * 3_600_000);
  });
  it('counts real hours across the DST change, so the wall clock moves by 49 h', () => {
    expect(trialEndsAt(fromWarsaw(2027, 3, 27, 12))).toEqual(fromWarsaw(2027, 3, 29, 13));
  });
  it('isTrialActive until the end instant, exclusive', () => {
    const startedAt = fromWarsaw(2026, 10, 5, 12);
    expect(isTrialActive(startedAt, startedAt)).toBe(true);
    expect(isTrialActive(startedAt, new Date(trialEndsAt(startedAt).getTime() - 1))).toBe(true);
    expect(isTrialActive(startedAt, trialEndsAt(startedAt))).toBe(false);
  });
});

describe('canStartTrial: once per parent per school year', () => {
  const t = (y: number, m: number, d = 10) => ({ startedAt: fromWarsaw(y, m, d, 12) });

  it('allows the first trial', () => {
    expect(canStartTrial([], fromWarsaw(2026, 10, 1))).toEqual({ ok: true, schoolYear: { startYear: 2026 } });
  });
  it('refuses a second trial in the same school year', () => {
    const r = canStartTrial([t(2026, 10)], fromWarsaw(2027, 3, 1));
    expect(r).toMatchObject({ ok: false, code: 'ALREADY_USED_THIS_SCHOOL_YEAR', usedAt: t(2026, 10).startedAt });
    if (!r.ok) expect(r.message).toContain('2026/2027');
  });
  it('allows a new trial in the next school year', () => {
    expect(canStartTrial([t(2026, 6)], fromWarsaw(2026, 9, 1)).ok).toBe(true);
  });
  it('counts a July/August trial against the coming year', () => {
    expect(canStartTrial([t(2026, 7)], fromWarsaw(2026, 9, 15)).ok).toBe(false);
    expect(canStartTrial([t(2027, 5)], fromWarsaw(2027, 7, 2)).ok).toBe(true);
  });
});
