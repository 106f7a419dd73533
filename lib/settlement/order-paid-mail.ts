// The order-paid confirmation, queued by both ways a payment settles its order: an outbox row
// whose props are built in SQL from the order's rows, rendered when it is delivered
// (emails/order-paid.tsx holds the wording, the subject included).
import { subjectSql } from '@/lib/mail/outbox';

/**
 * The page the buyer uses what they bought on (emails/order-paid.tsx, `place`): a parent's family
 * packages → "/rodzina"; a group package (seats > 1) → its group, or "/grupy" while the group does
 * not exist yet (the general settlement creates it after this statement) or the order holds several;
 * courses for one person → "/moje-kursy".
 */
function placeSql(o: string, items: string): string {
  return `(SELECT CASE
             WHEN bool_or(i."kind" = 'FAMILY_PACKAGE') THEN '/rodzina'
             WHEN bool_or(i."seats" > 1) THEN
               coalesce((SELECT '/grupy/' || min(g."id") FROM "Group" g
                          WHERE g."orderItemId" IN (SELECT i2."id" FROM ${items} i2 WHERE i2."seats" > 1)
                         HAVING count(*) = 1 AND count(*) = (SELECT count(*) FROM ${items} i3 WHERE i3."seats" > 1)),
                        '/grupy')
             ELSE '/moje-kursy' END
           FROM ${items} i WHERE i."orderId" = ${o}."id")`;
}

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
             'totalGross', ${o}."totalGross", 'currency', ${o}."currency", 'place', ${placeSql(o, a.items)},
             'items', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', i."name", 'quantity', i."quantity") ORDER BY i."id"), '[]')
                         FROM ${a.items} i))
    ${a.from}`;
}
