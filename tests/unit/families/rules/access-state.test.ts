import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { accessState } from '@/lib/families/rules/access-state';
import { resignationEffectiveAt } from '@/lib/families/rules/refunds';

const at = (y: number, m: number, d: number, h = 12) => fromWarsaw(y, m, d, h);

describe('accessState', () => {
  const paidInAugust = { paidAt: at(2026, 8, 10) };

  it('is closed before payment', () => {
    expect(accessState(at(2026, 8, 9), paidInAugust)).toBe('closed');
  });
  it('gives the preparatory platform when paid before 1 September (§3.3)', () => {
    expect(accessState(at(2026, 8, 10), paidInAugust)).toBe('preparatory');
    expect(accessState(fromWarsaw(2026, 8, 31, 23, 59, 59), paidInAugust)).toBe('preparatory');
  });
  it('opens the year from 1 September 00:00 to 30 June 23:59:59', () => {
    expect(accessState(fromWarsaw(2026, 9, 1), paidInAugust)).toBe('open');
    expect(accessState(fromWarsaw(2027, 6, 30, 23, 59, 59), paidInAugust)).toBe('open');
  });
  it('keeps July and August open for free when the parent has not resigned (§3.4)', () => {
    expect(accessState(fromWarsaw(2027, 7, 1), paidInAugust)).toBe('summer');
    expect(accessState(fromWarsaw(2027, 8, 31, 23, 59), paidInAugust)).toBe('summer');
  });
  it('closes after the summer', () => {
    expect(accessState(fromWarsaw(2027, 9, 1), paidInAugust)).toBe('closed');
  });
  it('goes straight to open when paid during the year', () => {
    const pkg = { paidAt: at(2026, 10, 15) };
    expect(accessState(at(2026, 10, 15), pkg)).toBe('open');
    expect(accessState(at(2027, 3, 1), pkg)).toBe('open');
  });
  it('a resignation filed in June ends the year and leaves no summer', () => {
    const pkg = { ...paidInAugust, resignedEffectiveAt: resignationEffectiveAt(at(2027, 6, 10)) };
    expect(accessState(fromWarsaw(2027, 6, 30, 23, 59), pkg)).toBe('open');
    expect(accessState(fromWarsaw(2027, 7, 1), pkg)).toBe('closed');
  });
  it('a resignation filed in July ends the summer on 1 August', () => {
    const pkg = { ...paidInAugust, resignedEffectiveAt: resignationEffectiveAt(at(2027, 7, 3)) };
    expect(accessState(at(2027, 7, 31), pkg)).toBe('summer');
    expect(accessState(fromWarsaw(2027, 8, 1), pkg)).toBe('closed');
  });
  it('a resignation in October closes access on 1 November', () => {
    const pkg = { ...paidInAugust, resignedEffectiveAt: resignationEffectiveAt(at(2026, 10, 20)) };
    expect(accessState(fromWarsaw(2026, 10, 31, 23, 59), pkg)).toBe('open');
    expect(accessState(fromWarsaw(2026, 11, 1), pkg)).toBe('closed');
  });
  it('honours an explicit school year paid in advance (e.g. in June for the next one)', () => {
    const pkg = { paidAt: at(2026, 6, 20), schoolYear: { startYear: 2026 } };
    expect(accessState(at(2026, 6, 21), pkg)).toBe('preparatory');
    expect(accessState(at(2026, 9, 2), pkg)).toBe('open');
  });
});
