// AK3 in the daily run: Akcja Kontynuacja is lost once the contract has a charge more than 30 days
// overdue. Set-based, one statement: the discounts DROPPED, the remaining OPEN charges at the full
// price (the promotion combines with nothing, so their discount is 0 but for a referrer's benefit
// pinned to one), an event and an e-mail per contract; paid charges stay as paid. A rerun or a
// second instance finds nothing left to drop.
import type { Sql } from '@/lib/db/sql';
import { currentTime } from '@/lib/clock/clock';
import { subjectSql } from '@/lib/mail/outbox';
import { absoluteUrl } from '@/lib/url';
import { CONTINUATION_LAPSE_DAYS } from './rules';
import { CONTRACTS_LINK } from './links';

/** Drops lapsed continuation discounts as of the Warsaw day `today` ('YYYY-MM-DD'); the contracts changed. */
export async function dropLapsedContinuationSql(sql: Sql, today: string, now: Date = currentTime()): Promise<string[]> {
  const { rows } = await sql.query<{ contractId: string }>({
    name: 'discounts-continuation-drop',
    text: `
      WITH dropped AS (
        UPDATE "ContractDiscount" d SET "status" = 'DROPPED', "reason" = 'overdue-${CONTINUATION_LAPSE_DAYS}', "verifiedAt" = $3
         WHERE d."type" = 'CONTINUATION' AND d."status" IN ('PENDING', 'ACCEPTED')
           AND EXISTS (SELECT 1 FROM "ContractCharge" ch
                        WHERE ch."contractId" = d."contractId" AND ch."status" = 'OPEN'
                          AND ch."dueDate" < $1::date - ${CONTINUATION_LAPSE_DAYS})
        RETURNING d."id", d."contractId"
      ), old AS (
        -- What stays on a charge: only a discount pinned to it (a referrer's benefit), since the
        -- promotion combines with no other discount.
        SELECT ch."id", ch."contractId", ch."discount",
               coalesce((SELECT sum(p."total") FROM "ContractDiscount" p
                          WHERE p."contractId" = ch."contractId" AND p."status" = 'ACCEPTED'
                            AND p."declared"->>'chargeId' = ch."id"), 0)::int AS "keep"
          FROM "ContractCharge" ch
         WHERE ch."contractId" IN (SELECT "contractId" FROM dropped) AND ch."status" = 'OPEN'
         FOR UPDATE
      ), repriced AS (
        UPDATE "ContractCharge" ch SET "discount" = least(old."keep", ch."amount") FROM old
         WHERE ch."id" = old."id" AND ch."discount" <> least(old."keep", ch."amount")
        RETURNING old."contractId", old."id", old."discount" - ch."discount" AS "raised"
      ), per AS (
        SELECT d."contractId", array_agg(d."id" ORDER BY d."id") AS "discountIds",
               coalesce((SELECT sum(r."raised") FROM repriced r WHERE r."contractId" = d."contractId"), 0)::int AS "raised",
               coalesce((SELECT array_agg(r."id" ORDER BY r."id") FROM repriced r WHERE r."contractId" = d."contractId"),
                        '{}') AS "chargeIds"
          FROM dropped d GROUP BY d."contractId"
      ), events AS (
        INSERT INTO "ContractEvent" ("id", "contractId", "kind", "detail", "createdAt")
        SELECT gen_random_uuid()::text, p."contractId", 'continuation-dropped',
               jsonb_build_object('discountIds', to_jsonb(p."discountIds"), 'chargeIds', to_jsonb(p."chargeIds"),
                                  'raised', p."raised", 'today', $1::text),
               $3
          FROM per p
      ), mails AS (
        INSERT INTO "EmailMessage" ("id", "to", "locale", "subject", "template", "props", "onceKey")
        SELECT gen_random_uuid()::text, u."email", coalesce(u."locale", 'pl'),
               ${subjectSql('discount-dropped', { contractNumber: 'c."number"' }, `coalesce(u."locale", 'pl')`)},
               'discount-dropped',
               jsonb_build_object('firstName', u."firstName", 'contractNumber', c."number", 'offerTitle', o."title",
                                  'raised', p."raised", 'currency', c."currency", 'link', $2::text),
               'billing:' || c."id" || ':' || p."discountIds"[1] || ':continuation-drop'
          FROM per p
          JOIN "Contract" c ON c."id" = p."contractId"
          JOIN "User" u ON u."id" = c."payerId"
          JOIN "BillingOffer" o ON o."id" = c."offerId"
         WHERE u."email" IS NOT NULL
        ON CONFLICT ("onceKey") DO NOTHING
      )
      SELECT "contractId" FROM per ORDER BY "contractId"`,
    values: [today, absoluteUrl(CONTRACTS_LINK), now],
  });
  return rows.map((r) => r.contractId);
}
