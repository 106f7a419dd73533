import { describe, expect, it } from 'vitest';
import { guaranteeDeadline, withinGuarantee } from '@/lib/billing/rules/guarantee';
import { quoteTermination, type QuoteCharge } from '@/lib/billing/rules/termination';

// A Wednesday group: 2026-09-02, 09-09, 09-16, 09-23 …
const days = ['2026-09-02', '2026-09-09', '2026-09-16', '2026-09-23', '2026-09-30'];

describe('S11 guarantee deadline', () => {
  it.each([
    ['enrolled before the year', '2026-06-15', '2026-09-10'],
    ['enrolled on the first class day', '2026-09-02', '2026-09-10'],
    ['enrolled after the first class', '2026-09-03', '2026-09-17'],
    ['enrolled mid-September', '2026-09-20', '2026-10-01'],
  ])('%s (%s) → %s', (_, from, deadline) => {
    expect(guaranteeDeadline(days, from)).toBe(deadline);
  });

  it('counts classes, not dates given twice, in any order', () => {
    expect(guaranteeDeadline(['2026-09-16', '2026-09-02', '2026-09-02', '2026-09-09'], '2026-09-01')).toBe(
      '2026-09-10',
    );
  });

  it('has no deadline with fewer than two classes ahead', () => {
    expect(guaranteeDeadline(days, '2026-09-24')).toBeNull();
    expect(guaranteeDeadline([], '2026-09-01')).toBeNull();
  });

  it('a cancelled class left out of the days moves the deadline', () => {
    expect(guaranteeDeadline(['2026-09-02', '2026-09-16'], '2026-09-01')).toBe('2026-09-17');
  });

  it('holds on the deadline and not a day later', () => {
    expect(withinGuarantee(days, '2026-09-01', '2026-09-10')).toBe(true);
    expect(withinGuarantee(days, '2026-09-01', '2026-09-11')).toBe(false);
    expect(withinGuarantee(days, '2026-09-24', '2026-09-24')).toBe(false);
  });

  it('is the day the termination quote stops refunding in full', () => {
    const charge = (id: string, kind: string, amount: number, status: string, refundable: boolean): QuoteCharge => ({
      id,
      kind,
      label: id,
      amount,
      discount: 0,
      status,
      dueDate: '2026-08-25',
      periodStart: '2026-09-01',
      periodEnd: '2027-06-30',
      refundable,
    });
    const input = (today: string) => ({
      contract: {
        termination: 'MONTH_NOTICE' as const,
        planCode: 'centre-annual',
        signedAt: new Date('2026-06-15T10:00:00Z'),
        immediateStartConsent: true,
        paidThrough: null,
      },
      charges: [charge('year', 'INSTALMENT', 320_000, 'PAID', true), charge('pack', 'FEE', 16_900, 'PAID', false)],
      sessionDays: days,
      today,
    });
    const deadline = guaranteeDeadline(days, '2026-09-01')!;
    const on = quoteTermination(input(deadline));
    expect(on.kind).toBe('full-refund');
    expect(on.refund).toBe(320_000);
    expect(quoteTermination(input('2026-09-11')).kind).toBe('notice');
  });
});
