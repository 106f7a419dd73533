// A paid order's contract charges (OrderItem kind CONTRACT_CHARGE): each is marked paid by the
// billing engine in the payment's own transaction, so the charge, the contract's state and the
// order's invoice commit together. A stored card charged by us (recurring STANDARD) counts as
// CARD, anything the payer paid through the link as LINK. A refund of such an order goes through
// lib/settlement/refunds.ts like any other; the contract's state is staff's decision (terminate
// with a settlement), never undone by the refund itself.
import { newRowId, type Sql } from '@/lib/db/sql';
import { templates } from '@/emails';
import type { CardDeclinedProps } from '@/emails/billing/card-declined';
import { applyChargePaid } from '@/lib/billing/contracts/paid';
import { chargeDue } from '@/lib/billing/payments/charge-due';
import { chargePayUrl } from '@/lib/billing/payments/link';
import { dateToDay } from '@/lib/billing/rules/days';
import { mailLocale } from '@/lib/mail/render';

export const CONTRACT_CHARGE_ITEM = 'CONTRACT_CHARGE';

/** Returns the e-mails the billing engine queued (dispatched after the commit). */
export async function settleContractCharges(
  sql: Sql,
  orderId: string,
  paymentId: string,
  now: Date,
): Promise<string[]> {
  const { rows } = await sql.query<{ chargeId: string; stored: boolean }>(
    `SELECT i."chargeId",
            EXISTS (SELECT 1 FROM "PaymentEvent" e
                     WHERE e."paymentId" = $2 AND e."kind" = 'created' AND e."detail"->>'recurring' = 'STANDARD') AS "stored"
       FROM "OrderItem" i
      WHERE i."orderId" = $1 AND i."kind" = 'CONTRACT_CHARGE' AND i."chargeId" IS NOT NULL
      ORDER BY i."id"`,
    [orderId, paymentId],
  );
  const emailIds: string[] = [];
  for (const r of rows) {
    const result = await applyChargePaid(sql, r.chargeId, { paidAt: now, via: r.stored ? 'CARD' : 'LINK', orderId });
    emailIds.push(...result.emailIds);
  }
  return emailIds;
}

type DeclinedRow = {
  contractId: string;
  chargeId: string;
  number: string;
  label: string;
  amount: number;
  discount: number;
  currency: string;
  dueDate: Date;
  cardLabel: string | null;
  email: string;
  firstName: string;
  locale: string | null;
};

/**
 * A stored card we charged (recurring STANDARD) and PayU cancelled: the payer gets the pay link
 * instead, once per payment attempt (onceKey), and the contract's history says so. Nothing else
 * changes: the reminders, suspension and the rest of the dunning clock go on as scheduled.
 */
export async function cardDeclinedMails(sql: Sql, paymentId: string, now: Date): Promise<string[]> {
  const { rows } = await sql.query<DeclinedRow>(
    `SELECT c."id" AS "contractId", ch."id" AS "chargeId", c."number", ch."label", ch."amount", ch."discount",
            ch."currency", ch."dueDate", c."cardLabel", u."email", u."firstName", u."locale"
       FROM "Payment" p
       JOIN "OrderItem" i ON i."orderId" = p."orderId" AND i."kind" = 'CONTRACT_CHARGE'
       JOIN "ContractCharge" ch ON ch."id" = i."chargeId"
       JOIN "Contract" c ON c."id" = ch."contractId"
       JOIN "User" u ON u."id" = c."payerId"
      WHERE p."id" = $1 AND ch."status" = 'OPEN' AND u."email" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "PaymentEvent" e
                     WHERE e."paymentId" = p."id" AND e."kind" = 'created' AND e."detail"->>'recurring' = 'STANDARD')`,
    [paymentId],
  );
  const ids: string[] = [];
  for (const r of rows) {
    const props: CardDeclinedProps = {
      firstName: r.firstName,
      contractNumber: r.number,
      label: r.label,
      amount: chargeDue(r),
      currency: r.currency,
      // A bare day, formatted when rendered in the payer's language.
      dueDate: dateToDay(r.dueDate),
      cardLabel: r.cardLabel,
      payUrl: chargePayUrl(r.chargeId),
    };
    const id = newRowId();
    const inserted = await sql.query(
      `INSERT INTO "EmailMessage" ("id", "to", "locale", "subject", "template", "props", "onceKey", "createdAt")
       VALUES ($1, $2, $7, $3, 'billing-card-declined', $4::jsonb, $5, $6)
       ON CONFLICT ("onceKey") DO NOTHING RETURNING "id"`,
      [
        id,
        r.email,
        templates['billing-card-declined'].subject(props, mailLocale(r.locale)),
        JSON.stringify(props),
        `billing:${r.contractId}:${r.chargeId}:card-declined:${paymentId}`,
        now,
        mailLocale(r.locale),
      ],
    );
    if (inserted.rowCount === 0) continue;
    ids.push(id);
    await sql.query(
      `INSERT INTO "ContractEvent" ("id", "contractId", "kind", "chargeId", "detail", "createdAt")
       VALUES ($1, $2, 'card-declined', $3, $4::jsonb, $5)`,
      [newRowId(), r.contractId, r.chargeId, JSON.stringify({ paymentId, emailId: id }), now],
    );
  }
  return ids;
}
