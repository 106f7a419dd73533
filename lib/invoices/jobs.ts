// The invoicing area's background job: numbering what a crash left unnumbered.
import type { JobDefs } from '@/lib/jobs/names';
import { numberInvoices } from './issue';
import { numberCorrections } from './corrections';

export const invoiceJobs: JobDefs<'invoices.number'> = {
  // Numbers invoices a crash left unnumbered between a payment's commit and its numbering.
  'invoices.number': {
    cron: '* * * * *',
    handler: async () => {
      await numberInvoices();
      // Then the correcting invoices (their own series) a crash left unnumbered, or whose invoice was.
      await numberCorrections();
    },
  },
};
