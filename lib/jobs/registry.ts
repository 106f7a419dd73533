// The one registry of every area's background jobs, and the workers that run them. Imported
// only where workers start (instrumentation.ts) and by test routes, tests and benches: areas
// enqueue through lib/jobs/queues.ts and never import this.
import type PgBoss from 'pg-boss';
import { groupJobs } from '@/lib/groups/jobs';
import { licenceJobs } from '@/lib/licence/jobs';
import { familyJobs } from '@/lib/families/jobs';
import { learningJobs } from '@/lib/learning/jobs';
import { invoiceJobs } from '@/lib/invoices/jobs';
import { mailJobs } from '@/lib/mail/jobs';
import { settlementJobs } from '@/lib/settlement/jobs';
import { legalJobs } from '@/lib/legal/jobs';
import { privacyJobs } from '@/lib/privacy/jobs';
import { retentionJobs } from '@/lib/retention/jobs';
import { liveJobs } from '@/lib/live/jobs';
import { billingPaymentJobs } from '@/lib/billing/payments/jobs';
import { billingJobs } from '@/lib/billing/jobs';
import { storageJobs } from '@/lib/storage/jobs';
import { JOB_RETRY_LIMITS, RETIRED_JOBS, type JobDef, type JobName } from './names';

type QueueDef = JobDef & { retryLimit: number };

const JOBS = {
  ...mailJobs,
  ...invoiceJobs,
  ...settlementJobs,
  ...groupJobs,
  ...licenceJobs,
  ...familyJobs,
  ...learningJobs,
  ...legalJobs,
  ...privacyJobs,
  ...retentionJobs,
  ...liveJobs,
  ...billingPaymentJobs,
  ...billingJobs,
  ...storageJobs,
} satisfies Record<JobName, JobDef>;

/** Every job by name: its handler, cron and retry limit. */
export const QUEUES: Record<JobName, QueueDef> = Object.fromEntries(
  (Object.keys(JOB_RETRY_LIMITS) as JobName[]).map((name) => [
    name,
    { ...JOBS[name], retryLimit: JOB_RETRY_LIMITS[name] },
  ]),
) as Record<JobName, QueueDef>;

export async function startWorkers(b: PgBoss): Promise<void> {
  // A schedule left by a retired job would keep creating jobs nobody works.
  for (const name of RETIRED_JOBS) await b.unschedule(name).catch(() => {});
  for (const [name, def] of Object.entries(QUEUES)) {
    await b.createQueue(name);
    await b.work(name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) await def.handler((job.data ?? {}) as Record<string, unknown>);
    });
    if (def.cron) await b.schedule(name, def.cron, {}, { tz: 'Europe/Warsaw' });
    // One run per start: the singleton key stops two instances starting together from doubling it.
    if (def.atStart) await b.send(name, {}, { singletonKey: 'at-start', singletonSeconds: 60 });
  }
}
