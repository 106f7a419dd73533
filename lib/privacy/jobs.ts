// The privacy area's jobs: building a requested export, and the sweeper that clears the files of
// expired links and builds exports whose job was lost.
import type { JobDefs } from '@/lib/jobs/names';
import { buildExport, sweepExports } from './export/exports';

export const privacyJobs: JobDefs<'privacy.export' | 'privacy.exports-sweep'> = {
  'privacy.export': {
    handler: async (data) => {
      if (typeof data.exportId === 'string') await buildExport(data.exportId);
    },
  },
  'privacy.exports-sweep': {
    cron: '*/10 * * * *',
    handler: async () => {
      const n = await sweepExports();
      if (n.purged || n.built) console.log(`[privacy] exports: ${n.purged} files cleared, ${n.built} built late`);
    },
  },
};
