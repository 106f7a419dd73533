// The live area's background jobs: recordings fetched from BBB and deleted after 30 days, and the
// 24-hour reminders. Each is safe to run twice (unique record ids, onceKeys, deletedAt).
import type { JobDefs } from '@/lib/jobs/names';
import { expireRecordings, syncRecordings } from '@/lib/live/recordings';
import { remindBookedSessions } from '@/lib/live/reminders';

export const liveJobs: JobDefs<'live.recordings.sync' | 'live.recordings.expire' | 'live.reminders'> = {
  // BBB publishes a recording some minutes after the meeting ends.
  'live.recordings.sync': { cron: '*/10 * * * *', handler: async () => void (await syncRecordings()) },
  'live.recordings.expire': { cron: '30 3 * * *', handler: async () => void (await expireRecordings()) },
  'live.reminders': { cron: '*/15 * * * *', handler: async () => void (await remindBookedSessions()) },
};
