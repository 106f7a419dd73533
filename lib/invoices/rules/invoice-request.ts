// Art. 106b ust. 3 of the VAT act: a consumer who got no invoice may ask for one within 3 months
// from the end of the month in which they paid; asked in time, the invoice is owed (within 15
// days, ust. 4 — here at once). After that the seller need not, and here does not, issue it.
import { fromWarsaw, warsawParts } from '@/lib/format/time';

/** The exclusive end of the request period: paid any time in November → 1 March 00:00 Warsaw. */
export function invoiceRequestDeadline(paidAt: Date): Date {
  const { year, month } = warsawParts(paidAt);
  // End of the month of payment + 3 months = the start of the 4th month after it (Date.UTC
  // inside fromWarsaw carries month 13+ into the next year).
  return fromWarsaw(year, month + 4, 1);
}

export type InvoiceRequestDecision =
  { allowed: true; until: Date } | { allowed: false; reason: 'expired'; until: Date };

export function invoiceRequestDecision(paidAt: Date, now: Date): InvoiceRequestDecision {
  const until = invoiceRequestDeadline(paidAt);
  return now.getTime() < until.getTime() ? { allowed: true, until } : { allowed: false, reason: 'expired', until };
}
