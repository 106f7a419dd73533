// The charges the daily run looks at, collected once per run into a temporary table on the run's
// connection: each live contract's oldest OPEN charge (BILLING.md: offsets apply to it), taken from
// the (status, dueDate) index up to the furthest reminder before a due date, plus charges whose
// pay-link time (notifyAt) has come. Contracts with nothing due never enter it, so each step's
// statement reads a few rows instead of every contract.
import type { Sql } from '@/lib/db/sql';

export const DUE_TABLE = 'billing_due';

const LIVE = `('PENDING', 'ACTIVE', 'SUSPENDED')`;

/** Fills `billing_due` (dropping a previous one of this connection); returns how many rows. */
export async function collectCandidates(sql: Sql, now: Date, today: string): Promise<number> {
  await sql.query(`DROP TABLE IF EXISTS ${DUE_TABLE}`);
  const r = await sql.query({
    text: `CREATE TEMP TABLE ${DUE_TABLE} AS
      WITH horizon AS (
        SELECT coalesce(max(-o), 0)::int AS "days"
          FROM "Contract" c, unnest(c."reminderOffsets") o
         WHERE c."status" IN ${LIVE} AND o < 0
      )
      SELECT DISTINCT ON (x."contractId") x."contractId", x."chargeId", x."dueDate", x."notifyAt"
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
        JOIN "Contract" c ON c."id" = x."contractId" AND c."status" IN ${LIVE}
       ORDER BY x."contractId", x."dueDate", x."seq"`,
    values: [now, today],
  });
  await sql.query(`ANALYZE ${DUE_TABLE}`);
  return r.rowCount ?? 0;
}

export async function dropCandidates(sql: Sql): Promise<void> {
  await sql.query(`DROP TABLE IF EXISTS ${DUE_TABLE}`);
}
