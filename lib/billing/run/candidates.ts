// The charges the daily run looks at, collected once per run into a temporary table on the run's
// connection: each live contract's oldest OPEN charge (BILLING.md: offsets apply to it), taken from
// the (status, dueDate) index up to the furthest reminder before a due date, plus charges whose
// pay-link time (notifyAt) has come — with what the steps and their e-mails need from the
// contract, payer and offer, so each step's statement reads this small table alone. Contracts
// with nothing due never enter it. Each state-changing step updates the row's status here too.
import type { Sql } from '@/lib/db/sql';

export const DUE_TABLE = 'billing_due';

const LIVE = `('PENDING', 'ACTIVE', 'SUSPENDED')`;

/**
 * Fills `billing_due` (dropping a previous one of this connection); returns how many rows.
 * `payerEmails` narrows the run to those payers' contracts (the e2e's own, so a spec moving the
 * clock leaves the demo's contracts as they are); null = every contract.
 */
export async function collectCandidates(
  sql: Sql,
  now: Date,
  today: string,
  payerEmails: string[] | null = null,
): Promise<number> {
  await sql.query(`DROP TABLE IF EXISTS ${DUE_TABLE}`);
  const r = await sql.query({
    text: `CREATE TEMP TABLE ${DUE_TABLE} AS
      WITH horizon AS (
        SELECT greatest(coalesce(max(-o), 0), 0)::int AS "days"
          FROM (SELECT DISTINCT c."reminderOffsets" FROM "Contract" c WHERE c."status" IN ${LIVE}) p,
               unnest(p."reminderOffsets") o
      ),
      oldest AS (
        SELECT DISTINCT ON (x."contractId") x.*
          FROM (SELECT ch."contractId", ch."id" AS "chargeId", ch."dueDate", ch."seq", ch."notifyAt"
                  FROM "ContractCharge" ch
                 WHERE ch."status" = 'OPEN' AND ch."dueDate" <= $2::date + (SELECT "days" FROM horizon)
                UNION ALL
                SELECT ch."contractId", ch."id", ch."dueDate", ch."seq", ch."notifyAt"
                  FROM "ContractCharge" ch
                 WHERE ch."status" = 'OPEN' AND ch."notifyAt" <= $1::timestamptz
                   AND NOT EXISTS (SELECT 1 FROM "ContractCharge" o
                                    WHERE o."contractId" = ch."contractId" AND o."status" = 'OPEN'
                                      AND (o."dueDate" < ch."dueDate" OR (o."dueDate" = ch."dueDate" AND o."seq" < ch."seq")))
               ) x
         ORDER BY x."contractId", x."dueDate", x."seq"
      )
      SELECT x."contractId", x."chargeId", x."dueDate", x."seq", x."notifyAt", c."status"::text AS "status",
             c."payerId", c."beneficiaryId", c."number", c."offerId",
             (c."signedAt" AT TIME ZONE 'Europe/Warsaw')::date AS "signedDay",
             (c."suspendedAt" AT TIME ZONE 'Europe/Warsaw')::date AS "suspendedDay",
             (c."payMethod" = 'CARD' AND c."cardToken" IS NOT NULL) AS "card",
             c."reminderOffsets", c."suspendOffset", c."demandOffset", c."noticeOffset", c."terminateOffset",
             c."voidOffset", ch."label", ch."amount" - ch."discount" AS "owed", ch."currency",
             u."email", u."firstName", o."title" AS "offerTitle",
             -- DESK: the e-mails say where the centre takes cash and cards ('' when the group has no place).
             CASE WHEN c."payMethod" = 'DESK'
                  THEN coalesce((SELECT g."place" FROM "LiveGroup" g WHERE g."id" = o."liveGroupId"), '') END AS "deskPlace"
        FROM oldest x
        JOIN "Contract" c ON c."id" = x."contractId" AND c."status" IN ${LIVE}
        JOIN "ContractCharge" ch ON ch."id" = x."chargeId"
        JOIN "User" u ON u."id" = c."payerId"
        JOIN "BillingOffer" o ON o."id" = c."offerId"
       WHERE $3::text[] IS NULL OR u."email" = ANY($3::text[])`,
    values: [now, today, payerEmails],
  });
  // The steps look their inserted rows up here by charge: an index, not a scan per row.
  await sql.query(`CREATE UNIQUE INDEX ON ${DUE_TABLE} ("chargeId")`);
  await sql.query(`ANALYZE ${DUE_TABLE}`);
  return r.rowCount ?? 0;
}

export async function dropCandidates(sql: Sql): Promise<void> {
  await sql.query(`DROP TABLE IF EXISTS ${DUE_TABLE}`);
}
