// Every background job's name and how often pg-boss retries it: all that is needed to enqueue a
// job, so any area may enqueue without importing a handler (handlers live in lib/<area>/jobs.ts).
export const JOB_RETRY_LIMITS = {
  'email.deliver': 10,
  'email.sweep': 0,
  'invoices.number': 0,
  // KSeF unreachable: 5 s doubling (retryBackoff) for about five minutes, then the sweeper's minute.
  'invoices.ksef.submit': 6,
  'invoices.ksef.sweep': 0,
  'payments.reconcile': 0,
  'groups.final-reports': 0,
  'licence.renewals': 0,
  'licence.carry-over': 0,
  'licence.purge-reminders': 0,
  'families.reminders': 0,
  'learning.access-reminders': 0,
  'legal.terms-notices': 0,
  'privacy.export': 3,
  'privacy.exports-sweep': 0,
  'retention.run': 0,
  'live.recordings.sync': 0,
  'live.recordings.expire': 0,
  'live.reminders': 0,
  // A stored card charged once per job; a PayU outage retries (the claim stops a double charge).
  'billing.card-charge': 3,
  'billing.daily': 0,
  'storage.orphans': 0,
} as const;

/** Jobs that no longer exist: their schedules are removed at start-up (retention.run absorbed them). */
export const RETIRED_JOBS = ['support.retention', 'auth.retention', 'email.retention', 'orders.retention'] as const;

export type JobName = keyof typeof JOB_RETRY_LIMITS;

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;
/**
 * What an area declares for each of its jobs: the handler and, for scheduled jobs, a cron (Warsaw
 * time). `atStart` also runs a scheduled job once when the workers start, so work left waiting
 * (documents for KSeF, e-mails) does not wait for the first cron minute.
 */
export type JobDef = { handler: JobHandler; cron?: string; atStart?: boolean };
export type JobDefs<N extends JobName> = Record<N, JobDef>;
