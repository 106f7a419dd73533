// Akcja Kontynuacja's loss after 30 days overdue (AK3), as one step of the daily run. The rule and
// its SQL belong to the discounts (lib/billing/discounts/continuation.ts); the run calls it in its
// own transaction and picks up the e-mails it queued, to send them after the commit.
import type { Sql } from '@/lib/db/sql';
import { dropLapsedContinuationSql } from '@/lib/billing/discounts/continuation';

export type ContinuationResult = { dropped: number; emailIds: string[] };

/** Drops the continuation discounts lapsed as of `today`, in the caller's transaction. */
export async function dropLapsedContinuation(sql: Sql, today: string, now: Date): Promise<ContinuationResult> {
  const contractIds = await dropLapsedContinuationSql(sql, today, now);
  if (contractIds.length === 0) return { dropped: 0, emailIds: [] };
  const { rows } = await sql.query<{ id: string }>({
    text: `SELECT m."id" FROM "EmailMessage" m, unnest($1::text[]) c("id")
            WHERE m."onceKey" LIKE 'billing:' || c."id" || ':%:continuation-drop' AND m."status" = 'QUEUED'`,
    values: [contractIds],
  });
  return { dropped: contractIds.length, emailIds: rows.map((r) => r.id) };
}
