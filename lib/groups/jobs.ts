// The groups area's background job: the final reports of uploads whose two months are over.
import type { JobDefs } from '@/lib/jobs/names';
import { buildDueReports } from '@/lib/groups/report/final-reports';

export const groupJobs: JobDefs<'groups.final-reports'> = {
  // Final reports of group uploads whose 2 months are over (idempotent: one report per upload).
  'groups.final-reports': {
    cron: '*/15 * * * *',
    handler: async () => {
      await buildDueReports();
    },
  },
};
