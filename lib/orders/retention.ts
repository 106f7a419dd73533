// Abandoned orders (privacy policy, lib/legal/rules/retention.ts): an order never paid — no
// completed payment, invoice, refund, withdrawal or access granted — is deleted 90 days after it
// was placed (unless a complaint is about it), with its failed payment attempts and the family packages it would have paid for.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { retentionCutoffs } from '@/lib/legal/rules/retention';

const BATCH = 500;

export async function purgeAbandonedOrders(now = currentTime()): Promise<number> {
  const cut = retentionCutoffs(now);
  let deleted = 0;
  for (;;) {
    const orders = await db().order.findMany({
      where: {
        status: { in: ['AWAITING_PAYMENT', 'CANCELED'] },
        paidAt: null,
        createdAt: { lt: cut.unpaidOrder },
        invoice: { is: null },
        withdrawal: { is: null },
        refunds: { none: {} },
        // An order a complaint is about stays while the complaint does (3 years after the answer).
        complaints: { none: {} },
        payments: { none: { status: { in: ['COMPLETED', 'WAITING_FOR_CONFIRMATION'] } } },
        items: { none: { OR: [{ enrolments: { some: {} } }, { group: { isNot: null } }] } },
      },
      select: { id: true },
      take: BATCH,
    });
    if (orders.length === 0) return deleted;
    const ids = orders.map((o) => o.id);
    const n = await db().$transaction(async (tx) => {
      // A package bought by such an order never started (paidAt null); one that did keeps the order.
      const paid = await tx.familyPackage.findMany({
        where: { orderId: { in: ids }, paidAt: { not: null } },
        select: { orderId: true },
      });
      const keep = new Set(paid.map((p) => p.orderId));
      const gone = ids.filter((id) => !keep.has(id));
      await tx.familyPackage.deleteMany({ where: { orderId: { in: gone } } });
      return (await tx.order.deleteMany({ where: { id: { in: gone } } })).count;
    });
    deleted += n;
    if (n === 0) return deleted;
  }
}
