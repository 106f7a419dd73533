// The accounts area's background job: the daily retention of password-reset links, login counters
// and ended sessions.
import type { JobDefs } from '@/lib/jobs/names';
import { purgeAuthRecords } from './retention';
import { purgeEndedSessions } from './sessions-retention';

export const authJobs: JobDefs<'auth.retention'> = {
  'auth.retention': {
    cron: '0 3 * * *',
    handler: async () => {
      await purgeAuthRecords();
      await purgeEndedSessions();
    },
  },
};
