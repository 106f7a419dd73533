'use server';
// Staff move the demo clock forward by N days (or run the daily jobs now) from /panel/zegar.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { clockAdjustable } from '@/lib/clock/clock';
import { moveClockForward, runDailyJobsNow, type DailyJobsResult } from '@/lib/billing/run/demo-clock';

/** "Zawieszenie: 2, Przypomnienie o płatności: 5" — the steps taken, in the catalogue's words. */
function stepsText(r: DailyJobsResult): string {
  const t = messages().billingRun;
  const lines = Object.entries(r.steps)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => t.summaryLine(t.steps[k] ?? k, n));
  return lines.length ? `${t.summaryTitle}: ${lines.join(', ')}.` : t.summaryNone;
}

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
    return { ok: true, message: `${t.ran(r.emails, r.jobs)} ${stepsText(r)}` };
  }
  if (days === undefined) return { ok: false, fieldErrors: { days: t.daysInvalid } };
  const r = await moveClockForward(days);
  revalidatePath('/panel', 'layout');
  return { ok: true, message: `${t.moved(days, r.emails, r.jobs)} ${stepsText(r)}` };
});
