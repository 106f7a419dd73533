// The invoicing area's background jobs: numbering what a crash left unnumbered, and sending
// numbered invoices and corrections to KSeF (one job per document, and a sweeper for the rest).
import type { JobDefs } from '@/lib/jobs/names';
import { submitJob, sweepKsef } from '@/lib/invoices/ksef/submission';
import { numberInvoices } from './issue';
import { issueMissingCorrections, numberCorrections } from './corrections';

export const invoiceJobs: JobDefs<'invoices.number' | 'invoices.ksef.submit' | 'invoices.ksef.sweep'> = {
  // Numbers invoices a crash left unnumbered between a payment's commit and its numbering.
  'invoices.number': {
    cron: '* * * * *',
    atStart: true,
    handler: async () => {
      await numberInvoices();
      // Then the correcting invoices (their own series): any missing, then any a crash left
      // unnumbered or whose invoice was.
      await issueMissingCorrections();
      await numberCorrections();
    },
  },
  // One document through KSeF, enqueued after the commit that numbered it; throws while KSeF is
  // unreachable so pg-boss retries with backoff.
  'invoices.ksef.submit': { handler: submitJob },
  // Documents left waiting (a crash, a failed enqueue, offline ones once KSeF is back, statuses
  // KSeF had not decided yet, corrections whose original now has its KSeF number).
  'invoices.ksef.sweep': {
    cron: '* * * * *',
    atStart: true,
    handler: async () => {
      await sweepKsef();
    },
  },
};
