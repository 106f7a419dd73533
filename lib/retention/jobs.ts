// The retention area's job: one daily run of the whole retention table (lib/retention/run.ts),
// replacing the four per-area retention jobs it absorbed.
import type { JobDefs } from '@/lib/jobs/names';
import { runRetention } from './run';

export const retentionJobs: JobDefs<'retention.run'> = {
  'retention.run': {
    cron: '0 3 * * *',
    handler: async () => {
      const r = await runRetention();
      // A failed type is logged and retried the next day; a failed job would only repeat the others.
      if (r.failed.length) console.error(`[retention] failed types: ${r.failed.join(', ')}`);
    },
  },
};
