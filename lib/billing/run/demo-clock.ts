// The demo clock's page (/panel/zegar): time moved forward day by day, each day's morning billing
// run taken as the cron would take it (so a jump of 20 days suspends, then terminates, in order),
// then every other area's scheduled jobs sent at once (reminders, recordings' expiry, reports at
// 2 months, retention …): whatever pg-boss has a schedule for.
import { advanceClock, clockAdjustable, clockOffsetMs, currentTime, demoClockOn } from '@/lib/clock/clock';
import { moveDemoClock } from '@/lib/clock/demo-clock';
import { sqlPool } from '@/lib/db/sql';
import { boss } from '@/lib/jobs/boss';
import { JOB_RETRY_LIMITS, type JobName } from '@/lib/jobs/names';
import { enqueue } from '@/lib/jobs/queues';
import { runBillingDay } from './daily';

const DAY_MS = 86_400_000;

export type DemoClockView = { adjustable: boolean; now: Date; offsetDays: number };

export function demoClockView(): DemoClockView {
  return { adjustable: clockAdjustable(), now: currentTime(), offsetDays: Math.floor(clockOffsetMs() / DAY_MS) };
}

/** E-mails queued, scheduled jobs sent, and the billing run's steps taken, by kind. */
export type DailyJobsResult = { emails: number; jobs: number; steps: Record<string, number> };

const addSteps = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
};

/** Sends every scheduled job but the billing run (taken directly) to the workers, once. */
async function sendScheduledJobs(): Promise<number> {
  const schedules = await (await boss()).getSchedules();
  const names = schedules
    .map((s) => s.name)
    .filter((n): n is JobName => n in JOB_RETRY_LIMITS && n !== 'billing.daily');
  for (const name of new Set(names)) await enqueue(name, {});
  return new Set(names).size;
}

/** Today's billing run and every area's scheduled jobs, now. */
export async function runDailyJobsNow(): Promise<DailyJobsResult> {
  const summary = await runBillingDay(currentTime());
  const steps = { ...summary.steps, 'continuation-drop': summary.continuationDropped };
  return { emails: summary.emails, jobs: await sendScheduledJobs(), steps };
}

/** Moves the clock `days` forward, running the billing run once for each day passed. */
export async function moveClockForward(days: number): Promise<DailyJobsResult> {
  if (!clockAdjustable()) throw new Error('The clock is not adjustable');
  let emails = 0;
  const steps: Record<string, number> = {};
  for (let i = 0; i < days; i++) {
    if (demoClockOn()) await moveDemoClock(sqlPool(), 1);
    else advanceClock(DAY_MS);
    const summary = await runBillingDay(currentTime());
    emails += summary.emails;
    addSteps(steps, { ...summary.steps, 'continuation-drop': summary.continuationDropped });
  }
  return { emails, jobs: await sendScheduledJobs(), steps };
}
