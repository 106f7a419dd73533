import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { refundOrder } from '@/lib/settlement/refunds';
import { handleRefundNotification } from '@/lib/settlement/notifications';
import { orderWithdrawalView, withdrawFromOrder } from '@/lib/settlement/withdrawals';

import { setUpCoursePurchases } from './course-purchases';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const DAY = 86_400_000;
const { shop, buyer, paidOrder, mails } = setUpCoursePurchases();

describe('withdrawal from an order', () => {
  it('within 14 days without the consent: a full refund through PayU, access ends, one confirmation e-mail', async () => {
    const { user, order } = await paidOrder({ offers: [shop.offer1, shop.offer2] });
    const now = new Date(order.paidAt!.getTime() + 5 * DAY);
    const view = await orderWithdrawalView(user.id, order.id, now);
    expect(view).toMatchObject({ state: 'available', refund: 34800 });

    const done = await withdrawFromOrder(user.id, order.id, now);
    expect(done).toEqual({ refund: 34800, currency: 'PLN', repeated: false });
    const after = await db().order.findUniqueOrThrow({
      where: { id: order.id },
      include: { refunds: true, withdrawal: true },
    });
    expect(after).toMatchObject({ status: 'REFUNDED', refundedGross: 34800 });
    expect(after.refunds).toHaveLength(1);
    expect(after.refunds[0]).toMatchObject({ amount: 34800, status: 'PENDING', description: 'Odstąpienie od umowy' });
    expect(after.withdrawal).toMatchObject({ refundAmount: 34800, refundId: after.refunds[0].id });
    const enrolments = await db().enrolment.findMany({ where: { userId: user.id } });
    expect(enrolments.map((e) => e.status)).toEqual(['REVOKED', 'REVOKED']);
    expect(await mails(user.email!, 'order-withdrawal')).toBe(1);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(shop.sim.orders.get(payment.payuOrderId!)!.refunds).toHaveLength(1);

    // Confirming again (a second tab, a double click) changes nothing.
    await expect(withdrawFromOrder(user.id, order.id, now)).resolves.toMatchObject({ repeated: true });
    await Promise.all([withdrawFromOrder(user.id, order.id, now), withdrawFromOrder(user.id, order.id, now)]);
    expect(await db().refund.count({ where: { orderId: order.id } })).toBe(1);
    expect(await mails(user.email!, 'order-withdrawal')).toBe(1);
    expect(await orderWithdrawalView(user.id, order.id, now)).toMatchObject({ state: 'filed', refund: 34800 });
  });

  it('two confirmations at the same moment make one refund', async () => {
    const { user, order } = await paidOrder();
    const results = await Promise.all([withdrawFromOrder(user.id, order.id), withdrawFromOrder(user.id, order.id)]);
    expect(results.filter((r) => !r.repeated)).toHaveLength(1);
    expect(await db().refund.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db().orderWithdrawal.count({ where: { orderId: order.id } })).toBe(1);
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).refundedGross).toBe(19900);
    expect(await mails(user.email!, 'order-withdrawal')).toBe(1);
  });

  it('after 14 days it is refused with the last day named, and nothing changes', async () => {
    const { user, order } = await paidOrder();
    const late = new Date(order.paidAt!.getTime() + 15 * DAY);
    expect(await orderWithdrawalView(user.id, order.id, late)).toMatchObject({ state: 'refused', reason: 'expired' });
    await expect(withdrawFromOrder(user.id, order.id, late)).rejects.toThrow(
      /upłynął z końcem dnia \d{1,2} \p{L}+ \d{4}/u,
    );
    expect(await db().refund.count({ where: { orderId: order.id } })).toBe(0);
    expect((await db().enrolment.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('ACTIVE');
  });

  it('the 14 days run from the order (the contract), not from a payment made days later', async () => {
    const { user, order } = await paidOrder();
    // Ordered ten days before the payment was booked.
    const ordered = new Date(order.paidAt!.getTime() - 10 * DAY);
    await db().order.update({ where: { id: order.id }, data: { termsAcceptedAt: ordered, createdAt: ordered } });
    const fiveDaysAfterPaying = new Date(order.paidAt!.getTime() + 5 * DAY);
    expect(await orderWithdrawalView(user.id, order.id, fiveDaysAfterPaying)).toMatchObject({
      state: 'refused',
      reason: 'expired',
    });
    await expect(withdrawFromOrder(user.id, order.id, fiveDaysAfterPaying)).rejects.toThrow(/upłynął/);
    expect(await orderWithdrawalView(user.id, order.id, new Date(ordered.getTime() + 12 * DAY))).toMatchObject({
      state: 'available',
    });
  });

  it('with the art. 38 pt 13 consent and access given, it is refused', async () => {
    const { user, order } = await paidOrder({ consent: true });
    expect(await orderWithdrawalView(user.id, order.id)).toMatchObject({ state: 'refused', reason: 'consentGiven' });
    await expect(withdrawFromOrder(user.id, order.id)).rejects.toThrow(/art\. 38 pkt 13/);
  });

  it('an item whose access staff already refunded is not offered again, nor paid for twice', async () => {
    const { user, order } = await paidOrder({ offers: [shop.offer1, shop.offer2] });
    const items = await db().orderItem.findMany({ where: { orderId: order.id }, orderBy: { totalGross: 'desc' } });
    const staff = await buyer();
    await refundOrder({
      orderId: order.id,
      amount: items[0].totalGross,
      itemIds: [items[0].id],
      description: 'Zwrot jednej pozycji',
      staffId: staff.id,
    });
    const view = await orderWithdrawalView(user.id, order.id);
    expect(view).toMatchObject({ state: 'available', refund: items[1].totalGross });
    expect(view && 'items' in view ? view.items.map((i) => i.id) : []).toEqual([items[1].id]);
  });

  it("someone else's order is not found", async () => {
    const { order } = await paidOrder();
    const other = await buyer();
    expect(await orderWithdrawalView(other.id, order.id)).toBeNull();
    await expect(withdrawFromOrder(other.id, order.id)).rejects.toThrow(/not found/);
  });
});

