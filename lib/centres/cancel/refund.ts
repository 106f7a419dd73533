// A centre group cancelled (below 6 children, issue 22 "Cancelled group"): each contract ends and
// its payer gets back pro rata for the classes not held — what they paid towards the classes
// less the classes held at the year's price: refund = paid − round(price × held ÷ classes), never
// below zero. Counted in classes, not months ("the monthly fee is not a fee for that month's
// classes"). The starter pack (S6) is not refunded: it is handed over at the first class and S6
// says it is never refunded, so it is neither in "paid" nor in "price". A payer who paid less than
// the classes held owes nothing more: the centre ended the contract, not the payer (no shortfall).
import type { QuoteCharge, Quote } from '@/lib/billing/rules/termination';
import type { Day } from '@/lib/billing/rules/days';

export type GroupCancelInput = {
  charges: Pick<QuoteCharge, 'id' | 'amount' | 'discount' | 'status' | 'refundable' | 'label'>[];
  /** Classes of the contract's term held before the cancellation, and in all (cancelled ones left out). */
  held: number;
  classes: number;
};

export type GroupCancelRefund = { price: number; paid: number; used: number; refund: number };

const net = (c: { amount: number; discount: number }) => Math.max(0, c.amount - c.discount);

export function groupCancelRefund(input: GroupCancelInput): GroupCancelRefund {
  const classCharges = input.charges.filter((c) => c.refundable && c.status !== 'CANCELLED');
  const price = classCharges.reduce((a, c) => a + net(c), 0);
  const paid = classCharges.filter((c) => c.status === 'PAID').reduce((a, c) => a + net(c), 0);
  const held = Math.min(Math.max(0, input.held), input.classes);
  const used = input.classes > 0 ? Math.round((price * held) / input.classes) : price;
  return { price, paid, used, refund: Math.max(0, paid - used) };
}

/** The settlement endContract applies: every open charge cancelled, the refund, no shortfall. */
export function groupCancelQuote(r: GroupCancelRefund, today: Day, lines: Quote['lines']): Quote {
  return { kind: 'notice', endsOn: today, refund: r.refund, owed: 0, lines, keep: [], cancel: [], shortfall: 0 };
}
