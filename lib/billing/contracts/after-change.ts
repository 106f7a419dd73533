// What follows a contract's change once its transaction has committed: the e-mails go out, a
// learner whose entitlement ended loses their future bookings (B9, L6), and money due back is
// refunded through PayU's refund path (lib/settlement/refunds.ts, which calls PayU outside any
// transaction). A charge paid by bank transfer has no PayU order: its 'refund-due' event stays
// on the contract's history for accounting to send by transfer within the 14 days, and to record
// on the staff contract page once sent (lib/settlement/transfer-refunds.ts: refund, correcting invoice).
import { db } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { dispatchEmails } from '@/lib/jobs/queues';
import { cancelFutureBookings } from '@/lib/live/bookings/end-entitlement';
import { refundOrder } from '@/lib/settlement/refunds';
import type { ContractChange } from './state';

export type AfterChange = { emailIds?: string[]; cancelBookingsOf?: string[]; refunds?: ContractChange['refunds'] };

/** The refunds PayU took on; the rest (transfers, a refused refund) are left to staff, logged. */
export async function afterContractChange(results: AfterChange | AfterChange[], staffId: string | null = null) {
  const all = Array.isArray(results) ? results : [results];
  await dispatchEmails(all.flatMap((r) => r.emailIds ?? []));
  for (const learner of new Set(all.flatMap((r) => r.cancelBookingsOf ?? []))) await cancelFutureBookings(learner);
  const refunded: string[] = [];
  for (const r of all.flatMap((x) => x.refunds ?? [])) {
    if (await refundCharge(r.chargeId, r.amount, staffId)) refunded.push(r.chargeId);
  }
  return { refunded };
}

async function refundCharge(chargeId: string, amount: number, staffId: string | null): Promise<boolean> {
  const item = await db().orderItem.findFirst({
    where: { chargeId, order: { status: { in: ['PAID', 'PARTIALLY_REFUNDED'] } } },
    select: { orderId: true },
  });
  if (!item) return false;
  try {
    await refundOrder({
      orderId: item.orderId,
      amount,
      itemIds: [],
      description: messages().billing.refundReason,
      staffId,
      extRefundId: `UM-${chargeId}`,
    });
    return true;
  } catch (e) {
    console.error(`[billing] refund of charge ${chargeId} failed:`, e instanceof Error ? e.message : e);
    return false;
  }
}
