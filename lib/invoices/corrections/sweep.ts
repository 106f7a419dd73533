// Corrections that should exist and do not: a refund FINALIZED whose correction failed (logged,
// retried here) or whose order had only a receipt then and has an invoice since — a consumer
// who asked for the invoice later (art. 106b ust. 3) gets it for the sale and a correction for
// each refund made before. Run by the invoices' sweeper job before the numbering.
import { currentTime } from '@/lib/clock/clock';
import { db, type Tx } from '@/lib/db/client';
import { issueCorrection } from './issue';

/** Issues, in the order the refunds were finalized, every correction missing; returns how many. */
export async function issueMissingCorrections(now = currentTime()): Promise<number> {
  const missing = await db().refund.findMany({
    where: { status: 'FINALIZED', strayPayment: false, correction: null, order: { invoice: { kind: 'INVOICE' } } },
    orderBy: [{ finalizedAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
    take: 100,
  });
  let issued = 0;
  for (const r of missing) {
    try {
      if (await db().$transaction((tx) => issueCorrection(tx, r.id, now))) issued++;
    } catch (e) {
      console.error('[invoices] correction of refund', r.id, 'failed:', e instanceof Error ? e.message : e);
    }
  }
  return issued;
}

/**
 * In the refund's transaction: the correction, or — should issuing it fail, which is a bug — the
 * refund is still recorded (PayU has paid it out) and the sweeper above retries it, logging why.
 * The savepoint keeps the transaction usable after a failed statement.
 */
export async function issueCorrectionInRefund(tx: Tx, refundId: string, now: Date): Promise<boolean> {
  await tx.$executeRawUnsafe('SAVEPOINT invoice_correction');
  try {
    const issued = await issueCorrection(tx, refundId, now);
    await tx.$executeRawUnsafe('RELEASE SAVEPOINT invoice_correction');
    return issued !== null;
  } catch (e) {
    await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT invoice_correction');
    console.error(
      '[invoices] correction of refund',
      refundId,
      'failed; the sweeper retries:',
      e instanceof Error ? e.message : e,
    );
    return false;
  }
}
