// Art. 106b ust. 3: an invoice may be asked for within 3 months from the end of the month of payment.
import { describe, expect, it } from 'vitest';
import { invoiceRequestDeadline, invoiceRequestDecision } from '@/lib/invoices/rules/invoice-request';
import { fromWarsaw } from '@/lib/format/time';

describe('invoiceRequestDeadline', () => {
  it.each([
    ['paid 15 November', fromWarsaw(2026, 11, 15, 10), fromWarsaw(2027, 3, 1)],
    ['paid on the last evening of November (Warsaw)', fromWarsaw(2026, 11, 30, 23, 30), fromWarsaw(2027, 3, 1)],
    ['paid just after midnight, 1 December in Warsaw', fromWarsaw(2026, 12, 1, 0, 15), fromWarsaw(2027, 4, 1)],
    ['paid in January', fromWarsaw(2027, 1, 31, 12), fromWarsaw(2027, 5, 1)],
  ])('%s', (_, paidAt, until) => {
    expect(invoiceRequestDeadline(paidAt)).toEqual(until);
  });

  it('allows a request up to the last instant of the third month and refuses it after', () => {
    const paid = fromWarsaw(2026, 11, 15, 10);
    expect(invoiceRequestDecision(paid, fromWarsaw(2027, 2, 28, 23, 59)).allowed).toBe(true);
    expect(invoiceRequestDecision(paid, fromWarsaw(2027, 3, 1))).toEqual({
      allowed: false,
      reason: 'expired',
      until: fromWarsaw(2027, 3, 1),
    });
  });
});
