// The orders area's background job: the daily retention of abandoned (never paid) orders.
import type { JobDefs } from '@/lib/jobs/names';
import { purgeAbandonedOrders } from './retention';

export const orderJobs: JobDefs<'orders.retention'> = {
  'orders.retention': {
    cron: '30 3 * * *',
    handler: async () => {
      await purgeAbandonedOrders();
    },
  },
};
