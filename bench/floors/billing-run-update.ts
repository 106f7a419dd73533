// Benchmark baselines of the daily billing run, each one bare UPDATE statement, rolled back so
// the run then finds the rows as they were: of every contract the run goes over (what touching
// each contract once costs), and of only the contracts it acts on, each set to the state the run
// leaves it in (no candidates to find, no steps, history or e-mails).
import { sqlPool } from '@/lib/db/sql';

export async function bareContractUpdate(targets: { ids: string[]; statuses: string[] } | 'all'): Promise<number> {
  const sql = await sqlPool().connect();
  try {
    await sql.query('BEGIN');
    const t0 = performance.now();
    if (targets === 'all') await sql.query(`UPDATE "Contract" SET "updatedAt" = now()`);
    else
      await sql.query({
        text: `UPDATE "Contract" c SET "status" = t."status"::"ContractStatus", "updatedAt" = now()
                 FROM unnest($1::text[], $2::text[]) AS t("id", "status") WHERE c."id" = t."id"`,
        values: [targets.ids, targets.statuses],
      });
    const ms = performance.now() - t0;
    await sql.query('ROLLBACK');
    return ms;
  } finally {
    sql.release();
  }
}
