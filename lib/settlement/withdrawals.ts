// A consumer's withdrawal from an order (art. 27 u.p.k.), from the order page: what the rule
// allows for each item, and confirming it — one refund through lib/settlement/refunds.ts whose
// transaction also records the withdrawal, ends the access and queues the confirmation e-mail.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmail } from '@/lib/mail/outbox';
import { withdrawalDecision, type WithdrawalItemKind, type WithdrawalRefusal } from '@/lib/orders/rules/withdrawal';
import { FAMILY_PACKAGE_ITEM } from '@/lib/settlement/family-activation';
import { refundOrder } from '@/lib/settlement/refunds';

export type WithdrawalView =
  | { state: 'none' }
  | { state: 'available'; until: Date; refund: number; currency: string; items: { id: string; name: string }[] }
  | { state: 'family'; until: Date | null; packages: { id: string; name: string }[] }
  | { state: 'refused'; reason: WithdrawalRefusal; until: Date | null }
  | { state: 'filed'; filedAt: Date; refund: number; currency: string };

async function loadOrder(userId: string, orderId: string) {
  return db().order.findFirst({
    where: { id: orderId, userId },
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      totalGross: true,
      refundedGross: true,
      paidAt: true,
      termsAcceptedAt: true,
      buyerType: true,
      buyerEmail: true,
      immediateDeliveryConsent: true,
      user: { select: { firstName: true } },
      withdrawal: { select: { filedAt: true, refundAmount: true, currency: true } },
      items: {
        select: {
          id: true,
          name: true,
          seats: true,
          kind: true,
          totalGross: true,
          enrolments: { select: { startsAt: true, status: true } },
          group: { select: { id: true } },
        },
      },
    },
  });
}
type LoadedOrder = NonNullable<Awaited<ReturnType<typeof loadOrder>>>;

const kindOf = (i: LoadedOrder['items'][number]): WithdrawalItemKind =>
  i.kind === FAMILY_PACKAGE_ITEM ? 'family' : i.seats > 1 ? 'group' : 'course';

/** What the order page offers: the rule applied to every item of the order. */
async function decide(order: LoadedOrder, now: Date): Promise<WithdrawalView> {
  if (order.withdrawal) {
    const w = order.withdrawal;
    return { state: 'filed', filedAt: w.filedAt, refund: w.refundAmount, currency: w.currency };
  }
  if (order.status !== 'PAID' && order.status !== 'PARTIALLY_REFUNDED') return { state: 'none' };
  // An item whose access staff already took back with a refund is not offered again: its money
  // went back then, and the order's remaining total belongs to the other items.
  const open = order.items.filter((i) => i.enrolments.length === 0 || i.enrolments.some((e) => e.status !== 'REVOKED'));
  const decisions = open.map((i) => ({
    item: i,
    kind: kindOf(i),
    d: withdrawalDecision(
      {
        kind: kindOf(i),
        buyerType: order.buyerType,
        consent: order.immediateDeliveryConsent,
        accessStarted: i.enrolments.some((e) => e.startsAt <= now) || i.group !== null,
        concludedAt: order.termsAcceptedAt,
        paidAt: order.paidAt,
        paidGross: i.totalGross,
      },
      now,
    ),
  }));
  if (decisions.some((x) => x.kind === 'family')) {
    // Parents withdraw per child through /rodzina/rezygnacja, which also settles the sibling rule.
    const packages = await db().familyPackage.findMany({
      where: { orderId: order.id, status: 'ACTIVE' },
      select: { id: true, child: { select: { fullName: true } } },
    });
    return {
      state: 'family',
      until: decisions[0].d.until,
      packages: packages.map((p) => ({ id: p.id, name: p.child.fullName })),
    };
  }
  const allowed = decisions.filter((x) => x.d.allowed);
  if (allowed.length === 0) {
    const first = decisions[0]?.d;
    if (!first || first.allowed) return { state: 'none' };
    return { state: 'refused', reason: first.reason, until: first.until };
  }
  const sum = allowed.reduce((s, x) => s + (x.d.allowed ? x.d.refund : 0), 0);
  return {
    state: 'available',
    until: allowed[0].d.until!,
    refund: Math.min(sum, order.totalGross - order.refundedGross),
    currency: order.currency,
    items: allowed.map((x) => ({ id: x.item.id, name: x.item.name })),
  };
}

/** The withdrawal section of the buyer's order page (null: not the buyer's order). */
export async function orderWithdrawalView(
  userId: string,
  orderId: string,
  now = currentTime(),
): Promise<WithdrawalView | null> {
  const order = await loadOrder(userId, orderId);
  return order ? decide(order, now) : null;
}

const REFUSAL_CODE = {
  notPaid: 'checkout.errors.withdrawalNotPaid',
  consentGiven: 'checkout.errors.withdrawalConsentGiven',
  business: 'checkout.errors.withdrawalBusiness',
  fullyPerformed: 'checkout.errors.withdrawalFullyPerformed',
  ownProcedure: 'checkout.errors.withdrawalFamily',
} as const;

/**
 * Confirms the withdrawal: PayU is asked for the refund (a stable extRefundId, so a repeat asks
 * for the same one), then one transaction records the refund, ends the access, records the
 * withdrawal and queues the e-mail. Confirming again finds the withdrawal and changes nothing.
 */
export async function withdrawFromOrder(
  userId: string,
  orderId: string,
  now = currentTime(),
): Promise<{ refund: number; currency: string; repeated: boolean }> {
  const order = await loadOrder(userId, orderId);
  if (!order) throw new NotFoundError('order');
  const view = await decide(order, now);
  if (view.state === 'filed') return { refund: view.refund, currency: view.currency, repeated: true };
  if (view.state === 'family') throw new UserError('checkout.errors.withdrawalFamily');
  if (view.state === 'none') throw new UserError('checkout.errors.withdrawalNotPaid');
  if (view.state === 'refused') {
    if (view.reason === 'expired') {
      throw new UserError({ code: 'checkout.errors.withdrawalExpired', params: [formatLastDay(view.until!)] });
    }
    throw new UserError(REFUSAL_CODE[view.reason]);
  }
  let mailId: string | null = null;
  const outcome = await refundOrder({
    orderId: order.id,
    amount: view.refund,
    itemIds: view.items.map((i) => i.id),
    description: messages().checkout.withdrawal.refundReason,
    staffId: null,
    extRefundId: `ODST-${order.id}`,
    alsoInTransaction: async (tx, refundId) => {
      await tx.orderWithdrawal.create({
        data: {
          orderId: order.id,
          itemIds: view.items.map((i) => i.id),
          refundAmount: view.refund,
          currency: order.currency,
          filedAt: now,
          refundId,
        },
      });
      mailId = await queueEmail(tx, order.buyerEmail, 'order-withdrawal', {
        firstName: order.user.firstName,
        orderNumber: order.number,
        orderId: order.id,
        items: view.items.map((i) => i.name),
        filedAt: now.toISOString(),
        refundAmount: view.refund,
        currency: order.currency,
      });
    },
  });
  if (mailId) await dispatchEmails([mailId]);
  return { refund: outcome.amount, currency: order.currency, repeated: outcome.repeated };
}
