// Charging a contract's stored card without the payer (PayU recurring STANDARD with the TOKC_
// token saved by the first card payment). The attempt is claimed in a transaction on the charge
// row (two workers never charge twice), PayU is called after the commit, and its answer goes
// through the notification handler, where a completion settles the charge and a decline e-mails
// the pay link (lib/settlement/contract-charges.ts). The dunning clock is the run's and goes on.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { newExtOrderId } from '@/lib/orders/numbers';
import { payu, notifyUrl } from '@/lib/payments/gateway';
import { PayuError, PayuUnavailableError } from '@/lib/payments/payu';
import { newRowId, sqlTransaction } from '@/lib/db/sql';
import { dispatchEmails } from '@/lib/jobs/queues';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { cardDeclinedMails } from '@/lib/settlement/contract-charges';
import { absoluteUrl } from '@/lib/url';
import { ensureChargeOrder } from './charge-order';
import { payLinkStatusPath } from './pay-link';

export type CardChargeOutcome = 'paid' | 'declined' | 'pending' | 'no-token' | 'not-open' | 'not-card' | 'payer-paying';

/** PayU wants the buyer's address; a merchant-initiated charge has none, so PayU's own example's. */
const MERCHANT_IP = '127.0.0.1';
/** A claimed attempt PayU never heard of (a crash before the call) is given up after this. */
const ABANDONED_MS = 10 * 60_000;

type Claim =
  | { kind: 'skip'; outcome: CardChargeOutcome }
  | { kind: 'check'; payuOrderId: string; extOrderId: string }
  | { kind: 'charge'; paymentId: string; extOrderId: string; orderId: string };

export async function chargeStoredCard(chargeId: string, now = currentTime()): Promise<CardChargeOutcome> {
  const claim = await db().$transaction((tx) => claimCardAttempt(tx, chargeId, now));
  if (claim.kind === 'skip') return claim.outcome;
  if (claim.kind === 'check') return settleFromPayu(claim.payuOrderId, claim.extOrderId);

  const order = await db().order.findUniqueOrThrow({
    where: { id: claim.orderId },
    select: {
      number: true,
      currency: true,
      buyerEmail: true,
      user: { select: { firstName: true, lastName: true } },
      items: { select: { name: true, unitGross: true, quantity: true, charge: { select: { contract: true } } } },
    },
  });
  const token = order.items[0]?.charge?.contract.cardToken;
  try {
    const created = await payu().createOrder({
      extOrderId: claim.extOrderId,
      notifyUrl: notifyUrl(),
      continueUrl: absoluteUrl(payLinkStatusPath(chargeId)),
      customerIp: MERCHANT_IP,
      description: messages().checkout.payuDescription(order.number),
      currencyCode: order.currency,
      products: order.items.map((i) => ({ name: i.name, unitPrice: i.unitGross, quantity: i.quantity })),
      buyer: {
        email: order.buyerEmail,
        firstName: order.user.firstName,
        lastName: order.user.lastName,
        language: 'pl',
      },
      recurring: 'STANDARD',
      cardToken: token ?? undefined,
    });
    await db().payment.update({
      where: { id: claim.paymentId },
      data: { payuOrderId: created.orderId, events: { create: { kind: 'card-charge-sent', status: 'NEW' } } },
    });
    return settleFromPayu(created.orderId, claim.extOrderId);
  } catch (e) {
    if (e instanceof PayuUnavailableError) {
      // As checkout does (lib/orders/payment-attempt.ts): this attempt is over; the job's retry makes a new one.
      await db().payment.update({
        where: { id: claim.paymentId },
        data: { status: 'CANCELED', events: { create: { kind: 'create-failed', detail: { error: e.message } } } },
      });
      throw e;
    }
    if (!(e instanceof PayuError)) throw e;
    // PayU refused the order itself (a token it no longer knows, a blocked card): a decline.
    console.error('[billing] stored card refused by PayU', chargeId, e.message);
    const mailIds = await sqlTransaction(async (sql) => {
      await sql.query(
        `UPDATE "Payment" SET "status" = 'CANCELED', "updatedAt" = $2 WHERE "id" = $1 AND "status" = 'NEW'`,
        [claim.paymentId, now],
      );
      await sql.query(
        `INSERT INTO "PaymentEvent" ("id", "paymentId", "kind", "status", "detail") VALUES ($1, $2, 'create-failed', 'CANCELED', $3::jsonb)`,
        [newRowId(), claim.paymentId, JSON.stringify({ error: e.message })],
      );
      return cardDeclinedMails(sql, claim.paymentId, now);
    });
    void dispatchEmails(mailIds);
    return 'declined';
  }
}

