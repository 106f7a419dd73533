// The `invoices.ksef.submit` job's work: the subject's document (created on first run), then one
// step through KSeF. KSeF unreachable is thrown, so pg-boss retries with backoff; the sweeper
// takes over after the last retry.
import { KsefUnavailableError } from '@/lib/invoices/ksef/types';
import { ensureCorrectionDocument, ensureInvoiceDocument } from './documents';
import { advanceDocument, type StepOptions, type StepOutcome } from './send';
import type { SubmitJob } from './enqueue';

export async function submitDocument(job: SubmitJob, opts: StepOptions = {}): Promise<StepOutcome | 'waiting'> {
  const id =
    'documentId' in job
      ? job.documentId
      : 'invoiceId' in job
        ? await ensureInvoiceDocument(job.invoiceId, opts.now)
        : await ensureCorrectionDocument(job.correctionId, opts.now);
  // Nothing to send (a receipt, an invoice from before KSeF) or a correction waiting for its original.
  if (!id) return 'waiting';
  return advanceDocument(id, opts);
}

/** The job handler: a KSeF outage fails the job, so pg-boss tries again later. */
export async function submitJob(data: Record<string, unknown>): Promise<void> {
  const job = parseJob(data);
  if (!job) return console.error('[ksef] submit job without a subject', data);
  const outcome = await submitDocument(job);
  if (outcome === 'unavailable') throw new KsefUnavailableError('KSeF unavailable; retried later');
}

function parseJob(data: Record<string, unknown>): SubmitJob | null {
  const str = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : null);
  const invoiceId = str('invoiceId');
  const correctionId = str('correctionId');
  const documentId = str('documentId');
  if (invoiceId) return { invoiceId };
  if (correctionId) return { correctionId };
  if (documentId) return { documentId };
  return null;
}
