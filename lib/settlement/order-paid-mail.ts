// The order-paid confirmation, queued by both ways a payment settles its order: an outbox row
// whose props are built in SQL from the order's rows, rendered when it is delivered
// (emails/order-paid.tsx holds the wording, the subject included).
import type { Sql } from '@/lib/db/sql';
import { recipientLocaleSql, subjectSql } from '@/lib/mail/outbox';

/**
 * The page the buyer uses what they bought on (emails/order-paid.tsx, `place`): a parent's family
 * packages → "/rodzina"; a group package (seats > 1) → "/grupy", until `pointAtGroup` below names
 * the group the settlement created after this statement; courses for one person → "/moje-kursy".
 */
function placeSql(o: string, items: string): string {
  return `(SELECT CASE WHEN bool_or(i."kind" = 'FAMILY_PACKAGE') THEN '/rodzina'
                       WHEN bool_or(i."seats" > 1) THEN '/grupy'
                       ELSE '/moje-kursy' END
             FROM ${items} i WHERE i."orderId" = ${o}."id")`;
}

/**
 * Once the group of a group order exists (lib/settlement/fulfil.ts, same transaction), its
 * confirmation links to it; a top-up links to the group it added seats to (an item with a group
 * of its own is one whose target was gone and became a new group); an order of several groups
 * keeps "/grupy", the list of them.
 */
export async function pointAtGroup(sql: Sql, mailId: string, orderId: string): Promise<void> {
  await sql.query({
    name: 'order-paid-mail-group',
    text: `UPDATE "EmailMessage" m SET "props" = jsonb_set(m."props", '{place}', to_jsonb('/grupy/' || g."id"))
             FROM (SELECT min(x."id") AS "id"
                     FROM (SELECT g."id" FROM "Group" g JOIN "OrderItem" i ON i."id" = g."orderItemId"
                            WHERE i."orderId" = $2
                           UNION
                           SELECT i."topUpGroupId" FROM "OrderItem" i
                            WHERE i."orderId" = $2 AND i."topUpGroupId" IS NOT NULL
                              AND NOT EXISTS (SELECT 1 FROM "Group" o WHERE o."orderItemId" = i."id")) x
                   HAVING count(*) = 1) g
            WHERE m."id" = $1`,
    values: [mailId, orderId],
  });
}

/**
 * INSERT of the confirmation into the outbox, for an "Order" row `o` paid at `paidAt` (a
 * timestamptz expression: the row itself is updated in the same statement), its buyer's first
 * name and a relation `items` of its "OrderItem" rows; `from` ends the SELECT (FROM … WHERE …).
 * The message is also the contract confirmation (art. 21 u.p.k.): it carries what the order
 * recorded at checkout, and the template turns it into the text and the PDF attachments.
 */
export function orderPaidMailInsert(a: {
  id: string;
  o: string;
  paidAt: string;
  firstName: string;
  items: string;
  from: string;
}): string {
  const { o } = a;
  // The buyer's language (their account's), rendered on delivery in it.
  const locale = recipientLocaleSql(`${o}."buyerEmail"`);
  return `INSERT INTO "EmailMessage" ("id", "to", "locale", "subject", "template", "props")
    SELECT ${a.id}, ${o}."buyerEmail", ${locale}, ${subjectSql('order-paid', { orderNumber: `${o}."number"` }, locale)}, 'order-paid',
           jsonb_build_object('firstName', ${a.firstName}, 'orderNumber', ${o}."number", 'orderId', ${o}."id",
             'totalGross', ${o}."totalGross", 'currency', ${o}."currency", 'place', ${placeSql(o, a.items)},
             'buyerType', ${o}."buyerType", 'consent', ${o}."immediateDeliveryConsent",
             'termsVersion', ${o}."termsVersion", 'termsAcceptedAt', ${o}."termsAcceptedAt",
             'paidAt', (${a.paidAt})::timestamptz,
             -- The sales document the order gets (lib/invoices/issue.ts): the e-mail links its PDF and XML.
             'salesDocument', CASE WHEN ${o}."buyerType" = 'PERSON' AND nullif(${o}."street", '') IS NULL
                                   THEN 'RECEIPT' ELSE 'INVOICE' END,
             'items', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', i."name", 'quantity', i."quantity",
                                 'totalGross', i."totalGross", 'kind', i."kind", 'seats', i."seats",
                                 'topUp', i."topUpGroupId" IS NOT NULL,
                                 'course', CASE WHEN i."offerId" IS NOT NULL AND i."kind" IS NULL
                                                 AND i."topUpGroupId" IS NULL
                                            THEN (SELECT c."title" FROM "Course" c WHERE c."id" = i."courseId") END
                                 ) ORDER BY i."id"), '[]')
                         FROM ${a.items} i))
    ${a.from}`;
}
