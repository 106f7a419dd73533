// Centre plans take the school year from the group's first class (startDay), not from the day of
// signing: a June sign-up for next year's group pays next year's instalments and the full pack.
import { describe, expect, it } from 'vitest';
import { buildSchedule, starterPackAmount } from '@/lib/billing/rules/schedule';

const parts = (s: ReturnType<typeof buildSchedule>) => s.filter((c) => c.kind === 'INSTALMENT');
const fee = (s: ReturnType<typeof buildSchedule>) => s.find((c) => c.kind === 'FEE');

describe('centre schedules in the group school year', () => {
  it('a June sign-up for next year: the first within 5 business days, then October … June of next year', () => {
    const s = buildSchedule({
      planCode: 'centre-ten',
      amount: 300000,
      currency: 'PLN',
      signedDay: '2027-06-15',
      startDay: '2027-09-06',
    });
    expect(parts(s).map((c) => c.dueDate)).toEqual([
      '2027-06-22',
      '2027-10-11', // the 10th is a Sunday: the next business day (art. 115 k.c.)
      '2027-11-10',
      '2027-12-10',
      '2028-01-10',
      '2028-02-10',
      '2028-03-10',
      '2028-04-10',
      '2028-05-10',
      '2028-06-12', // a Saturday
    ]);
    expect(parts(s).every((c) => c.periodStart === '2027-09-06' && c.periodEnd === '2028-06-30')).toBe(true);
    expect(fee(s)).toMatchObject({ amount: 16900, dueDate: '2027-06-22', refundable: false });
  });

  it('a June sign-up for next year on the half plan: the second half by 10 February of next year', () => {
    const s = buildSchedule({
      planCode: 'centre-half',
      amount: 320000,
      currency: 'PLN',
      signedDay: '2027-06-15',
      startDay: '2027-09-06',
    });
    expect(s.map((c) => [c.kind, c.amount, c.dueDate])).toEqual([
      ['INSTALMENT', 160000, '2027-06-22'],
      ['FEE', 16900, '2027-06-22'],
      ['INSTALMENT', 160000, '2028-02-10'],
    ]);
  });

  it('the yearly plan is due before the first class when that comes sooner than 5 business days', () => {
    const s = buildSchedule({
      planCode: 'centre-annual',
      amount: 320000,
      currency: 'PLN',
      signedDay: '2026-09-03',
      startDay: '2026-09-07',
    });
    expect(s.map((c) => [c.kind, c.dueDate])).toEqual([
      ['INSTALMENT', '2026-09-06'],
      ['FEE', '2026-09-06'],
    ]);
  });

  it('signed on the eve of the first class: due the same day', () => {
    const [first] = buildSchedule({
      planCode: 'centre-annual',
      amount: 320000,
      currency: 'PLN',
      signedDay: '2026-09-06',
      startDay: '2026-09-07',
    });
    expect(first.dueDate).toBe('2026-09-06');
  });

  it('joined after the first class: 5 business days, the service from signing, the late pack after January', () => {
    const s = buildSchedule({
      planCode: 'centre-ten',
      amount: 120000,
      currency: 'PLN',
      signedDay: '2027-03-01',
      startDay: '2026-09-07',
    });
    expect(parts(s)[0]).toMatchObject({ dueDate: '2027-03-08', periodStart: '2027-03-01', periodEnd: '2027-06-30' });
    expect(parts(s).map((c) => c.dueDate)).toEqual([
      '2027-03-08',
      '2027-03-10',
      '2027-04-12', // a Saturday
      '2027-05-10',
      '2027-06-10',
    ]);
    expect(parts(s).reduce((a, c) => a + c.amount, 0)).toBe(120000);
    expect(fee(s)?.amount).toBe(10000);
  });

  it('a group without the starter pack charges none', () => {
    const s = buildSchedule({
      planCode: 'centre-annual',
      amount: 320000,
      currency: 'PLN',
      signedDay: '2026-09-01',
      startDay: '2026-09-14',
      starterPack: false,
    });
    expect(s.map((c) => c.kind)).toEqual(['INSTALMENT']);
  });

  it.each([
    ['2027-06-15', '2027-09-06', 16900],
    ['2027-06-15', '2026-09-07', 10000],
    ['2027-01-31', '2026-09-07', 16900],
    ['2027-02-01', '2026-09-07', 10000],
    ['2026-08-20', '2026-09-07', 16900],
  ])('the starter pack signed on %s for a year starting %s costs %i', (signed, start, want) => {
    expect(starterPackAmount(signed, start)).toBe(want);
  });
});
