// Money due back on a contract paid by bank transfer or at a desk (a licence terminated for
// non-performance, a cancelled centre group, a withdrawn discount) has no PayU order to refund:
// its 'refund-due' event waits for accounting (lib/billing/contracts/after-change.ts). Once they
// have sent the transfer, they record it here and it becomes a refund like PayU's finalized ones:
// a Refund FINALIZED (method TRANSFER, the bank's reference), the order's refunded amount and
// status, a 'refund-sent' event, the audit entry, the buyer's 'refund-sent' e-mail and the
// correcting invoice issued in the same transaction as lib/settlement/notifications.ts issues it,
// numbered (and so submitted to KSeF) after the commit.
import { currentTime } from '@/lib/clock/clock';
import { db, type Tx } from '@/lib/db/client';
import { UserError, isUniqueViolation } from '@/lib/errors';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { recordEvent } from '@/lib/billing/contracts/events';
import { dayToDate, type Day } from '@/lib/billing/rules/days';
import { issueCorrectionInRefund, numberCorrectionsAfterCommit } from '@/lib/invoices/corrections';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmail } from '@/lib/mail/outbox';
import { lockOrder, refundedStatus } from './refunds';

export type TransferRefundInput = {
  contractId: string;
  /** The contract's 'refund-due' event this transfer pays back (all or part of). */
  eventId: string;
  /** Gross minor units sent. */
  amount: number;
  /** The Warsaw day the transfer went out, 'YYYY-MM-DD'. */
  sentOn: string;
  /** The bank's reference of the outgoing transfer. */
  reference: string;
};

export type TransferRefundOutcome = { refundId: string; orderId: string; left: number; corrected: boolean };

