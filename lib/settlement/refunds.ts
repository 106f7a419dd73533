// Refunds through PayU's refund API: staff refunds, withdrawals, family cancellations and stray
// payments share this one path. Reserve first (one transaction under the order's row lock checks
// what is left and writes the refund PENDING with its extRefundId), then ask PayU, then record
// its answer; PayU's notifications finish or undo it later (lib/settlement/notifications.ts).
import { randomBytes } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { db, type Tx } from '@/lib/db/client';
import type { OrderStatus } from '@/lib/db/generated/enums';
import { payu } from '@/lib/payments/gateway';
import { PayuError, PayuUnavailableError, type PayuRefund } from '@/lib/payments/payu';
import { isUniqueViolation, UserError } from '@/lib/errors';
import { formatMoney } from '@/lib/format/money';
import { recordAudit } from '@/lib/audit';
import type { Permission } from '@/lib/auth/permissions';
import { actorWith } from '@/lib/staff/authority';
import { giveBackTopUpSeats, takeBackTopUpSeats } from './top-up-refunds';
import { restoreCertificatesOf, revokeCertificatesOf, type RevokedCertificate } from '@/lib/certificates/revocation';

export type RefundRequest = {
  orderId: string;
  amount: number;
  /** Items whose access ends; a full refund ends every item's access. */
  itemIds: string[];
  description: string;
  staffId: string | null;
  /**
   * A stable key makes the whole refund repeatable (a withdrawal confirmed twice, a retry after
   * PayU did not answer). After PayU refused or cancelled the refund under it, the next call
   * under the same key is a new attempt (`key-r2`, `key-r3`…), since PayU keeps the dead one.
   */
  extRefundId?: string;
  /** A payment PayU took for an order we had cancelled: refunded whole, the order is untouched. */
  strayPaymentId?: string;
  /**
   * A staff refund names the permission the staff member must hold; it is checked against their
   * roles as stored, inside the reservation's transaction (lib/staff/authority.ts), so a page
   * loaded before a role was taken away, or a caller that skipped the action layer, is refused.
   */
  staffPermission?: Permission;
  /** More writes in the transaction that records PayU's acceptance, given the Refund's id. */
  alsoInTransaction?: (tx: Tx, refundId: string) => Promise<void>;
};

export type RefundOutcome = {
  refundId: string;
  amount: number;
  currency: string;
  /** Names of the items whose access this refund actually ended (none when access was kept). */
  revoked: string[];
  /** The same refund had already been recorded: nothing was written this time. */
  repeated: boolean;
};

const LIVE = ['PENDING', 'FINALIZED'] as const;

export async function refundOrder(req: RefundRequest): Promise<RefundOutcome> {
  const base = req.extRefundId ?? `ZW-${randomBytes(8).toString('hex')}`;
  let reservation = (await attemptOf(base)).live;
  if (!reservation) {
    try {
      reservation = await reserve(req, base);
    } catch (e) {
      // The same key reserved at the same moment by a second click: continue that one.
      const again = isUniqueViolation(e) ? (await attemptOf(base)).live : null;
      if (!again) throw e;
      reservation = again;
    }
  }
  const currency = reservation.currency;
  if (reservation.payuRefundId) {
    return { refundId: reservation.id, amount: reservation.amount, currency, revoked: [], repeated: true };
  }
  const answer = await askPayu(reservation);
  return complete(reservation.id, answer, req.alsoInTransaction);
}

type Reservation = {
  id: string;
  extRefundId: string;
  amount: number;
  description: string;
  payuRefundId: string | null;
  payuOrderId: string;
  currency: string;
};

const RESERVATION_SELECT = {
  id: true,
  extRefundId: true,
  amount: true,
  description: true,
  payuRefundId: true,
  status: true,
  payment: { select: { payuOrderId: true } },
  order: { select: { currency: true } },
} as const;

