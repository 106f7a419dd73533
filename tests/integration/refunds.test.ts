// Refunds reserved before PayU is asked, PayU refusing or cancelling them (lib/settlement/refunds.ts).
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { refundOrder, resumeUnansweredRefunds } from '@/lib/settlement/refunds';
import { PayuUnavailableError } from '@/lib/payments/payu';
import { payu } from '@/lib/payments/gateway';
import { handleRefundNotification } from '@/lib/settlement/notifications';

import { setUpCoursePurchases } from './course-purchases';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const { shop, buyer, paidOrder, mails } = setUpCoursePurchases();
const spyRefunds = () => vi.spyOn(payu(), 'refund');

describe('a refund is reserved before PayU is asked', () => {
  it('two staff refunds at once never exceed what was paid: the second is refused before PayU', async () => {
    const { order } = await paidOrder({ offers: [shop.offer1, shop.offer2] });
    const staff = await buyer();
    const asked = spyRefunds();
    const ask = (key: string) =>
      refundOrder({
        orderId: order.id,
        amount: 20000,
        itemIds: [],
        description: 'Reklamacja',
        staffId: staff.id,
        extRefundId: key,
      });
    const results = await Promise.allSettled([ask('ZW-parallel-aaaaaaaaaaaa'), ask('ZW-parallel-bbbbbbbbbbbb')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason.message)).toMatch(/Kwota zwrotu musi być od 0,01 do 148,00/);
    expect(asked).toHaveBeenCalledTimes(1);
    asked.mockRestore();
    expect(await db().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      refundedGross: 20000,
      status: 'PARTIALLY_REFUNDED',
    });
    expect(await db().refund.count({ where: { orderId: order.id } })).toBe(1);
  });

  it('PayU refusing the refund releases the reservation, keeps access, and shows PayU’s reason; a retry is a new attempt', async () => {
    const { user, order } = await paidOrder();
    const staff = await buyer();
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: order.id } });
    const simOrder = shop.sim.orders.get(payment.payuOrderId!)!;
    simOrder.status = 'PENDING'; // PayU refuses: "Transaction has not been completed"
    const req = {
      orderId: order.id,
      amount: 19900,
      itemIds: [],
      description: 'Zwrot',
      staffId: staff.id,
      extRefundId: 'ZW-refused-0123456789ab',
    };
    await expect(refundOrder(req)).rejects.toThrow(/PayU odrzuciło zwrot: Transaction has not been completed/);
    const refused = await db().refund.findFirstOrThrow({ where: { orderId: order.id } });
    expect(refused).toMatchObject({
      status: 'REFUSED',
      failure: 'Transaction has not been completed',
      payuRefundId: null,
    });
    expect(await db().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      refundedGross: 0,
      status: 'PAID',
    });
    expect((await db().enrolment.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('ACTIVE');

    simOrder.status = 'COMPLETED';
    const done = await refundOrder(req);
    expect(done).toMatchObject({ amount: 19900, repeated: false, revoked: ['excel — dla jednej osoby'] });
    const all = await db().refund.findMany({ where: { orderId: order.id }, orderBy: { createdAt: 'asc' } });
    expect(all.map((r) => [r.extRefundId, r.status])).toEqual([
      ['ZW-refused-0123456789ab', 'REFUSED'],
      ['ZW-refused-0123456789ab-r2', 'PENDING'],
    ]);
    // The same key again is the same (live) refund.
    expect(await refundOrder(req)).toMatchObject({ repeated: true, refundId: all[1].id });
  });
});

describe('a refund PayU did not answer', () => {
  it('stays reserved (PayU may have made it) and the job asks again under the same key', async () => {
    const { user, order } = await paidOrder();
    const staff = await buyer();
    const down = vi.spyOn(payu(), 'refund').mockRejectedValueOnce(new PayuUnavailableError('timeout'));
    await expect(
      refundOrder({ orderId: order.id, amount: 19900, itemIds: [], description: 'Zwrot', staffId: staff.id }),
    ).rejects.toThrow(/PayU nie odpowiada/);
    down.mockRestore();
    const reserved = await db().refund.findFirstOrThrow({ where: { orderId: order.id } });
    expect(reserved).toMatchObject({ status: 'PENDING', payuRefundId: null });
    // It still counts: nothing more can be refunded meanwhile.
    await expect(
      refundOrder({ orderId: order.id, amount: 100, itemIds: [], description: 'Więcej', staffId: staff.id }),
    ).rejects.toThrow(/tylko dla opłaconego zamówienia/);
    expect((await db().enrolment.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('ACTIVE');

    expect(await resumeUnansweredRefunds(0)).toBeGreaterThanOrEqual(1);
    expect((await db().refund.findUniqueOrThrow({ where: { id: reserved.id } })).payuRefundId).not.toBeNull();
    expect((await db().enrolment.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('REVOKED');
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(shop.sim.orders.get(payment.payuOrderId!)!.refunds).toHaveLength(1);
  });
});

describe('a refund PayU cancels', () => {
  it('is undone: refundable again, cancelled on the order, the access it ended restored — once', async () => {
    const { user, order } = await paidOrder({ offers: [shop.offer1, shop.offer2] });
    const staff = await buyer();
    const items = await db().orderItem.findMany({ where: { orderId: order.id }, orderBy: { name: 'asc' } });
    // Staff first refund the second course; its access stays ended whatever happens to the other refund.
    await refundOrder({
      orderId: order.id,
      amount: 14900,
      itemIds: [items[1].id],
      description: 'A',
      staffId: staff.id,
    });
    const done = await refundOrder({
      orderId: order.id,
      amount: 19900,
      itemIds: [items[0].id],
      description: 'B',
      staffId: staff.id,
    });
    expect(done.revoked).toEqual(['excel — dla jednej osoby']);
    const refund = await db().refund.findUniqueOrThrow({ where: { id: done.refundId } });
    // PayU cancels it (the bank sent the money back), as its notification says.
    await shop.sim.idle();
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: order.id } });
    shop.sim.orders.get(payment.payuOrderId!)!.refunds.find((r) => r.refundId === refund.payuRefundId)!.status =
      'CANCELED';
    const notice = {
      kind: 'refund' as const,
      orderId: 'x',
      refundId: refund.payuRefundId!,
      amount: refund.amount,
      currencyCode: 'PLN',
      status: 'CANCELED' as const,
    };
    const outcomes = await Promise.all([handleRefundNotification(notice), handleRefundNotification(notice)]);
    expect(outcomes.sort()).toEqual(['ignored', 'updated']);
    expect(await handleRefundNotification({ ...notice, status: 'FINALIZED' })).toBe('ignored');

    expect(await db().refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: 'CANCELED' });
    expect(await db().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      refundedGross: 14900,
      status: 'PARTIALLY_REFUNDED',
    });
    const access = await db().enrolment.findMany({
      where: { userId: user.id },
      select: { orderItemId: true, status: true },
    });
    expect(Object.fromEntries(access.map((e) => [e.orderItemId, e.status]))).toEqual({
      [items[0].id]: 'ACTIVE',
      [items[1].id]: 'REVOKED',
    });
    expect(await mails(user.email!, 'refund-sent')).toBe(0);
    // The amount can be refunded again.
    await expect(
      refundOrder({ orderId: order.id, amount: 19900, itemIds: [], description: 'C', staffId: staff.id }),
    ).resolves.toMatchObject({ repeated: false });
  });
});
