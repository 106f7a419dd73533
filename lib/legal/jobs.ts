// The legal area's background job: announcing a newly published terms version by e-mail.
import type { JobDefs } from '@/lib/jobs/names';
import { queueTermsNotices } from './notices';

export const legalJobs: JobDefs<'legal.terms-notices'> = {
  // Hourly, so a version deployed in the morning is announced the same day; each person once.
  'legal.terms-notices': {
    cron: '20 * * * *',
    handler: async () => {
      await queueTermsNotices();
    },
  },
};
