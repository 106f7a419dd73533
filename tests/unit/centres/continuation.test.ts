import { describe, expect, it } from 'vitest';
import { centreContinuation, inDayWindow } from '@/lib/billing/discounts/rules';

const d = (day: string) => new Date(`${day}T00:00:00Z`);

describe("a centre's Akcja Kontynuacja terms", () => {
  it('10 % or 200 zł as the centre sets it, with its window of whole days', () => {
    expect(
      centreContinuation({
        continuationKind: 'PERCENT',
        continuationValue: 1000,
        continuationFrom: d('2027-06-01'),
        continuationTo: d('2027-06-30'),
      }),
    ).toEqual({ effect: { kind: 'PERCENT', value: 1000 }, window: { first: '2027-06-01', last: '2027-06-30' } });
    expect(
      centreContinuation({
        continuationKind: 'AMOUNT',
        continuationValue: 20_000,
        continuationFrom: d('2027-06-01'),
        continuationTo: null,
      }),
    ).toEqual({ effect: { kind: 'AMOUNT', value: 20_000 }, window: null });
  });

  it.each([
    ['2027-05-31', false],
    ['2027-06-01', true],
    ['2027-06-30', true],
    ['2027-07-01', false],
    ['2028-06-10', false],
  ])('%s in 2027-06-01…2027-06-30: %s', (day, inside) => {
    expect(inDayWindow(day, { first: '2027-06-01', last: '2027-06-30' })).toBe(inside);
  });

  it('is closed without a window', () => {
    expect(inDayWindow('2027-06-10', null)).toBe(false);
  });
});
