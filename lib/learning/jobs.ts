// The learning area's background job: a week's notice before access to a bought course ends.
import type { JobDefs } from '@/lib/jobs/names';
import { remindCourseAccessEnding } from '@/lib/learning/access-reminders';

export const learningJobs: JobDefs<'learning.access-reminders'> = {
  // Hourly is plenty for a week's notice; idempotent (one outbox row per enrolment end).
  'learning.access-reminders': {
    cron: '7 * * * *',
    handler: async () => {
      await remindCourseAccessEnding();
    },
  },
};