describe('refunds the buyer sees', () => {
  it('a refund notification sends one e-mail, even when PayU repeats it', async () => {
    const { user, order } = await paidOrder();
    await withdrawFromOrder(user.id, order.id);
    const refund = await db().refund.findFirstOrThrow({ where: { orderId: order.id } });
    const notice = {
      kind: 'refund' as const,
      orderId: 'x',
      refundId: refund.payuRefundId!,
      amount: refund.amount,
      currencyCode: 'PLN',
      status: 'FINALIZED' as const,
    };
    const outcomes = await Promise.all([handleRefundNotification(notice), handleRefundNotification(notice)]);
    expect(outcomes.sort()).toEqual(['ignored', 'updated']);
    expect(await handleRefundNotification(notice)).toBe('ignored');
    expect(await mails(user.email!, 'refund-sent')).toBe(1);
    const mail = await db().emailMessage.findFirstOrThrow({ where: { to: user.email!, template: 'refund-sent' } });
    expect(mail.subject).toBe(`Zwrot pieniędzy — zamówienie ${order.number}`);
    expect(mail.text).toContain('199,00');
    expect(mail.text).toContain('Odstąpienie od umowy');
    expect((await db().refund.findUniqueOrThrow({ where: { id: refund.id } })).status).toBe('FINALIZED');
  });

  it('a staff refund of part of the price, no items ticked, says access was kept and keeps it', async () => {
    const { user, order } = await paidOrder();
    const staff = await buyer();
    const done = await refundOrder({
      orderId: order.id,
      amount: 5000,
      itemIds: [],
      description: 'Rabat',
      staffId: staff.id,
    });
    expect(done).toMatchObject({ amount: 5000, revoked: [], repeated: false });
    expect((await db().enrolment.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('ACTIVE');
    expect(await db().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedGross: 5000,
    });
    // The rest refunded: a full refund ends the access and says so.
    const rest = await refundOrder({
      orderId: order.id,
      amount: 14900,
      itemIds: [],
      description: 'Reszta',
      staffId: staff.id,
    });
    expect(rest.revoked).toEqual(['excel — dla jednej osoby']);
  });
});
