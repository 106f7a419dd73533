// The storage area's job: the daily orphan sweep (lib/storage/orphans.ts).
import type { JobDefs } from '@/lib/jobs/names';
import { sweepOrphanFiles } from './orphans';

export const storageJobs: JobDefs<'storage.orphans'> = {
  'storage.orphans': {
    cron: '40 3 * * *',
    handler: async () => {
      const n = await sweepOrphanFiles();
      if (n) console.log(`[storage] removed ${n} orphan file(s)`);
    },
  },
};
