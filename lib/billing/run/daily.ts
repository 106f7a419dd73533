// The daily billing run (issue 19): moves every contract whose time has come, set-based — one
// statement per step kind over the day's candidates, each in its own transaction — then, after
// the commits, hands the e-mails to delivery, asks for the card charges and cancels the future
// bookings of beneficiaries who lost access. Safe to run twice and from two instances at once:
// every step is keyed by (charge, step) in "BillingStep".
import { currentTime } from '@/lib/clock/clock';
import { sqlPool, type Sql } from '@/lib/db/sql';
import { warsawDateKey } from '@/lib/format/time';
import { collectCandidates, dropCandidates } from './candidates';
import { dropLapsedContinuation } from './continuation';
import { DUNNING_STEPS, dunningStepSql } from './dunning-sql';
import { noticeStepSql } from './notice-sql';
import { RUN_OUT_SQL } from './run-out-sql';
import { afterBillingRun, type LostAccess } from './after-commit';

export type RunSummary = {
  day: string;
  /** Contracts with a charge in reach of a step today. */
  candidates: number;
  /** Steps taken, by kind (void, terminate, notice, demand, suspend, link, reminder, card, run-out). */
  steps: Record<string, number>;
  emails: number;
  cardCharges: number;
  /** Contracts that lost Akcja Kontynuacja (AK3). */
  continuationDropped: number;
};

type StepRow = {
  steps: number;
  moved: { contractId: string; beneficiaryId?: string; offerId?: string; chargeId?: string; step?: string }[];
  emailIds: string[];
};

async function inTransaction<T>(sql: Sql, fn: () => Promise<T>): Promise<T> {
  await sql.query('BEGIN');
  try {
    const out = await fn();
    await sql.query('COMMIT');
    return out;
  } catch (e) {
    await sql.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

async function runStep(sql: Sql, name: string, text: string, now: Date, today: string): Promise<StepRow> {
  const r = await inTransaction(sql, () =>
    sql.query<StepRow>({ name: `billing-run-${name}`, text, values: [now, today] }),
  );
  return r.rows[0];
}

/** One day of the billing run as of `now` (Warsaw calendar day of it). */
/** A run narrowed to some payers' contracts (test routes only): run-out and the AK3 drop, which are platform-wide, are left to the full run. */
export type RunScope = { payerEmails?: string[] };

export async function runBillingDay(now = currentTime(), scope: RunScope = {}): Promise<RunSummary> {
  const scoped = scope.payerEmails !== undefined;
  const today = warsawDateKey(now);
  const summary: RunSummary = {
    day: today,
    candidates: 0,
    steps: {},
    emails: 0,
    cardCharges: 0,
    continuationDropped: 0,
  };
  const emailIds: string[] = [];
  const lostAccess: LostAccess[] = [];
  const cardCharges: { chargeId: string; step: string }[] = [];
  const sql = await sqlPool().connect();
  try {
    summary.candidates = await collectCandidates(sql, now, today, scope.payerEmails ?? null);
    const take = (kind: string, row: StepRow) => {
      summary.steps[kind] = row.steps;
      emailIds.push(...row.emailIds);
    };
    for (const step of DUNNING_STEPS) {
      const row = await runStep(sql, step.step, dunningStepSql(step), now, today);
      take(step.step, row);
      if (step.endsAccess) lostAccess.push(...(row.moved as LostAccess[]));
    }
    for (const kind of ['link', 'reminder', 'card'] as const) {
      const row = await runStep(sql, kind, noticeStepSql(kind), now, today);
      take(kind, row);
      if (kind === 'card') cardCharges.push(...row.moved.map((m) => ({ chargeId: m.chargeId!, step: m.step! })));
    }
    if (!scoped) {
      const runOut = await runStep(sql, 'run-out', RUN_OUT_SQL, now, today);
      take('run-out', runOut);
      lostAccess.push(...(runOut.moved as LostAccess[]));
      const dropped = await inTransaction(sql, () => dropLapsedContinuation(sql, today, now));
      summary.continuationDropped = dropped.dropped;
      emailIds.push(...dropped.emailIds);
    }
  } finally {
    await dropCandidates(sql).catch(() => undefined);
    sql.release();
  }
  summary.emails = emailIds.length;
  summary.cardCharges = cardCharges.length;
  await afterBillingRun({ emailIds, lostAccess, cardCharges, now });
  return summary;
}
