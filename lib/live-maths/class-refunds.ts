// L13: a Live class cancelled (fewer than 6 participants, or the group cancelled) refunds each payer
// whose child was booked on it, pro rata for the paid period: `price × classes not delivered ÷ 4`,
// rounded once over the period (lib/live-maths/rules/refund.ts). Decided and e-mailed inside the
// cancellation's transaction (one BillingStep per charge and class, so a rerun refunds nothing
// twice); PayU is asked after the commit, keyed per charge and class.
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/db/client';
import { absoluteUrl } from '@/lib/url';
import { messages } from '@/lib/i18n';
import { warsawToday } from '@/lib/billing/rules/days';
import { recordEvent } from '@/lib/billing/contracts/events';
import { billingOnceKey, queueBillingEmail } from '@/lib/billing/contracts/mail';
import { ACCOUNT_CONTRACTS_PATH } from '@/lib/billing/contracts/sign';
import { refundOrder } from '@/lib/settlement/refunds';
import { proRataRefund } from './rules/refund';

export type ClassRefund = { chargeId: string; sessionId: string; amount: number };

const STEP = 'class-cancelled:';

type Hit = {
  contractId: string;
  chargeId: string;
  number: string;
  title: string;
  net: number;
  currency: string;
  periodSessions: number | null;
  email: string | null;
  firstName: string;
};

/** In the session-cancel transaction, after its LiveUndelivered rows: the refunds this class causes. */
export async function refundCancelledClass(
  tx: Tx,
  session: { id: string; groupId: string; startsAt: Date },
  now: Date,
): Promise<{ refunds: ClassRefund[]; emailIds: string[] }> {
  const day = warsawToday(session.startsAt);
  const hits = await tx.$queryRaw<Hit[]>`
    SELECT k."id" AS "contractId", ch."id" AS "chargeId", k."number", o."title", (ch."amount" - ch."discount") AS "net",
           ch."currency", k."periodSessions", p."email", p."firstName"
      FROM "ContractCharge" ch
      JOIN "Contract" k ON k."id" = ch."contractId"
      JOIN "BillingOffer" o ON o."id" = k."offerId"
      JOIN "User" p ON p."id" = k."payerId"
      JOIN "LiveUndelivered" u ON u."sessionId" = ${session.id} AND u."userId" = k."beneficiaryId"
     WHERE o."liveGroupId" = ${session.groupId} AND k."planKind" = 'SESSIONS'
       -- an ended or void contract's money was settled when it ended
       AND k."status" IN ('ACTIVE', 'SUSPENDED')
       AND ch."kind" = 'PERIOD' AND ch."status" = 'PAID'
       AND ch."periodStart" <= ${day}::date AND ch."periodEnd" >= ${day}::date
     ORDER BY k."id"`;
  const refunds: ClassRefund[] = [];
  const emailIds: string[] = [];
  for (const h of hits) {
    const step = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "BillingStep" ("id", "contractId", "chargeId", "step", "runDay", "createdAt")
      VALUES (${randomUUID()}, ${h.contractId}, ${h.chargeId}, ${STEP + session.id}, ${day}::date, ${now})
      ON CONFLICT ("chargeId", "step") DO NOTHING RETURNING "id"`;
    if (step.length === 0) continue;
    const [done] = await tx.$queryRaw<{ cancelled: number; refunded: number }[]>`
      SELECT (SELECT count(*)::int FROM "BillingStep" WHERE "chargeId" = ${h.chargeId} AND "step" LIKE ${STEP + '%'}) AS "cancelled",
             (SELECT coalesce(sum(("detail"->>'amount')::int), 0)::int FROM "ContractEvent"
               WHERE "chargeId" = ${h.chargeId} AND "kind" = 'class-refund') AS "refunded"`;
    const amount = proRataRefund(h.net, done.cancelled, done.refunded, h.periodSessions ?? 4);
    await recordEvent(tx, h.contractId, 'class-refund', {
      chargeId: h.chargeId,
      at: now,
      detail: { sessionId: session.id, amount, classesCancelled: done.cancelled },
    });
    if (amount === 0) continue;
    refunds.push({ chargeId: h.chargeId, sessionId: session.id, amount });
    const id = await queueBillingEmail(
      tx,
      billingOnceKey(h.contractId, h.chargeId, STEP + session.id),
      h.email,
      'live-class-refund',
      {
        firstName: h.firstName,
        number: h.number,
        title: h.title,
        startsAt: session.startsAt.toISOString(),
        amount,
        currency: h.currency,
        link: absoluteUrl(ACCOUNT_CONTRACTS_PATH),
      },
    );
    if (id) emailIds.push(id);
  }
  return { refunds, emailIds };
}

/** After the commit: each refund through PayU on the order that paid the charge; a failure is logged for staff. */
export async function sendClassRefunds(refunds: ClassRefund[], staffId: string | null): Promise<number> {
  let sent = 0;
  for (const r of refunds) {
    const item = await db().orderItem.findFirst({
      where: { chargeId: r.chargeId, order: { status: { in: ['PAID', 'PARTIALLY_REFUNDED'] } } },
      select: { orderId: true },
    });
    if (!item) continue;
    try {
      await refundOrder({
        orderId: item.orderId,
        amount: r.amount,
        itemIds: [],
        description: messages().liveMaths.refundReason,
        staffId,
        extRefundId: `LV-${r.chargeId}-${r.sessionId}`,
      });
      sent += 1;
    } catch (e) {
      console.error(`[live-maths] refund of charge ${r.chargeId} failed:`, e instanceof Error ? e.message : e);
    }
  }
  return sent;
}
