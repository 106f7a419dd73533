// A completed payment settles its order in as few statements as possible, all inside the
// payment's plain-SQL transaction: one statement marks the payment and the order paid, records
// the event, queues the confirmation, writes the (yet unnumbered) invoice and creates the buyer's
// new enrolments; the rarer grants (renewals, group and family packages) follow.
import { newRowId, type Sql } from '@/lib/db/sql';
import { newEnrolmentsInsert } from '@/lib/settlement/grants';
import { fulfilRemaining, type PaidItem, type PaidOrder } from './fulfil';
import { sellerSnapshot, unnumberedInvoiceInsert } from '@/lib/invoices/issue';
import { orderPaidMailInsert, pointAtGroup } from './order-paid-mail';
import { CONTRACT_CHARGE_ITEM, settleContractCharges } from './contract-charges';

export type Settlement = {
  paymentId: string;
  payuOrderId: string;
  order: PaidOrder;
  items: PaidItem[];
  event: { kind: string; detail: Record<string, unknown> };
  now: Date;
};

// $1 payment  $2 payuOrderId  $3 now  $4 event id  $5 source  $6 event detail  $7 order  $8 e-mail id
// $9 invoice id  $10 now as ISO text  $11 seller (JSON)
const SETTLE = `
WITH o AS (SELECT o.*, u."firstName" FROM "Order" o JOIN "User" u ON u."id" = o."userId" WHERE o."id" = $7),
     items AS (SELECT i.*, c."accessMonths" FROM "OrderItem" i LEFT JOIN "Course" c ON c."id" = i."courseId" WHERE i."orderId" = $7),
     pay AS (UPDATE "Payment" SET "status" = 'COMPLETED', "payuOrderId" = $2, "updatedAt" = $3 WHERE "id" = $1),
     ev AS (INSERT INTO "PaymentEvent" ("id", "paymentId", "kind", "status", "detail") VALUES ($4, $1, $5, 'COMPLETED', $6::jsonb)),
     ord AS (UPDATE "Order" SET "status" = 'PAID', "paidAt" = $3 WHERE "id" = $7),
     mail AS (${orderPaidMailInsert({ id: '$8', o: 'o', paidAt: '$3', firstName: 'o."firstName"', items: 'items', from: 'FROM o' })}),
     inv AS (${unnumberedInvoiceInsert({ id: '$9', o: 'o', items: 'items', sold: '$3', soldIso: '$10', seller: '$11', from: 'FROM o' })}),
     enr AS (${newEnrolmentsInsert({
       userId: 'o."userId"',
       now: '$3',
       from: `FROM o, items i WHERE i."courseId" IS NOT NULL AND i."seats" = 1
              ON CONFLICT ("userId", "courseId") DO NOTHING RETURNING "orderItemId"`,
     })})
SELECT "orderItemId" FROM enr`;

/** Returns the ids of the queued e-mails: the confirmation first, then any the billing engine queued. */
export async function settlePaidOrder(sql: Sql, s: Settlement): Promise<string[]> {
  const { order, items, now } = s;
  const mailId = newRowId();
  const { rows } = await sql.query<{ orderItemId: string }>({
    name: 'order-settle',
    text: SETTLE,
    values: [
      s.paymentId,
      s.payuOrderId,
      now,
      newRowId(),
      s.event.kind,
      JSON.stringify(s.event.detail),
      order.id,
      mailId,
      newRowId(),
      now.toISOString(),
      sellerSnapshot(),
    ],
  });
  // Items whose course the buyer already had (a renewal) were skipped above and extend it here.
  const created = new Set(rows.map((r) => r.orderItemId));
  await fulfilRemaining(
    sql,
    order,
    items.filter((i) => !created.has(i.id)),
    now,
  );
  if (items.some((i) => i.seats > 1)) await pointAtGroup(sql, mailId, order.id);
  const billing = items.some((i) => i.kind === CONTRACT_CHARGE_ITEM)
    ? await settleContractCharges(sql, order.id, s.paymentId, now)
    : [];
  return [mailId, ...billing];
}
