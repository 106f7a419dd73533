'use server';
// Staff move the demo clock forward by N days (or run the daily jobs now) from /panel/zegar.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { clockAdjustable } from '@/lib/clock/clock';
import { moveClockForward, runDailyJobsNow } from '@/lib/billing/run/demo-clock';

const schema = z.object({
  intent: z.enum(['move', 'run']),
  days: z.coerce
    .number()
    .int(messages().demoClock.daysInvalid)
    .min(1, messages().demoClock.daysInvalid)
    .max(366, messages().demoClock.daysInvalid)
    .optional(),
});

export const moveDemoClock = formAction({ schema, permission: 'demo:clock' }, async ({ intent, days }) => {
  const t = messages().demoClock;
  if (!clockAdjustable()) throw new UserError('demoClock.notAdjustable');
  if (intent === 'run') {
    const r = await runDailyJobsNow();
    revalidatePath('/panel', 'layout');
    return { ok: true, message: t.ran(r.emails, r.jobs) };
  }
  if (days === undefined) return { ok: false, fieldErrors: { days: t.daysInvalid } };
  const r = await moveClockForward(days);
  revalidatePath('/panel', 'layout');
  return { ok: true, message: t.moved(days, r.emails, r.jobs) };
});