/** PayU's word on our card order, through the same handler as a notification. */
async function settleFromPayu(payuOrderId: string, extOrderId: string): Promise<CardChargeOutcome> {
  const o = await payu().retrieveOrder(payuOrderId);
  await handleOrderNotification(
    {
      kind: 'order',
      orderId: o.orderId,
      extOrderId: o.extOrderId ?? extOrderId,
      status: o.status,
      totalAmount: o.totalAmount,
      currencyCode: o.currencyCode,
      paymentId: o.paymentId,
    },
    'status-check',
  );
  if (o.status === 'COMPLETED') return 'paid';
  if (o.status === 'CANCELED') return 'declined';
  return 'pending';
}

async function claimCardAttempt(
  tx: Parameters<typeof ensureChargeOrder>[0],
  chargeId: string,
  now: Date,
): Promise<Claim> {
  const order = await ensureChargeOrder(tx, chargeId, now);
  if (order.state !== 'open') return { kind: 'skip', outcome: 'not-open' };
  const contract = await tx.contract.findUniqueOrThrow({
    where: { id: order.contractId },
    select: { payMethod: true, cardToken: true },
  });
  if (contract.payMethod !== 'CARD') return { kind: 'skip', outcome: 'not-card' };
  if (!contract.cardToken) return { kind: 'skip', outcome: 'no-token' };
  const o = await tx.order.findUniqueOrThrow({
    where: { id: order.orderId },
    select: {
      number: true,
      totalGross: true,
      currency: true,
      payments: {
        select: {
          id: true,
          status: true,
          payuOrderId: true,
          extOrderId: true,
          createdAt: true,
          events: { where: { kind: 'created' }, select: { detail: true } },
        },
      },
    },
  });
  const ours = (p: (typeof o.payments)[number]) =>
    p.events.some((e) => (e.detail as { recurring?: string } | null)?.recurring === 'STANDARD');
  const open = o.payments.filter(
    (p) => p.status === 'NEW' || p.status === 'PENDING' || p.status === 'WAITING_FOR_CONFIRMATION',
  );
  // The payer is on PayU's page paying this very charge: no second charge beside it.
  if (open.some((p) => !ours(p) && p.status !== 'NEW')) return { kind: 'skip', outcome: 'payer-paying' };
  for (const p of open.filter(ours)) {
    if (p.payuOrderId) return { kind: 'check', payuOrderId: p.payuOrderId, extOrderId: p.extOrderId };
    if (now.getTime() - p.createdAt.getTime() < ABANDONED_MS) return { kind: 'skip', outcome: 'pending' };
    await tx.payment.update({
      where: { id: p.id },
      data: { status: 'CANCELED', events: { create: { kind: 'abandoned', detail: { reason: 'never sent to PayU' } } } },
    });
  }
  const payment = await tx.payment.create({
    data: {
      orderId: order.orderId,
      extOrderId: newExtOrderId(o.number, o.payments.length + 1),
      amount: o.totalGross,
      currency: o.currency,
      events: { create: { kind: 'created', status: 'NEW', detail: { payMethod: 'card', recurring: 'STANDARD' } } },
    },
    select: { id: true, extOrderId: true },
  });
  return { kind: 'charge', paymentId: payment.id, extOrderId: payment.extOrderId, orderId: order.orderId };
}
