// Round axis values: steps of 1, 2 or 5 × 10^k covering the range, whole numbers for counts, and no
// floating-point noise in what the axis writes.
import { describe, expect, it } from 'vitest';
import { niceStep, niceTicks } from '@/lib/charts/ticks';

describe('niceTicks', () => {
  it.each([
    // min, max, count, ticks
    [0, 100, 5, [0, 20, 40, 60, 80, 100]],
    [0, 100, 11, [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]],
    [0, 95, 5, [0, 20, 40, 60, 80, 100]],
    [0, 431, 5, [0, 100, 200, 300, 400, 500]],
    [0, 12, 5, [0, 2, 4, 6, 8, 10, 12]],
    [0, 7, 2, [0, 5, 10]],
    [0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0, 0.3, 3, [0, 0.1, 0.2, 0.3]],
    [-15, 35, 5, [-20, -10, 0, 10, 20, 30, 40]],
    [40, 60, 4, [40, 45, 50, 55, 60]],
  ])('covers %d–%d in about %d round steps', (min, max, count, ticks) => {
    expect(niceTicks(min, max, count)).toEqual(ticks);
  });

  it('starts at or below the smallest value and ends at or above the largest', () => {
    for (const [min, max] of [
      [3, 97],
      [0.7, 1234.5],
      [-42, -3],
    ]) {
      const ticks = niceTicks(min, max, 6);
      expect(ticks[0]).toBeLessThanOrEqual(min);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      const steps = new Set(ticks.slice(1).map((t, i) => Math.round((t - ticks[i]) * 1e6)));
      expect(steps.size).toBe(1);
    }
  });

  it('counts whole people: steps of at least 1', () => {
    expect(niceTicks(0, 3, 6, { integer: true })).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 1, 5, { integer: true })).toEqual([0, 1]);
    expect(niceTicks(0, 3, 6)).toContain(0.5);
  });

  it('widens an empty range, accepts the bounds either way round and refuses what is not a number', () => {
    expect(niceTicks(0, 0, 5, { integer: true })).toEqual([0, 1]);
    expect(niceTicks(100, 0, 5)).toEqual(niceTicks(0, 100, 5));
    expect(niceTicks(0, Number.NaN)).toEqual([]);
    expect(Object.is(niceTicks(-1, 1, 2)[1], 0)).toBe(true); // 0, never −0
  });
});

describe('niceStep', () => {
  it.each([
    [100, 5, false, 20],
    [100, 3, false, 50],
    [1, 10, false, 0.1],
    [3, 6, true, 1],
    [0, 5, false, 1],
  ])('steps %d over %d ticks (whole: %s) by %d', (span, count, integer, step) => {
    expect(niceStep(span, count, integer)).toBe(step);
  });
});
