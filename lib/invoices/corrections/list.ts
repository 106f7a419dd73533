// The correcting invoices of an order as the buyer's and the staff's order pages list them:
// number, issue date and what each took off the invoice. Owner in the where clause.
import { db } from '@/lib/db/client';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { correctionAmount } from './issue';

export type CorrectionRow = {
  id: string;
  /** Null while it is being numbered (a moment after the refund). */
  number: string | null;
  issuedAt: Date | null;
  /** Gross taken off the invoice, minor units. */
  amount: number;
  currency: string;
  reason: string;
};

/** `ownerId` null: staff, who see every order's. */
export async function correctionsOfOrder(orderId: string, ownerId: string | null): Promise<CorrectionRow[]> {
  const rows = await db().invoiceCorrection.findMany({
    where: { invoice: { orderId, ...(ownerId ? { order: { userId: ownerId } } : {}) } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, number: true, issuedAt: true, snapshot: true },
  });
  return rows.map((r) => {
    const s = r.snapshot as unknown as CorrectionSnapshot;
    return {
      id: r.id,
      number: r.number,
      issuedAt: r.issuedAt,
      amount: correctionAmount(s),
      currency: s.currency,
      reason: s.reason,
    };
  });
}
