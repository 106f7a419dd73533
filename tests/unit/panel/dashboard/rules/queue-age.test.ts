import { describe, expect, it } from 'vitest';
import { queueAge } from '@/lib/panel/dashboard/rules/queue-age';
import { ageText } from '@/lib/panel/dashboard/model';

const now = new Date('2026-12-02T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const H = 3_600_000;

describe("a queue's oldest item", () => {
  it.each([
    [0, { unit: 'hours', value: 0 }, 'mniej niż godzinę'],
    [59 * 60_000, { unit: 'hours', value: 0 }, 'mniej niż godzinę'],
    [H, { unit: 'hours', value: 1 }, '1 godzinę'],
    [5 * H, { unit: 'hours', value: 5 }, '5 godzin'],
    [23 * H + 59 * 60_000, { unit: 'hours', value: 23 }, '23 godziny'],
    [24 * H, { unit: 'days', value: 1 }, '1 dzień'],
    [7 * 24 * H + 5 * H, { unit: 'days', value: 7 }, '7 dni'],
    [-H, { unit: 'hours', value: 0 }, 'mniej niż godzinę'], // a clock moved back: never negative
  ])('%i ms old is %o ("%s")', (ms, age, text) => {
    const a = queueAge(ago(ms), now);
    expect(a).toEqual(age);
    expect(ageText(a!)).toBe(text);
  });

  it('an empty queue has no age', () => {
    expect(queueAge(null, now)).toBeNull();
  });
});
