// The order-paid confirmation, queued by both ways a payment settles its order: an outbox row
// whose props are built in SQL from the order's rows, rendered when it is delivered
// (emails/order-paid.tsx holds the wording, the subject included).
import { subjectSql } from '@/lib/mail/outbox';

/**
 * INSERT of the confirmation into the outbox, for an "Order" row `o`, its buyer's first name and
 * a relation `items` of its "OrderItem" rows; `from` ends the SELECT (FROM … WHERE …).
 */
export function orderPaidMailInsert(a: {
  id: string;
  o: string;
  firstName: string;
  items: string;
  from: string;
}): string {
  const { o } = a;
  return `INSERT INTO "EmailMessage" ("id", "to", "subject", "template", "props")
    SELECT ${a.id}, ${o}."buyerEmail", ${subjectSql('order-paid', { orderNumber: `${o}."number"` })}, 'order-paid',
           jsonb_build_object('firstName', ${a.firstName}, 'orderNumber', ${o}."number", 'orderId', ${o}."id",
             'totalGross', ${o}."totalGross", 'currency', ${o}."currency",
             'items', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', i."name", 'quantity', i."quantity") ORDER BY i."id"), '[]')
                         FROM ${a.items} i))
    ${a.from}`;
}