export type OpenRefundDue = {
  eventId: string;
  chargeId: string | null;
  amount: number;
  /** What is still to send back after the refunds recorded against it. */
  left: number;
  dueBy: Day | null;
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LIVE = ['PENDING', 'FINALIZED'] as const;
const t = () => messages().billingPanel.refundSent;

type DueDetail = { amount?: unknown; dueBy?: unknown };

/** The refund-due events of a contract not yet sent back in full, oldest first (the staff page's list). */
export async function openRefundsDue(contractId: string, client: Tx = db()): Promise<OpenRefundDue[]> {
  const events = await client.contractEvent.findMany({
    where: { contractId, kind: 'refund-due' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, chargeId: true, detail: true },
  });
  const out: OpenRefundDue[] = [];
  for (const e of events) {
    const d = (e.detail ?? {}) as DueDetail;
    const amount = typeof d.amount === 'number' ? d.amount : 0;
    // Money that came through PayU goes back through PayU (after-change.ts): not listed here.
    const order = await paidOrderOf(client, contractId, e.chargeId);
    if (!order || (await paidByPayu(client, order.id))) continue;
    const left = Math.min(amount - (await sentAgainst(client, e.id)), order.totalGross - order.refundedGross);
    if (left > 0) {
      out.push({
        eventId: e.id,
        chargeId: e.chargeId,
        amount,
        left,
        dueBy: typeof d.dueBy === 'string' ? d.dueBy : null,
      });
    }
  }
  return out;
}

async function sentAgainst(tx: Tx, eventId: string): Promise<number> {
  const sum = await tx.refund.aggregate({
    where: { contractEventId: eventId, status: { in: [...LIVE] } },
    _sum: { amount: true },
  });
  return sum._sum.amount ?? 0;
}

/** The paid order the event's money came in on: its charge's, else the contract's latest. */
async function paidOrderOf(tx: Tx, contractId: string, chargeId: string | null) {
  return tx.order.findFirst({
    where: {
      status: { in: ['PAID', 'PARTIALLY_REFUNDED'] },
      items: { some: chargeId ? { chargeId } : { charge: { contractId } } },
    },
    orderBy: [{ paidAt: 'desc' }, { id: 'desc' }],
    select: { id: true, totalGross: true, refundedGross: true },
  });
}

async function paidByPayu(tx: Tx, orderId: string): Promise<boolean> {
  const payment = await tx.payment.findFirst({
    where: { orderId, status: 'COMPLETED', payuOrderId: { not: null } },
    select: { id: true },
  });
  return payment !== null;
}

function tooMuch(left: number, currency: string): UserError {
  const m = formatMoney(left, currency);
  return new UserError(
    { code: 'billingPanel.refundSent.tooMuch', params: [m] },
    { amount: { code: 'billingPanel.refundSent.tooMuchField', params: [m] } },
  );
}

/**
 * Records a refund accounting sent by transfer against a contract's 'refund-due' event, once:
 * the event's row and the order's are locked, so two submissions at once record it once and
 * the second is refused as already sent. Refused for a PayU order (refunded through PayU).
 */
export async function recordTransferRefund(
  actorId: string,
  input: TransferRefundInput,
  now = currentTime(),
): Promise<TransferRefundOutcome> {
  const day = DAY.exec(input.sentOn);
  if (!day) throw new UserError('billingPanel.refundSent.wrongDate', { sentOn: 'billingPanel.refundSent.wrongDate' });
  const reference = input.reference.trim().slice(0, 200);
  if (!reference) {
    throw new UserError('billingPanel.refundSent.referenceMissing', {
      reference: 'billingPanel.refundSent.referenceMissing',
    });
  }
  let mailId: string | null = null;
  let outcome: TransferRefundOutcome;
  try {
    outcome = await db().$transaction(async (tx) => {
      await actorWith(tx, actorId, 'contracts:manage');
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "ContractEvent"
         WHERE "id" = ${input.eventId} AND "contractId" = ${input.contractId} AND "kind" = 'refund-due' FOR UPDATE`;
      if (locked.length === 0) throw new UserError('billingPanel.refundSent.notFound');
      const event = await tx.contractEvent.findUniqueOrThrow({
        where: { id: input.eventId },
        select: { chargeId: true, detail: true, contract: { select: { number: true, currency: true } } },
      });
      const due = (event.detail ?? {}) as DueDetail;
      const dueAmount = typeof due.amount === 'number' ? due.amount : 0;
      const found = await paidOrderOf(tx, input.contractId, event.chargeId);
      if (!found) throw new UserError('billingPanel.refundSent.notPaid');
      const order = await lockOrder(tx, found.id);
      if (!order || (order.status !== 'PAID' && order.status !== 'PARTIALLY_REFUNDED'))
        throw new UserError('billingPanel.refundSent.notPaid');
      if (await paidByPayu(tx, order.id)) throw new UserError('billingPanel.refundSent.paidByPayu');

      const sent = await sentAgainst(tx, input.eventId);
      const left = Math.min(dueAmount - sent, order.totalGross - order.refundedGross);
      if (left <= 0) throw new UserError('billingPanel.refundSent.alreadyRefunded');
      if (!Number.isInteger(input.amount) || input.amount <= 0 || input.amount > left)
        throw tooMuch(left, order.currency);

      const description = t().description(event.contract.number);
      const earlier = await tx.refund.count({ where: { contractEventId: input.eventId } });
      const refund = await tx.refund.create({
        data: {
          orderId: order.id,
          paymentId: null,
          method: 'TRANSFER',
          extRefundId: `PRZ-${input.eventId}-${earlier + 1}`,
          amount: input.amount,
          description,
          status: 'FINALIZED',
          createdById: actorId,
          finalizedAt: now,
          transferReference: reference,
          sentOn: dayToDate(input.sentOn),
          contractEventId: input.eventId,
        },
        select: { id: true },
      });
      const refundedGross = order.refundedGross + input.amount;
      const status = refundedStatus(order.totalGross, refundedGross);
      await tx.order.update({ where: { id: order.id }, data: { refundedGross, status } });
      await recordEvent(tx, input.contractId, 'refund-sent', {
        chargeId: event.chargeId,
        actorId,
        at: now,
        detail: { amount: input.amount, sentOn: input.sentOn, reference, refundId: refund.id, eventId: input.eventId },
      });
      await recordAudit(tx, {
        actorId,
        action: 'refund.sent-transfer',
        objectType: 'order',
        objectId: order.id,
        before: { status: order.status, refundedGross: order.refundedGross },
        after: {
          status,
          refundedGross,
          amount: input.amount,
          currency: order.currency,
          refundId: refund.id,
          contractId: input.contractId,
          eventId: input.eventId,
          sentOn: input.sentOn,
          reference,
        },
        note: event.contract.number,
      });
      // The money went back: the correcting invoice, exactly as a PayU refund's FINALIZED notice issues it.
      const corrected = await issueCorrectionInRefund(tx, refund.id, now);
      const o = await tx.order.findUniqueOrThrow({
        where: { id: order.id },
        select: { number: true, buyerEmail: true, user: { select: { firstName: true } } },
      });
      if (o.buyerEmail) {
        mailId = await queueEmail(tx, o.buyerEmail, 'refund-sent', {
          firstName: o.user.firstName,
          orderNumber: o.number,
          orderId: order.id,
          amount: input.amount,
          currency: order.currency,
          reason: description,
          finalizedAt: now.toISOString(),
        });
      }
      return { refundId: refund.id, orderId: order.id, left: left - input.amount, corrected };
    });
  } catch (e) {
    // Two submissions past the lock at once cannot happen; the unique key is the last guard.
    if (isUniqueViolation(e)) throw new UserError('billingPanel.refundSent.alreadyRefunded');
    throw e;
  }
  if (mailId) void dispatchEmails([mailId]);
  if (outcome.corrected) numberCorrectionsAfterCommit();
  return outcome;
}

/** For the staff page: a due day as shown. */
export const dueByText = (d: Day | null) => (d ? formatDate(dayToDate(d)) : '');
