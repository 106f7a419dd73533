// Opening a charge's e-mailed pay link: the link itself is the credential (like a PayU link),
// so a payer who is not signed in pays too; someone signed in as another person is stopped. The
// PayU order is made now, through checkout's payment-attempt code, and the browser goes to PayU.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { startPaymentAttempt, type PayMethod } from '@/lib/orders/payment-attempt';
import { chargeIdFromToken, chargeLinkToken, chargePayPath } from './link';
import { ensureChargeOrder } from './charge-order';
import { chargeDue } from './charge-due';

/** Why the link shows a page instead of PayU (texts: lib/i18n/pl/billing-pay.ts `states`). */
export type PayLinkState = 'paid' | 'cancelled' | 'in-progress' | 'other-account' | 'payu-down' | 'refused';

export type PayLinkResult = { kind: 'redirect'; url: string } | { kind: 'page'; state: PayLinkState };

export const payLinkStatusPath = (chargeId: string, state?: PayLinkState) =>
  `${chargePayPath(chargeId)}/stan${state ? `?powod=${state}` : ''}`;

const REFUSALS: Record<string, PayLinkState> = {
  'checkout.errors.paymentInProgress': 'in-progress',
  'checkout.errors.payuUnreachable': 'payu-down',
  'checkout.errors.payuRefused': 'refused',
  'checkout.errors.notAwaitingPayment': 'paid',
};

/** null: not a link we signed, or no such charge (404). */
export async function openPayLink(
  token: string,
  viewerId: string | null,
  customerIp: string,
  now = currentTime(),
): Promise<PayLinkResult | null> {
  const chargeId = chargeIdFromToken(token);
  if (!chargeId) return null;
  const order = await db().$transaction((tx) => ensureChargeOrder(tx, chargeId, now));
  if (order.state === 'missing') return null;
  if (order.state !== 'open') return { kind: 'page', state: order.state };
  if (viewerId && viewerId !== order.payerId) return { kind: 'page', state: 'other-account' };

  const card = await db().contract.findUniqueOrThrow({
    where: { id: order.contractId },
    select: { payMethod: true, cardToken: true, currency: true },
  });
  // A card contract's link pays by card and saves it (recurring FIRST), also after a declined
  // stored card; any other contract opens PayU's choice of methods (card form where not PLN).
  const saveCard = card.payMethod === 'CARD';
  const method: PayMethod = saveCard || card.currency !== 'PLN' ? 'card' : 'transfer';
  try {
    const url = await startPaymentAttempt(order.orderId, order.payerId, method, customerIp, {
      continuePath: payLinkStatusPath(chargeId),
      recurring: saveCard ? 'FIRST' : undefined,
    });
    return { kind: 'redirect', url };
  } catch (e) {
    const state = e instanceof UserError ? REFUSALS[e.codes[0] as string] : undefined;
    if (state) return { kind: 'page', state };
    throw e;
  }
}

export type PayLinkView = {
  state: 'open' | 'paid' | 'cancelled' | 'in-progress';
  /** The offer's title: what is being paid for. */
  title: string;
  contractNumber: string;
  /** Polish as stored; with `labelKey`, shown in the reader's language (lib/billing/rules/charge-label.ts). */
  label: string;
  labelKey: unknown;
  amount: number;
  currency: string;
  dueDate: Date;
  payPath: string;
};

/** What the link's status page shows: the charge as it stands now (null: not our link). */
export async function payLinkView(token: string): Promise<PayLinkView | null> {
  const chargeId = chargeIdFromToken(token);
  if (!chargeId) return null;
  const c = await db().contractCharge.findUnique({
    where: { id: chargeId },
    select: {
      status: true,
      label: true,
      labelKey: true,
      amount: true,
      discount: true,
      currency: true,
      dueDate: true,
      contract: { select: { number: true, offer: { select: { title: true } } } },
      orderItems: {
        where: { order: { status: 'AWAITING_PAYMENT' } },
        select: { order: { select: { payments: { select: { status: true } } } } },
      },
    },
  });
  if (!c) return null;
  const live = c.orderItems.some((i) =>
    i.order.payments.some((p) => p.status === 'PENDING' || p.status === 'WAITING_FOR_CONFIRMATION'),
  );
  const state = c.status === 'PAID' ? 'paid' : c.status === 'CANCELLED' ? 'cancelled' : live ? 'in-progress' : 'open';
  return {
    state,
    title: c.contract.offer.title,
    contractNumber: c.contract.number,
    label: c.label,
    labelKey: c.labelKey,
    amount: chargeDue(c),
    currency: c.currency,
    dueDate: c.dueDate,
    payPath: `/platnosc/umowa/${chargeLinkToken(chargeId)}`,
  };
}
