// Hands documents to the `invoices.ksef.submit` job after the commit that numbered them (never
// inside a payment's transaction). Failing to enqueue loses nothing: the `invoices.ksef.sweep`
// job finds every numbered invoice and correction not yet in KSeF within a minute.
import { db } from '@/lib/db/client';
import { enqueueMany } from '@/lib/jobs/queues';

export type SubmitJob = { invoiceId: string } | { correctionId: string } | { documentId: string };

/** Enqueues the subjects in one INSERT (a singleton key each); a failure is logged, never thrown. */
export async function submitLater(jobs: readonly SubmitJob[]): Promise<void> {
  try {
    await enqueueMany(
      'invoices.ksef.submit',
      jobs.map((data) => ({ data, singletonKey: `ksef:${Object.values(data)[0]}` })),
    );
  } catch (e) {
    console.error('[ksef] enqueue failed; the sweeper will send it', e instanceof Error ? e.message : e);
  }
}

/** Once an invoice has its KSeF number, its numbered corrections waiting for it may go. */
export async function submitCorrectionsOf(invoiceId: string): Promise<void> {
  const waiting = await db().invoiceCorrection.findMany({
    where: { invoiceId, number: { not: null }, ksef: { is: null } },
    select: { id: true },
  });
  await submitLater(waiting.map((c) => ({ correctionId: c.id })));
}
