// The sweeper (`invoices.ksef.sweep`, every minute): whatever the submit job did not finish — a
// numbered invoice or correction with no document yet (a crash, a failed enqueue, a correction
// that waited for its original), a document due for another try, an offline one once KSeF is back.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { ensureCorrectionDocument, ensureInvoiceDocument } from './documents';
import { advanceDocument, type StepOptions, type StepOutcome } from './send';
import { KSEF_MANDATORY_FROM } from './rules/scope';

const BATCH = 25;

export type SweepResult = { created: number; outcomes: StepOutcome[] };

/** One pass; `opts` as for advanceDocument (tests pass the gateway and the time). */
export async function sweepKsef(opts: StepOptions = {}): Promise<SweepResult> {
  const now = opts.now ?? currentTime();
  const [invoices, corrections] = await Promise.all([
    db().invoice.findMany({
      where: { kind: 'INVOICE', number: { not: null }, issuedAt: { gte: KSEF_MANDATORY_FROM }, ksef: { is: null } },
      orderBy: { issuedAt: 'asc' },
      take: BATCH,
      select: { id: true },
    }),
    db().invoiceCorrection.findMany({
      where: { number: { not: null }, ksef: { is: null } },
      orderBy: { issuedAt: 'asc' },
      take: BATCH,
      select: { id: true },
    }),
  ]);
  let created = 0;
  for (const i of invoices) if (await ensureInvoiceDocument(i.id, now)) created++;
  for (const c of corrections) if (await ensureCorrectionDocument(c.id, now)) created++;
  const due = await db().ksefDocument.findMany({
    where: {
      status: { in: ['PENDING', 'SENT'] },
      OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
      AND: [{ OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] }],
    },
    // Offline documents first, by their deadline: those are the ones the law is counting.
    orderBy: [{ offlineDeadline: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    take: BATCH,
    select: { id: true },
  });
  const outcomes: StepOutcome[] = [];
  for (const d of due) {
    const outcome = await advanceDocument(d.id, { ...opts, now }).catch((e: unknown) => {
      console.error('[ksef] sweep step failed', d.id, e instanceof Error ? e.message : e);
      return 'busy' as const;
    });
    outcomes.push(outcome);
    // KSeF is down: the rest would only fail the same way; they keep their turn for the next pass.
    if (outcome === 'unavailable') break;
  }
  return { created, outcomes };
}
