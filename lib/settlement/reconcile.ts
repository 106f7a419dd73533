// Heals what a lost notification would leave behind: payments still open after a while are
// looked up at PayU and the answer goes through the same handler as a notification.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { payu } from '@/lib/payments/gateway';
import { handleOrderNotification } from './notifications';

export async function reconcileOpenPayments(olderThanMs = 5 * 60_000, now = currentTime()): Promise<number> {
  const open = await db().payment.findMany({
    where: {
      status: { in: ['NEW', 'PENDING', 'WAITING_FOR_CONFIRMATION'] },
      payuOrderId: { not: null },
      updatedAt: { lt: new Date(now.getTime() - olderThanMs) },
    },
    select: { payuOrderId: true, extOrderId: true },
    take: 200,
  });
  let changed = 0;
  for (const p of open) {
    try {
      const o = await payu().retrieveOrder(p.payuOrderId!);
      const outcome = await handleOrderNotification(
        {
          kind: 'order',
          orderId: o.orderId,
          extOrderId: o.extOrderId ?? p.extOrderId,
          status: o.status,
          totalAmount: o.totalAmount,
          currencyCode: o.currencyCode,
          paymentId: o.paymentId,
        },
        'status-check',
      );
      if (outcome === 'paid' || outcome === 'updated') changed++;
    } catch (e) {
      console.error('[payments] status check failed', p.extOrderId, e instanceof Error ? e.message : e);
    }
  }
  return changed;
}
