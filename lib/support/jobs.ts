// The support area's background job: the daily retention of contact messages and complaints.
import type { JobDefs } from '@/lib/jobs/names';
import { purgeSupportRecords } from './retention';

export const supportJobs: JobDefs<'support.retention'> = {
  'support.retention': {
    cron: '10 3 * * *',
    handler: async () => {
      await purgeSupportRecords();
    },
  },
};
