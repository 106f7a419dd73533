import { describe, expect, it } from 'vitest';
import { quoteTermination } from '@/lib/billing/rules/termination';
import { licenceRefund } from '@/lib/licence/rules/refund';
import { licencePeriod } from '@/lib/matura/rules/deadlines';

const PRICE = 50_000; // A2: 500 zł gross
const Y2027 = licencePeriod(2027); // 2026-09-01 … 2027-06-30: 303 days

describe('licenceRefund (A16, seed §5.2/§7.2: pro rata to the days left to 30 June, rounded once)', () => {
  it.each([
    // terminated on, days left, refund (grosze)
    ['2026-08-20', 303, 50_000], // before the licence starts: everything back
    ['2026-09-01', 302, 49_835], // the first day counts as used: 50 000 × 302/303 = 49 834.98
    ['2026-12-31', 181, 29_868], // 50 000 × 181/303 = 29 867.99
    ['2027-02-08', 142, 23_432], // 23 432.34
    ['2027-06-29', 1, 165], // 165.02
    ['2027-06-30', 0, 0],
    ['2027-07-15', 0, 0], // after expiry nothing is left
  ])('terminated on %s: %i days left, %i grosze back', (terminatedOn, daysLeft, refund) => {
    expect(licenceRefund({ paid: PRICE, period: Y2027, terminatedOn })).toEqual({ refund, daysLeft, daysPaid: 303 });
  });

  it.each([
    // a leap February: 2027-09-01 … 2028-06-30 is 304 days
    [licencePeriod(2028), '2028-03-01', 121, 304],
    // a school year without 29 February: 303 days
    [licencePeriod(2026), '2026-03-01', 121, 303],
  ])('counts the period’s own days (%j, %s)', (period, terminatedOn, daysLeft, daysPaid) => {
    const r = licenceRefund({ paid: PRICE, period, terminatedOn });
    expect([r.daysLeft, r.daysPaid]).toEqual([daysLeft, daysPaid]);
  });

  it('a licence bought mid-year refunds against the days it paid for, and a discount refunds what was paid', () => {
    // ordered and active from 1 March 2027: 122 days to 30 June; terminated 31 March → 91 left
    expect(
      licenceRefund({ paid: 40_000, period: Y2027, accessFrom: '2027-03-01', terminatedOn: '2027-03-31' }),
    ).toEqual({
      refund: 29_836, // 40 000 × 91/122 = 29 836.07
      daysLeft: 91,
      daysPaid: 122,
    });
  });

  it.each([[-1], [12.5]])('refuses a fee of %s grosze as a bug', (paid) => {
    expect(() => licenceRefund({ paid, period: Y2027, terminatedOn: '2027-01-01' })).toThrow();
  });

  it.each([['2026-09-01'], ['2026-11-15'], ['2027-02-08'], ['2027-04-01'], ['2027-06-29']])(
    'agrees with lib/billing’s PRO_RATA termination of a licence-proforma contract on %s',
    (today) => {
      const quote = quoteTermination({
        contract: {
          termination: 'PRO_RATA',
          planCode: 'licence-proforma',
          signedAt: new Date('2026-08-25T10:00:00Z'),
          immediateStartConsent: false,
          paidThrough: Y2027.lastDay,
        },
        charges: [
          {
            id: 'fee',
            kind: 'PROFORMA',
            label: 'licence',
            amount: PRICE,
            discount: 0,
            status: 'PAID',
            dueDate: '2026-09-08',
            periodStart: Y2027.firstDay,
            periodEnd: Y2027.lastDay,
            refundable: true,
          },
        ],
        today,
        endNow: true,
      });
      expect(licenceRefund({ paid: PRICE, period: Y2027, terminatedOn: today }).refund).toBe(quote.refund);
    },
  );
});