/** The live refund under `base` (if any), and the key a new attempt takes. */
async function attemptOf(base: string, client: Tx = db()): Promise<{ live: Reservation | null; nextKey: string }> {
  const rows = await client.refund.findMany({
    where: { OR: [{ extRefundId: base }, { extRefundId: { startsWith: `${base}-r` } }] },
    select: RESERVATION_SELECT,
  });
  const mine = rows.filter((r) => r.extRefundId === base || /^-r\d+$/.test(r.extRefundId.slice(base.length)));
  const live = mine.find((r) => (LIVE as readonly string[]).includes(r.status));
  return {
    live: live
      ? {
          id: live.id,
          extRefundId: live.extRefundId,
          amount: live.amount,
          description: live.description,
          payuRefundId: live.payuRefundId,
          payuOrderId: live.payment?.payuOrderId ?? '',
          currency: live.order.currency,
        }
      : null,
    nextKey: mine.length === 0 ? base : `${base}-r${mine.length + 1}`,
  };
}

/** The order's status for what has been refunded (or reserved) so far. */
export function refundedStatus(totalGross: number, refundedGross: number): OrderStatus {
  if (refundedGross <= 0) return 'PAID';
  return refundedGross >= totalGross ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
}

/** Locks the order and reads what the check needs; the lock holds until the transaction ends. */
export async function lockOrder(tx: Tx, orderId: string) {
  const rows = await tx.$queryRaw<
    { id: string; status: string; totalGross: number; refundedGross: number; currency: string }[]
  >`SELECT "id", "status"::text, "totalGross", "refundedGross", "currency" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  return rows[0] ?? null;
}

function amountError(max: number, currency: string): UserError {
  const m = formatMoney(max, currency);
  return new UserError(
    { code: 'checkout.errors.refundAmount', params: [m] },
    { amount: { code: 'checkout.errors.refundAmountField', params: [m] } },
  );
}

/**
 * The reservation: under the order's row lock, what is left to refund counts every live
 * reservation, so two refunds at once can never exceed what was paid.
 */
async function reserve(req: RefundRequest, base: string): Promise<Reservation> {
  return db().$transaction(async (tx) => {
    if (req.staffPermission) await actorWith(tx, req.staffId ?? '', req.staffPermission);
    const order = await lockOrder(tx, req.orderId);
    if (!order) throw new UserError('checkout.errors.orderMissing');
    // A second click that waited for the lock continues the refund the first one reserved.
    const attempt = await attemptOf(base, tx);
    if (attempt.live) return attempt.live;
    const extRefundId = attempt.nextKey;
    const payment = await tx.payment.findFirst({
      where: { orderId: order.id, status: 'COMPLETED', ...(req.strayPaymentId ? { id: req.strayPaymentId } : {}) },
      orderBy: { createdAt: 'asc' },
      select: { id: true, payuOrderId: true, amount: true },
    });
    if (!payment?.payuOrderId) throw new UserError('checkout.errors.refundNotPaid');
    let refundable: number;
    if (req.strayPaymentId) {
      const live = await tx.refund.aggregate({
        where: { paymentId: payment.id, status: { in: [...LIVE] } },
        _sum: { amount: true },
      });
      refundable = payment.amount - (live._sum.amount ?? 0);
    } else {
      if (order.status !== 'PAID' && order.status !== 'PARTIALLY_REFUNDED') {
        throw new UserError('checkout.errors.refundNotPaid');
      }
      refundable = order.totalGross - order.refundedGross;
    }
    if (!Number.isInteger(req.amount) || req.amount <= 0 || req.amount > refundable) {
      throw amountError(Math.max(0, refundable), order.currency);
    }
    const items = await tx.orderItem.findMany({ where: { orderId: order.id }, select: { id: true, name: true } });
    // A full refund ends every item (complete() below); a top-up's seats come off now, before
    // PayU is asked, so staff are refused while participants hold them (./top-up-refunds.ts).
    const full = !req.strayPaymentId && order.refundedGross + req.amount >= order.totalGross;
    const itemIds = req.strayPaymentId
      ? []
      : full
        ? items.map((i) => i.id)
        : req.itemIds.filter((id) => items.some((i) => i.id === id));
    await takeBackTopUpSeats(tx, order.id, itemIds);
    const created = await tx.refund.create({
      data: {
        orderId: order.id,
        paymentId: payment.id,
        extRefundId,
        amount: req.amount,
        description: req.description,
        createdById: req.staffId,
        itemIds,
        strayPayment: Boolean(req.strayPaymentId),
      },
      select: { id: true },
    });
    if (!req.strayPaymentId) {
      const refundedGross = order.refundedGross + req.amount;
      await tx.order.update({
        where: { id: order.id },
        data: { refundedGross, status: refundedStatus(order.totalGross, refundedGross) },
      });
    }
    await tx.paymentEvent.create({
      data: { paymentId: payment.id, kind: 'refund', status: 'RESERVED', detail: { amount: req.amount, extRefundId } },
    });
    // A staff member's refund is a decision about money: audited with the reservation itself.
    if (req.staffId) {
      const refundedGross = req.strayPaymentId ? order.refundedGross : order.refundedGross + req.amount;
      await recordAudit(tx, {
        actorId: req.staffId,
        action: 'refund.requested',
        objectType: 'order',
        objectId: order.id,
        before: { status: order.status, refundedGross: order.refundedGross },
        after: {
          status: req.strayPaymentId ? order.status : refundedStatus(order.totalGross, refundedGross),
          refundedGross,
          amount: req.amount,
          currency: order.currency,
          itemIds,
          items: items.filter((i) => itemIds.includes(i.id)).map((i) => i.name),
          refundId: created.id,
        },
        note: req.description,
      });
    }
    return {
      id: created.id,
      extRefundId,
      amount: req.amount,
      description: req.description,
      payuRefundId: null,
      payuOrderId: payment.payuOrderId,
      currency: order.currency,
    };
  });
}

/** PayU's answer; a refusal releases the reservation before staff or the buyer see it. */
async function askPayu(r: Reservation): Promise<PayuRefund> {
  try {
    return await payu().refund(r.payuOrderId, {
      description: r.description,
      amount: r.amount,
      extRefundId: r.extRefundId,
    });
  } catch (e) {
    // No answer: PayU may have made the refund, so the reservation stays; the same key continues it.
    if (e instanceof PayuUnavailableError) throw new UserError('checkout.errors.refundPayuDown');
    if (e instanceof PayuError) {
      const reason = e.statusDesc || e.codeLiteral || e.message;
      await undoRefund(r.id, 'REFUSED', reason);
      throw new UserError({ code: 'checkout.errors.refundPayuRefused', params: [reason] });
    }
    throw e;
  }
}

/**
 * PayU accepted: record its refund id, end the access the refund is for, and run the caller's
 * writes — once, whoever of two concurrent callers gets the row lock first.
 */
async function complete(
  refundId: string,
  answer: PayuRefund,
  alsoInTransaction: RefundRequest['alsoInTransaction'],
): Promise<RefundOutcome> {
  const outcome = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; status: string; payuRefundId: string | null }[]>`
      SELECT "id", "status"::text, "payuRefundId" FROM "Refund" WHERE "id" = ${refundId} FOR UPDATE`;
    const row = rows[0];
    const r = await tx.refund.findUniqueOrThrow({
      where: { id: refundId },
      select: {
        amount: true,
        paymentId: true,
        itemIds: true,
        strayPayment: true,
        orderId: true,
        createdById: true,
        order: {
          select: {
            currency: true,
            totalGross: true,
            refundedGross: true,
            items: { select: { id: true, name: true } },
          },
        },
      },
    });
    const base = { refundId, amount: r.amount, currency: r.order.currency };
    if (!row || row.payuRefundId || row.status !== 'PENDING') return { ...base, revoked: [], repeated: true };
    const full = !r.strayPayment && r.order.refundedGross >= r.order.totalGross;
    const itemIds = r.strayPayment ? [] : full ? r.order.items.map((i) => i.id) : r.itemIds;
    const revoked = await revokeAccess(tx, itemIds);
    await auditCertificates(tx, 'certificate.revoked', r, refundId, revoked.certificates);
    await tx.refund.update({
      where: { id: refundId },
      data: {
        payuRefundId: answer.refundId,
        revokedEnrolmentIds: revoked.enrolmentIds,
        deactivatedGroupIds: revoked.groupIds,
      },
    });
    // PayU's refunds only ever get here, each of a payment (a refund sent by transfer has none).
    if (r.paymentId)
      await tx.paymentEvent.create({
        data: {
          paymentId: r.paymentId,
          kind: 'refund',
          status: 'PENDING',
          detail: { amount: r.amount, refundId: answer.refundId, items: itemIds },
        },
      });
    await alsoInTransaction?.(tx, refundId);
    return {
      ...base,
      revoked: r.order.items.filter((i) => revoked.itemIds.includes(i.id)).map((i) => i.name),
      repeated: false,
    };
  });
  // PayU may answer a refund CANCELED at once; the notification path undoes it the same way.
  if (answer.status === 'CANCELED') await undoRefund(refundId, 'CANCELED', null);
  return outcome;
}

/**
 * Ends what the items granted (accounts stay) and says exactly what it ended, so a refund PayU
 * cancels can give back that access and nothing else.
 */
async function revokeAccess(tx: Tx, itemIds: string[]) {
  if (itemIds.length === 0) {
    return {
      itemIds: [] as string[],
      enrolmentIds: [] as string[],
      groupIds: [] as string[],
      certificates: [] as RevokedCertificate[],
    };
  }
  const groups = await tx.group.findMany({
    where: { orderItemId: { in: itemIds }, active: true },
    select: { id: true, orderItemId: true },
  });
  const enrolments = await tx.enrolment.findMany({
    where: {
      status: 'ACTIVE',
      OR: [{ orderItemId: { in: itemIds } }, ...(groups.length ? [{ groupId: { in: groups.map((g) => g.id) } }] : [])],
    },
    select: { id: true, orderItemId: true, groupId: true },
  });
  await tx.enrolment.updateMany({ where: { id: { in: enrolments.map((e) => e.id) } }, data: { status: 'REVOKED' } });
  await tx.group.updateMany({ where: { id: { in: groups.map((g) => g.id) } }, data: { active: false } });
  // The purchase is undone, so what it certified is too (lib/certificates/revocation.ts).
  const certificates = await revokeCertificatesOf(
    tx,
    enrolments.map((e) => e.id),
    'refund',
    currentTime(),
  );
  const touched = new Set<string>(groups.map((g) => g.orderItemId).filter((id): id is string => Boolean(id)));
  for (const e of enrolments) {
    if (e.orderItemId && itemIds.includes(e.orderItemId)) touched.add(e.orderItemId);
    const g = groups.find((x) => x.id === e.groupId);
    if (g?.orderItemId) touched.add(g.orderItemId);
  }
  return {
    itemIds: [...touched],
    enrolmentIds: enrolments.map((e) => e.id),
    groupIds: groups.map((g) => g.id),
    certificates,
  };
}

/** Certificates a refund revoked (or its undoing restored), in the refund's own transaction. */
async function auditCertificates(
  tx: Tx,
  action: 'certificate.revoked' | 'certificate.restored',
  r: { orderId: string; createdById: string | null },
  refundId: string,
  certificates: RevokedCertificate[],
) {
  if (certificates.length === 0) return;
  await recordAudit(tx, {
    actorId: r.createdById,
    action,
    objectType: 'order',
    objectId: r.orderId,
    after: { refundId, reason: 'refund', certificates: certificates.map((c) => c.number) },
  });
}

/**
 * A refund that will not happen (PayU refused it, or cancelled it later): under the order's lock
 * the amount is refundable again and the access this refund ended comes back. Only from PENDING,
 * so a repeated notification changes nothing. Returns whether this call undid it.
 */
export async function undoRefund(
  refundId: string,
  status: 'REFUSED' | 'CANCELED',
  failure: string | null,
  now = currentTime(),
  client?: Tx,
): Promise<{ undone: boolean; orderId: string } | null> {
  const run = async (tx: Tx) => {
    const r = await tx.refund.findUnique({ where: { id: refundId }, select: { orderId: true } });
    if (!r) return null;
    const order = await lockOrder(tx, r.orderId);
    const rows = await tx.$queryRaw<{ status: string }[]>`
      SELECT "status"::text FROM "Refund" WHERE "id" = ${refundId} FOR UPDATE`;
    if (!order || rows[0]?.status !== 'PENDING') return { undone: false, orderId: r.orderId };
    const refund = await tx.refund.update({
      where: { id: refundId },
      data: { status, failure, canceledAt: status === 'CANCELED' ? now : null },
      select: {
        amount: true,
        paymentId: true,
        strayPayment: true,
        revokedEnrolmentIds: true,
        deactivatedGroupIds: true,
        itemIds: true,
        createdById: true,
      },
    });
    await giveBackTopUpSeats(tx, order.id, refundId, refund.itemIds);
    if (!refund.strayPayment) {
      const refundedGross = Math.max(0, order.refundedGross - refund.amount);
      await tx.order.update({
        where: { id: order.id },
        data: { refundedGross, status: refundedStatus(order.totalGross, refundedGross) },
      });
    }
    // Only what this refund ended, and only if nothing else ended it since.
    const back = await tx.enrolment.findMany({
      where: { id: { in: refund.revokedEnrolmentIds }, status: 'REVOKED' },
      select: { id: true },
    });
    await tx.enrolment.updateMany({ where: { id: { in: back.map((e) => e.id) } }, data: { status: 'ACTIVE' } });
    const restored = await restoreCertificatesOf(
      tx,
      back.map((e) => e.id),
      'refund',
    );
    await auditCertificates(tx, 'certificate.restored', { orderId: r.orderId, ...refund }, refundId, restored);
    await tx.group.updateMany({ where: { id: { in: refund.deactivatedGroupIds } }, data: { active: true } });
    if (refund.paymentId)
      await tx.paymentEvent.create({
        data: {
          paymentId: refund.paymentId,
          kind: 'refund',
          status,
          detail: { amount: refund.amount, refundId, ...(failure ? { failure } : {}) },
        },
      });
    return { undone: true, orderId: r.orderId };
  };
  return client ? run(client) : db().$transaction(run);
}

/**
 * Reservations PayU never answered (a timeout, a crash after the commit): asked again under the
 * same extRefundId, which PayU deduplicates. Withdrawals (`ODST-…`) are left to the buyer's
 * repeated confirmation, whose transaction also records the withdrawal and its e-mail.
 */
export async function resumeUnansweredRefunds(olderThanMs = 5 * 60_000, now = currentTime()): Promise<number> {
  const open = await db().refund.findMany({
    where: {
      status: 'PENDING',
      payuRefundId: null,
      extRefundId: { startsWith: 'ZW-' },
      createdAt: { lt: new Date(now.getTime() - olderThanMs) },
    },
    select: RESERVATION_SELECT,
    take: 100,
  });
  let done = 0;
  for (const r of open) {
    try {
      const answer = await askPayu({
        id: r.id,
        extRefundId: r.extRefundId,
        amount: r.amount,
        description: r.description,
        payuRefundId: null,
        payuOrderId: r.payment?.payuOrderId ?? '',
        currency: r.order.currency,
      });
      await complete(r.id, answer, undefined);
      done++;
    } catch (e) {
      console.error('[refunds] resuming failed', r.extRefundId, e instanceof Error ? e.message : e);
    }
  }
  return done;
}
