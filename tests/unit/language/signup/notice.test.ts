// How a language course contract ends (razem B7, B17–B18 with the statute): within 14 days of
// signing a withdrawal (everything back, or less the part delivered when the learner asked to start
// early, art. 35); later a notice that takes effect when the paid month (or the paid level) ends.
import { describe, expect, it } from 'vitest';
import { quoteTermination, type QuoteCharge } from '@/lib/billing/rules/termination';
import { fromWarsaw } from '@/lib/format/time';

const signedAt = fromWarsaw(2026, 12, 2, 18, 30);
const month = (over: Partial<QuoteCharge> = {}): QuoteCharge => ({
  id: 'dec',
  kind: 'PERIOD',
  label: 'grudzień',
  amount: 39900,
  discount: 0,
  status: 'PAID',
  dueDate: '2026-12-02',
  periodStart: '2026-12-02',
  periodEnd: '2027-01-01',
  refundable: true,
  ...over,
});
const next = month({
  id: 'jan',
  status: 'OPEN',
  dueDate: '2027-01-02',
  periodStart: '2027-01-02',
  periodEnd: '2027-02-01',
});

const monthly = (today: string, early: boolean) =>
  quoteTermination({
    contract: {
      termination: 'END_OF_PAID_MONTH',
      planCode: 'razem-monthly',
      signedAt,
      immediateStartConsent: early,
      paidThrough: '2027-01-01',
    },
    charges: [month(), next],
    today,
  });

describe('ending a monthly language contract', () => {
  it.each([
    ['the day of signing, no early start: everything back', '2026-12-02', false, 'withdrawal', '2026-12-02', 39900],
    [
      'day 14, no early start: still a withdrawal, everything back',
      '2026-12-16',
      false,
      'withdrawal',
      '2026-12-16',
      39900,
    ],
    // 15 of the month's 31 days delivered at the learner's request: 39900 × 15/31 = 19306 paid for.
    ['day 14 after an early start: the delivered part is paid', '2026-12-16', true, 'withdrawal', '2026-12-16', 20594],
    ['day 15: a notice, effective when the paid month ends', '2026-12-17', false, 'notice', '2027-01-01', 0],
    ['the paid month’s last day: ends that day', '2027-01-01', true, 'notice', '2027-01-01', 0],
  ])('%s', (_, today, early, kind, endsOn, refund) => {
    const q = monthly(today, early);
    expect(q).toMatchObject({ kind, endsOn, refund, owed: 0 });
    // The next month is never owed after ending (B7: the notice stops the renewal).
    expect(q.cancel).toEqual(['jan']);
  });
});

describe('ending a language level paid in full', () => {
  it('after the 14 days runs to the end of the paid period, nothing refunded', () => {
    const q = quoteTermination({
      contract: {
        termination: 'END_OF_PAID_MONTH',
        planCode: 'razem-full',
        signedAt,
        immediateStartConsent: true,
        paidThrough: '2027-12-01',
      },
      charges: [month({ amount: 299000, periodEnd: '2027-12-01' })],
      today: '2027-02-10',
    });
    expect(q).toMatchObject({ kind: 'notice', endsOn: '2027-12-01', refund: 0, owed: 0 });
  });
});
