// The school licence's daily jobs (A11, A19): the renewal offers from 1 June, the resit students'
// carry-over when a renewal takes over, the purge reminders 14 and 3 days ahead. Each is
// idempotent (stamps and unique keys), so a retried or doubled run changes nothing. The purge
// itself is the retention table's runner (retention.run, lib/licence/lifecycle/purge.ts).
import type { JobDefs } from '@/lib/jobs/names';
import { offerDueRenewals } from './lifecycle/renewal';
import { carryOverDueResits } from './lifecycle/carry-over';
import { remindDuePurges } from './lifecycle/reminders';

export const licenceJobs: JobDefs<'licence.renewals' | 'licence.carry-over' | 'licence.purge-reminders'> = {
  'licence.renewals': {
    cron: '0 7 * * *',
    handler: async () => {
      const n = await offerDueRenewals();
      if (n > 0) console.info(`[licence] renewals offered: ${n}`);
    },
  },
  // Just after midnight: on 31 July a renewing school's resit students are there when it starts work.
  'licence.carry-over': {
    cron: '15 0 * * *',
    handler: async () => {
      const n = await carryOverDueResits();
      if (n > 0) console.info(`[licence] resit students carried over: ${n}`);
    },
  },
  'licence.purge-reminders': {
    cron: '0 8 * * *',
    handler: async () => {
      await remindDuePurges();
    },
  },
};
