// For staff on a cancelled class's page: the refunds that cancellation caused (L13) — whose
// contract, how much, and where PayU's refund stands (lib/live-maths/class-refunds.ts keys them).
import { db } from '@/lib/db/client';

export async function refundsOfSession(sessionId: string) {
  const events = await db().contractEvent.findMany({
    where: { kind: 'class-refund', detail: { path: ['sessionId'], equals: sessionId } },
    select: {
      id: true,
      chargeId: true,
      detail: true,
      contract: { select: { number: true, payer: { select: { firstName: true, lastName: true } } } },
    },
    orderBy: { createdAt: 'asc' },
  });
  const keys = events.map((e) => `LV-${e.chargeId}-${sessionId}`);
  const refunds = await db().refund.findMany({
    where: { extRefundId: { in: keys } },
    select: { extRefundId: true, status: true },
  });
  const state = new Map(refunds.map((r) => [r.extRefundId, r.status]));
  return events.map((e) => ({
    id: e.id,
    number: e.contract.number,
    payer: `${e.contract.payer.firstName} ${e.contract.payer.lastName}`,
    amount: Number((e.detail as { amount?: number } | null)?.amount ?? 0),
    status: state.get(`LV-${e.chargeId}-${sessionId}`) ?? null,
  }));
}
