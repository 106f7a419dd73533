// Contract charges paid through PayU: the e-mailed link makes one order however often it is
// opened, the card paid there (recurring FIRST, the payer as buyer.extCustomerId) is saved by PayU
// and its TOKC_ token read back from paymethods under the payer's trusted_merchant token, later
// charges go to that card through the simulator without the payer (STANDARD), a declined or unknown
// card e-mails the pay link, and every paid charge's order gets its invoice through the invoice path.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { openPayLink, payLinkView } from '@/lib/billing/payments/pay-link';
import { chargeLinkToken } from '@/lib/billing/payments/link';
import { chargeStoredCard } from '@/lib/billing/payments/card';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { numberPendingInvoices } from '@/lib/invoices/issue';
import { setUpBillingPayments } from './billing-payments-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const { fx, person, signed } = setUpBillingPayments();
const CARD = { method: 'card', cardNumber: '4444333322221111', cardExpiry: '12/29', cardCvv: '123' };

/** What PayU's browser flow and webhook do: the card form is submitted, then the notification arrives. */
async function payOnPayuPage(redirect: string) {
  const orderId = new URL(redirect).pathname.split('/').pop()!;
  await fetch(`${fx.sim.url}/pay/${orderId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(CARD).toString(),
    redirect: 'manual',
  });
  const o = fx.sim.orders.get(orderId)!;
  return handleOrderNotification({
    kind: 'order',
    orderId,
    extOrderId: o.extOrderId,
    status: o.status,
    totalAmount: o.totalAmount,
    currencyCode: o.currencyCode,
  });
}

const ordersOf = (chargeId: string) =>
  db().order.findMany({ where: { items: { some: { chargeId } } }, include: { invoice: true, items: true } });

describe('the pay link', () => {
  it('opened twice at once makes one awaiting order with one CONTRACT_CHARGE line, buyer data from the payer', async () => {
    const c = await signed(fx.monthly);
    const token = chargeLinkToken(c.firstChargeId);
    const [a, b] = await Promise.all([
      openPayLink(token, null, '203.0.113.5'),
      openPayLink(token, null, '203.0.113.5'),
    ]);
    expect(a?.kind).toBe('redirect');
    expect(b?.kind).toBe('redirect');
    const orders = await ordersOf(c.firstChargeId);
    expect(orders).toHaveLength(1);
    const payer = await db().user.findUniqueOrThrow({ where: { id: c.payerId } });
    expect(orders[0]).toMatchObject({
      status: 'AWAITING_PAYMENT',
      userId: c.payerId,
      buyerEmail: payer.email,
      buyerName: `${payer.firstName} ${payer.lastName}`,
      totalGross: 24900,
      checkoutKey: `charge:${c.firstChargeId}:1`,
    });
    expect(orders[0].items).toMatchObject([{ kind: 'CONTRACT_CHARGE', chargeId: c.firstChargeId, unitGross: 24900 }]);
    // Opened again later: still the same order.
    await openPayLink(token, c.payerId, '203.0.113.5');
    expect(await ordersOf(c.firstChargeId)).toHaveLength(1);
  });

  it('refuses a forged token, and someone signed in as another person', async () => {
    const c = await signed(fx.monthly);
    expect(await openPayLink(`${c.firstChargeId}.forged`, null, '203.0.113.5')).toBeNull();
    const other = await person();
    expect(await openPayLink(chargeLinkToken(c.firstChargeId), other.id, '203.0.113.5')).toEqual({
      kind: 'page',
      state: 'other-account',
    });
  });

  it('paid by card: the charge is paid in the payment transaction, the contract active, the card saved, the order invoiced', async () => {
    const c = await signed(fx.monthly);
    const token = chargeLinkToken(c.firstChargeId);
    const opened = await openPayLink(token, null, '203.0.113.5');
    if (opened?.kind !== 'redirect') throw new Error('expected PayU');
    expect(await payOnPayuPage(opened.url)).toBe('paid');

    const charge = await db().contractCharge.findUniqueOrThrow({ where: { id: c.firstChargeId } });
    expect(charge).toMatchObject({ status: 'PAID', paidVia: 'LINK' });
    const contract = await db().contract.findUniqueOrThrow({ where: { id: c.contractId } });
    expect(contract.status).toBe('ACTIVE');
    // PayU saved the card for the payer (the FIRST order named them) and the token is the one it lists.
    const first = [...fx.sim.orders.values()].find((o) => o.orderId === new URL(opened.url).pathname.split('/').pop());
    expect(first).toMatchObject({ recurring: 'FIRST', buyer: { extCustomerId: c.payerId } });
    const saved = fx.sim.cards.get(c.payerId);
    expect(saved).toHaveLength(1);
    expect(contract.cardToken).toBe(saved![0].value);
    expect(contract.cardToken).toMatch(/^TOKC_[A-Z0-9]{27}$/);
    expect(contract.cardLabel).toBe('4444 33** **** 1111 (12/29)');
    const [order] = await ordersOf(c.firstChargeId);
    expect(order.status).toBe('PAID');
    expect(order.invoice).not.toBeNull();
    await numberPendingInvoices();
    const invoice = await db().invoice.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(invoice.kind).toBe('RECEIPT'); // a consumer who gave no address: the purchase confirmation
    expect(await db().emailMessage.count({ where: { template: 'billing-paid', to: order.buyerEmail } })).toBe(1);
    // The link of a paid charge says so.
    expect(await openPayLink(token, null, '203.0.113.5')).toEqual({ kind: 'page', state: 'paid' });
    expect(await payLinkView(token)).toMatchObject({
      state: 'paid',
      title: 'Angielski razem — abonament',
      contractNumber: c.number,
      amount: 24900,
    });
  });
});

describe('the stored card', () => {
  /** A contract whose first charge the payer paid by card on PayU's page; its next open charge. */
  async function activeWithCard(payerId?: string) {
    const c = await signed(fx.monthly, { payerId });
    const opened = await openPayLink(chargeLinkToken(c.firstChargeId), null, '203.0.113.5');
    if (opened?.kind !== 'redirect') throw new Error('expected PayU');
    await payOnPayuPage(opened.url);
    const next = await db().contractCharge.findFirstOrThrow({
      where: { contractId: c.contractId, status: 'OPEN' },
      orderBy: { seq: 'asc' },
    });
    return { ...c, nextId: next.id };
  }

  it('is charged through the simulator with recurring STANDARD, without the pay page, and invoiced', async () => {
    const c = await activeWithCard();
    const before = fx.sim.orders.size;
    expect(await chargeStoredCard(c.nextId)).toBe('paid');
    expect(fx.sim.orders.size).toBe(before + 1);
    const simOrder = [...fx.sim.orders.values()].at(-1)!;
    expect(simOrder).toMatchObject({
      recurring: 'STANDARD',
      status: 'COMPLETED',
      buyer: { extCustomerId: c.payerId },
      payMethodValue: undefined,
    });
    expect(simOrder.threeDs).toBeFalsy(); // merchant-initiated: no 3-D Secure
    expect(simOrder.cardToken).toBe((await db().contract.findUniqueOrThrow({ where: { id: c.contractId } })).cardToken);

    expect(await db().contractCharge.findUniqueOrThrow({ where: { id: c.nextId } })).toMatchObject({
      status: 'PAID',
      paidVia: 'CARD',
    });
    const [order] = await ordersOf(c.nextId);
    expect(order).toMatchObject({ status: 'PAID' });
    expect(order.invoice).not.toBeNull();
    // Run again (a retried job): nothing more is charged.
    expect(await chargeStoredCard(c.nextId)).toBe('not-open');
    expect(fx.sim.orders.size).toBe(before + 1);
  });

  it('declined: the payer gets the pay link by e-mail once per attempt, the charge stays open, the history says so', async () => {
    // The simulator's bank refuses later charges of a card saved by a buyer whose e-mail says "decline".
    const payer = await db().user.create({
      data: { email: `decline-${Date.now()}@example.pl`, firstName: 'Ola', lastName: 'Odmowa', passwordHash: 'x' },
    });
    const c = await activeWithCard(payer.id);
    const stored = (await db().contract.findUniqueOrThrow({ where: { id: c.contractId } })).cardToken;
    expect(stored).toMatch(/^TOKC_DECLINE/);
    expect(await chargeStoredCard(c.nextId)).toBe('declined');
    expect([...fx.sim.orders.values()].at(-1)).toMatchObject({
      recurring: 'STANDARD',
      cardToken: stored,
      status: 'CANCELED',
    });
    expect(await db().contractCharge.findUniqueOrThrow({ where: { id: c.nextId } })).toMatchObject({ status: 'OPEN' });
    const mails = await db().emailMessage.findMany({ where: { template: 'billing-card-declined' } });
    const mine = mails.filter((m) => (m.props as { payUrl: string }).payUrl.endsWith(chargeLinkToken(c.nextId)));
    expect(mine).toHaveLength(1);
    expect(mine[0].subject).toMatch(/Nie udało się pobrać płatności z karty/);
    expect(await db().contractEvent.count({ where: { contractId: c.contractId, kind: 'card-declined' } })).toBe(1);
    // The same decline reported again (PayU's notification after our status check) sends nothing more.
    const payment = await db().payment.findFirstOrThrow({
      where: { order: { items: { some: { chargeId: c.nextId } } }, status: 'CANCELED' },
    });
    await handleOrderNotification({
      kind: 'order',
      orderId: payment.payuOrderId!,
      extOrderId: payment.extOrderId,
      status: 'CANCELED',
      totalAmount: payment.amount,
      currencyCode: 'PLN',
    });
    const again = await db().emailMessage.findMany({ where: { template: 'billing-card-declined' } });
    expect(again).toHaveLength(mails.length);
    // The payer pays from the link instead; PayU keeps the same card under the same token.
    const opened = await openPayLink(chargeLinkToken(c.nextId), null, '203.0.113.5');
    if (opened?.kind !== 'redirect') throw new Error('expected PayU');
    expect(await payOnPayuPage(opened.url)).toBe('paid');
    const contract = await db().contract.findUniqueOrThrow({ where: { id: c.contractId } });
    expect(contract.cardToken).toBe(stored);
    expect(fx.sim.cards.get(payer.id)?.map((card) => card.value)).toEqual([stored]);
  });

  it('a token PayU does not know for the payer is refused at once: the attempt ends, the pay link is e-mailed', async () => {
    const c = await activeWithCard();
    const other = await activeWithCard();
    const othersToken = (await db().contract.findUniqueOrThrow({ where: { id: other.contractId } })).cardToken;
    await db().contract.update({ where: { id: c.contractId }, data: { cardToken: othersToken } });
    const before = fx.sim.orders.size;
    expect(await chargeStoredCard(c.nextId)).toBe('declined');
    expect(fx.sim.orders.size).toBe(before); // PayU made no order of it
    const payment = await db().payment.findFirstOrThrow({
      where: { order: { items: { some: { chargeId: c.nextId } } } },
      include: { events: true },
    });
    expect(payment.status).toBe('CANCELED');
    expect(payment.events.find((e) => e.kind === 'create-failed')?.detail).toMatchObject({
      error: expect.stringContaining('ERROR_VALUE_INVALID'),
    });
    const mails = await db().emailMessage.findMany({ where: { template: 'billing-card-declined' } });
    expect(
      mails.filter((m) => (m.props as { payUrl: string }).payUrl.endsWith(chargeLinkToken(c.nextId))),
    ).toHaveLength(1);
    expect(await db().contractCharge.findUniqueOrThrow({ where: { id: c.nextId } })).toMatchObject({ status: 'OPEN' });
  });

  it('without a token, or on a contract paid by link, nothing is charged', async () => {
    const c = await signed(fx.monthly);
    expect(await chargeStoredCard(c.firstChargeId)).toBe('no-token');
    const licence = await signed(fx.licence);
    expect(await chargeStoredCard(licence.firstChargeId)).toBe('not-card');
  });
});
