// The billing area's scheduled job: the daily run at 06:00 Warsaw time (and once when the workers
// start, so a server that was down over a morning catches up at once). Safe to run twice.
import type { JobDefs } from '@/lib/jobs/names';
import { runBillingDay } from './run/daily';

export const billingJobs: JobDefs<'billing.daily'> = {
  'billing.daily': {
    cron: '0 6 * * *',
    atStart: true,
    handler: async () => {
      const summary = await runBillingDay();
      console.log('[billing] daily run', JSON.stringify(summary));
    },
  },
};
