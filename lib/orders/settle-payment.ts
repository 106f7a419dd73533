// A completed payment settles its order in as few statements as possible, all inside the
// payment's plain-SQL transaction: one statement marks the payment and the order paid, records
// the event, queues the confirmation and creates the buyer's new enrolments; the rarer grants
// (renewals, group packages, family packages) follow; the invoice number comes last.
import { newRowId, type Sql } from '@/lib/db/sql';
import { renewedAccess } from '@/lib/learning/enrolments';
import { orderPaidEmail } from './settle-at-once';
import { fulfilRemaining, type PaidItem, type PaidOrder } from './fulfil';
import { issueInvoice } from './invoice-issue';

export type Settlement = {
  paymentId: string;
  payuOrderId: string;
  order: PaidOrder;
  items: PaidItem[];
  event: { kind: string; detail: Record<string, unknown> };
  now: Date;
};

/** Returns the id of the queued confirmation e-mail. */
export async function settlePaidOrder(sql: Sql, s: Settlement): Promise<string> {
  const { order, items, now } = s;
  const mail = orderPaidEmail(order, items);
  const single = items.filter((i) => i.courseId && i.seats === 1);
  const { rows } = await sql.query<{ orderItemId: string }>({
    name: 'order-settle',
    text: `WITH pay AS (UPDATE "Payment" SET "status" = 'COMPLETED', "payuOrderId" = $2, "updatedAt" = $3 WHERE "id" = $1),
          ev AS (INSERT INTO "PaymentEvent" ("id", "paymentId", "kind", "status", "detail") VALUES ($4, $1, $5, 'COMPLETED', $6::jsonb)),
          ord AS (UPDATE "Order" SET "status" = 'PAID', "paidAt" = $3 WHERE "id" = $7),
          mail AS (INSERT INTO "EmailMessage" ("id", "to", "subject", "template", "props") VALUES ($8, $9, $10, $11, $12::jsonb)),
          enr AS (
            INSERT INTO "Enrolment" ("id", "userId", "courseId", "startsAt", "endsAt", "orderItemId")
            SELECT e."id", $13, e."courseId", $3, e."endsAt", e."orderItemId"
              FROM unnest($14::text[], $15::text[], $16::timestamptz[], $17::text[]) AS e("id", "courseId", "endsAt", "orderItemId")
            ON CONFLICT ("userId", "courseId") DO NOTHING
            RETURNING "orderItemId")
     SELECT "orderItemId" FROM enr`,
    values: [
      s.paymentId, s.payuOrderId, now, newRowId(), s.event.kind, JSON.stringify(s.event.detail), order.id,
      mail.id, mail.to, mail.subject, mail.template, mail.props,
      order.userId, single.map(() => newRowId()), single.map((i) => i.courseId), single.map((i) => renewedAccess(null, i.accessMonths, now).endsAt), single.map((i) => i.id),
    ],
  });
  // Items whose course the buyer already had (a renewal) were skipped above and extend it here.
  const created = new Set(rows.map((r) => r.orderItemId));
  await fulfilRemaining(sql, order, items.filter((i) => !created.has(i.id)), now);
  // Last, so the yearly counter row is locked only for the moment before commit.
  await issueInvoice(sql, order, items, now);
  return mail.id;
}
