// Akcja Kontynuacja's loss after 30 days overdue (AK3), as one step of the daily run. The rule and
// its SQL belong to the discounts (lib/billing/discounts/continuation.ts); until that module is
// merged this step is a no-op that says so in the run's summary.
import type { Sql } from '@/lib/db/sql';

export type ContinuationResult = { dropped: number; emailIds: string[]; wired: boolean };

/** Drops the continuation discounts lapsed as of `today`, in the caller's transaction. */
export async function dropLapsedContinuation(sql: Sql, today: string): Promise<ContinuationResult> {
  void sql;
  void today;
  return { dropped: 0, emailIds: [], wired: false };
}
