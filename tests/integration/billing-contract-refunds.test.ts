// Money back when a contract ends: a consumer's 14-day withdrawal from a month paid through PayU
// is refunded through the existing refund path (lib/settlement/refunds.ts) after the commit, once
// however often it is asked, for what was not performed (art. 32, 35).
process.env.TEST_CLOCK = '1';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { advanceClock, currentTime, resetClock } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { openPayLink } from '@/lib/billing/payments/pay-link';
import { chargeLinkToken } from '@/lib/billing/payments/link';
import { giveNotice } from '@/lib/billing/contracts/state';
import { afterContractChange } from '@/lib/billing/contracts/after-change';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { NOW, setUpBillingPayments } from './billing-payments-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const { fx, signed } = setUpBillingPayments();
afterEach(() => resetClock());

async function payByLink(chargeId: string) {
  const opened = await openPayLink(chargeLinkToken(chargeId), null, '203.0.113.5');
  if (opened?.kind !== 'redirect') throw new Error('expected PayU');
  const orderId = new URL(opened.url).pathname.split('/').pop()!;
  await fetch(`${fx.sim.url}/pay/${orderId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      method: 'card',
      cardNumber: '4444333322221111',
      cardExpiry: '12/29',
      cardCvv: '123',
    }).toString(),
    redirect: 'manual',
  });
  const o = fx.sim.orders.get(orderId)!;
  await handleOrderNotification({
    kind: 'order',
    orderId,
    extOrderId: o.extOrderId,
    status: o.status,
    totalAmount: o.totalAmount,
    currencyCode: o.currencyCode,
  });
}

describe('refunds on ending a contract', () => {
  it('a withdrawal within 14 days refunds the unused part of the paid month through PayU, once', async () => {
    const c = await signed(fx.monthly);
    // Paid an hour after signing (the notification reads the clock): the month is 20 Nov – 19 Dec.
    advanceClock(NOW.getTime() + 3_600_000 - currentTime().getTime());
    await payByLink(c.firstChargeId);
    const k = await db().contract.findUniqueOrThrow({ where: { id: c.contractId } });
    expect(k.status).toBe('ACTIVE');
    const when = new Date(NOW.getTime() + 4 * 86_400_000);
    const r = await db().$transaction((tx) => giveNotice(tx, c.contractId, { actorId: c.payerId, now: when }));
    expect(r.quote?.kind).toBe('withdrawal');
    expect(r.refunds).toHaveLength(1);
    const amount = r.refunds![0].amount;
    // 5 of the month's days used (20–24 November of 20 Nov – 19 Dec): 24 900 × 25/30 back.
    expect(amount).toBe(24900 - Math.round((24900 * 5) / 30));
    expect(await afterContractChange(r)).toEqual({ refunded: [c.firstChargeId] });
    // Asked again (a retried job): the same refund, not a second one.
    await afterContractChange(r);
    const refunds = await db().refund.findMany({
      where: { order: { items: { some: { chargeId: c.firstChargeId } } } },
    });
    expect(refunds.map((x) => [x.amount, x.extRefundId])).toEqual([[amount, `UM-${c.firstChargeId}`]]);
  });
});
