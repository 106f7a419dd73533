// Why a correcting invoice was issued (art. 106j ust. 2 pkt 4: "przyczynę korekty"), in Polish,
// from what the refund was for: a withdrawal, a family package's cancellation, a complaint, or a
// staff refund with the description staff gave it.
import type { Tx } from '@/lib/db/client';
import { messages } from '@/lib/i18n';

/** FA(3)'s PrzyczynaKorekty is a TZnakowy: at most 256 characters. */
const MAX = 256;

export type RefundForReason = {
  orderId: string;
  extRefundId: string;
  description: string;
  createdAt: Date;
};

/** `whole`: the refund leaves nothing to pay on the invoice. */
export async function correctionReason(tx: Tx, r: RefundForReason, whole: boolean): Promise<string> {
  const t = messages().invoices.corrections;
  return t.reason(whole, await why(tx, r)).slice(0, MAX);
}

async function why(tx: Tx, r: RefundForReason): Promise<string> {
  const t = messages().invoices.corrections;
  // lib/settlement/withdrawals.ts names a withdrawal's refund `ODST-<order>`.
  if (r.extRefundId.startsWith('ODST-')) return t.withdrawal;
  // lib/settlement/family-cancellations.ts names each part `ZW-<cancellation>-<order>`.
  const cancellationId = /^ZW-([a-z0-9]+)-/.exec(r.extRefundId)?.[1];
  if (cancellationId) {
    const c = await tx.familyCancellation.findUnique({ where: { id: cancellationId }, select: { kind: true } });
    if (c) return c.kind === 'WITHDRAWAL' ? t.withdrawal : t.resignation(r.description);
  }
  // A staff refund on an order the buyer complained about before it is the complaint's remedy.
  const complaint = await tx.complaint.findFirst({
    where: { orderId: r.orderId, receivedAt: { lte: r.createdAt } },
    orderBy: { receivedAt: 'desc' },
    select: { number: true },
  });
  if (complaint) return t.complaint(complaint.number, r.description);
  return t.staff(r.description);
}
