// One PayU order per payment attempt. Used by checkout and by "pay again" on an order whose
// previous attempt was cancelled or abandoned — never a second charge for a paid order.
import { absoluteUrl } from '@/lib/url';
import { messages } from '@/lib/i18n';
import { db } from '@/lib/db/client';
import { payu, notifyUrl } from '@/lib/payments/gateway';
import { PayuError, PayuUnavailableError } from '@/lib/payments/payu';
import { assertPayMethod } from '@/lib/payments/pay-methods';
import { payuMethodValue, type PayMethod } from '@/lib/payments/rules/pay-methods';
import { UserError } from '@/lib/errors';
import { newExtOrderId } from './numbers';

export type { PayMethod };

const REUSE_MS = 15 * 60_000;

export const PAYU_DOWN = messages().checkout.errors.payuUnreachable;

/** A contract's pay link (lib/billing/payments/pay-link.ts): back to the link, and a card saved for later. */
export type AttemptOptions = { continuePath?: string; recurring?: 'FIRST' };

export async function startPaymentAttempt(
  orderId: string,
  userId: string,
  payMethod: PayMethod,
  customerIp: string,
  options: AttemptOptions = {},
): Promise<string> {
  const order = await db().order.findFirst({
    where: { id: orderId, userId },
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      totalGross: true,
      buyerEmail: true,
      user: { select: { firstName: true, lastName: true, locale: true } },
      items: { select: { name: true, unitGross: true, quantity: true } },
      payments: {
        select: { id: true, status: true, redirectUri: true, createdAt: true },
        orderBy: { createdAt: 'desc' },
      },
    },
  });
  if (!order) throw new UserError('checkout.errors.orderMissing');
  if (order.status !== 'AWAITING_PAYMENT') throw new UserError('checkout.errors.notAwaitingPayment');
  // A payment already under way at PayU is finished there, not started again.
  const live = order.payments.find((p) => p.status === 'PENDING' || p.status === 'WAITING_FOR_CONFIRMATION');
  if (live) throw new UserError('checkout.errors.paymentInProgress');
  // A double click, or "back" from PayU's page: the attempt just made is still payable there.
  const fresh = order.payments.find(
    (p) => p.status === 'NEW' && p.redirectUri && Date.now() - p.createdAt.getTime() < REUSE_MS,
  );
  if (fresh?.redirectUri) return fresh.redirectUri;
  // Every way into PayU passes here (checkout, family order, "pay again"): BLIK in EUR never leaves.
  await assertPayMethod(payMethod, order.currency, order.totalGross);

  const payment = await db().payment.create({
    data: {
      orderId: order.id,
      extOrderId: newExtOrderId(order.number, order.payments.length + 1),
      amount: order.totalGross,
      currency: order.currency,
    },
    select: { id: true, extOrderId: true },
  });
  // PayU's page speaks the buyer's language (buyer.language), as ours does: the profile's.
  const language = order.user.locale ?? 'pl';
  try {
    const created = await payu().createOrder({
      extOrderId: payment.extOrderId,
      notifyUrl: notifyUrl(),
      continueUrl: absoluteUrl(options.continuePath ?? `/zamowienia/${order.id}`),
      customerIp,
      description: messages(language).checkout.payuDescription(order.number),
      currencyCode: order.currency,
      products: order.items.map((i) => ({ name: i.name.slice(0, 250), unitPrice: i.unitGross, quantity: i.quantity })),
      buyer: {
        email: order.buyerEmail,
        firstName: order.user.firstName,
        lastName: order.user.lastName,
        language,
        // A card saved with FIRST is PayU's for this customer of ours: the payer's user id.
        ...(options.recurring ? { extCustomerId: userId } : {}),
      },
      payMethodValue: payuMethodValue(payMethod),
      recurring: options.recurring,
    });
    await db().payment.update({
      where: { id: payment.id },
      data: {
        payuOrderId: created.orderId,
        redirectUri: created.redirectUri,
        events: {
          create: { kind: 'created', status: 'NEW', detail: { payMethod, recurring: options.recurring ?? null } },
        },
      },
    });
    return created.redirectUri;
  } catch (e) {
    await db().payment.update({
      where: { id: payment.id },
      data: {
        status: 'CANCELED',
        events: { create: { kind: 'create-failed', detail: { error: e instanceof Error ? e.message : String(e) } } },
      },
    });
    if (e instanceof PayuUnavailableError) throw new UserError('checkout.errors.payuUnreachable');
    if (e instanceof PayuError) {
      console.error('[payu] create order refused', e.message);
      throw new UserError('checkout.errors.payuRefused');
    }
    throw e;
  }
}
