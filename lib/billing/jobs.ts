// The billing area's scheduled job: the daily run at 06:00 Warsaw time (and once when the workers
// start, so a server that was down over a morning catches up at once). Safe to run twice.
// On the e2e server a spec that moved the clock runs the day itself, narrowed to its payer
// (/api/test/rozliczenia); the wall clock's 06:00 falling inside such a spec must not run the whole
// platform at the spec's date (it once ended the demo's language contracts mid-suite).
import type { JobDefs } from '@/lib/jobs/names';
import { testClockMoved } from '@/lib/clock/clock';
import { runBillingDay } from './run/daily';

export const billingJobs: JobDefs<'billing.daily'> = {
  'billing.daily': {
    cron: '0 6 * * *',
    atStart: true,
    handler: async () => {
      if (testClockMoved()) return console.log('[billing] daily run skipped: a test has moved the clock');
      const summary = await runBillingDay();
      console.log('[billing] daily run', JSON.stringify(summary));
    },
  },
};
