'use server';
// Staff move the demo clock forward by N days (or run the daily jobs now) from /panel/zegar.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { UserError } from '@/lib/errors';
import { messages, type Locale } from '@/lib/i18n';
import { clockAdjustable } from '@/lib/clock/clock';
import { moveClockForward, runDailyJobsNow, type DailyJobsResult } from '@/lib/billing/run/demo-clock';

/** "Zawieszenie: 2, Przypomnienie o płatności: 5" — the steps taken, in the catalogue's words. */
function stepsText(r: DailyJobsResult, locale: Locale): string {
  const t = messages(locale).billingRun;
  const lines = Object.entries(r.steps)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => t.summaryLine(t.steps[k] ?? k, n));
  return lines.length ? `${t.summaryTitle}: ${lines.join(', ')}.` : t.summaryNone;
}

const schema = perLocale((m) =>
  z.object({
    intent: z.enum(['move', 'run']),
    days: z.coerce
      .number()
      .int(m.demoClock.daysInvalid)
      .min(1, m.demoClock.daysInvalid)
      .max(366, m.demoClock.daysInvalid)
      .optional(),
  }),
);

export const moveDemoClock = formAction({ schema, permission: 'demo:clock' }, async ({ intent, days }, { locale }) => {
  const t = messages(locale).demoClock;
  if (!clockAdjustable()) throw new UserError('demoClock.notAdjustable');
  if (intent === 'run') {
    const r = await runDailyJobsNow();
    revalidatePath('/panel', 'layout');
    return { ok: true, message: `${t.ran(r.emails, r.jobs)} ${stepsText(r, locale)}` };
  }
  if (days === undefined) return { ok: false, fieldErrors: { days: t.daysInvalid } };
  const r = await moveClockForward(days);
  revalidatePath('/panel', 'layout');
  return { ok: true, message: `${t.moved(days, r.emails, r.jobs)} ${stepsText(r, locale)}` };
});
