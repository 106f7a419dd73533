// The families area's background job: the trial and package reminders (lib/families/reminders.ts).
import type { JobDefs } from '@/lib/jobs/names';
import { remindPackagesEnding, remindTrialsEnding } from '@/lib/families/reminders';

export const familyJobs: JobDefs<'families.reminders'> = {
  // Every 15 minutes, so "a day before" a 48-hour trial is at most a quarter of an hour late;
  // idempotent (one outbox row per trial and per package end).
  'families.reminders': {
    cron: '*/15 * * * *',
    handler: async () => {
      await remindTrialsEnding();
      await remindPackagesEnding();
    },
  },
};
