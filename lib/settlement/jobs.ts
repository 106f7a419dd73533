// The settlement area's background job: reconciling payments PayU never told us about.
import type { JobDefs } from '@/lib/jobs/names';
import { reconcileOpenPayments } from './reconcile';
import { resumeUnansweredRefunds } from './refunds';

export const settlementJobs: JobDefs<'payments.reconcile'> = {
  // Asks PayU about payments left open (a notification lost, or a crash before our commit).
  'payments.reconcile': {
    cron: '*/5 * * * *',
    handler: async () => {
      await reconcileOpenPayments();
      // And refunds reserved but never answered by PayU (lib/settlement/refunds.ts).
      await resumeUnansweredRefunds();
    },
  },
};
