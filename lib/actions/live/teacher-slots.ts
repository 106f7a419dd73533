'use server';
// A teacher publishes a run of individual slots: from a Warsaw day and time, `count` slots of
// `minutes` each, back to back (lib/live/slots/publish.ts refuses a clash with their classes); and
// removes one nobody has booked.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { UserError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { publishSlots, removeSlot } from '@/lib/live/slots/publish';
import { warsawLocal } from '@/lib/live/panel/week';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';

export const publishTeacherSlots = formAction(
  {
    schema: perLocale((m) =>
      z.object({
        courseId: z.string().min(1, m.livePanel.form.required),
        day: z.string(),
        time: z.string(),
        minutes: z.coerce.number().int(),
        count: z.coerce.number().int().min(1).max(40),
      }),
    ),
    permission: 'live:teach',
  },
  async ({ courseId, day, time, minutes, count }, { user, locale }) => {
    const from = warsawLocal(`${day}T${time}`);
    if (!from) throw new UserError('livePanel.group.badDateTime', { day: 'livePanel.group.badDateTime' });
    const ids = await publishSlots(user, {
      courseId,
      from,
      to: new Date(from.getTime() + count * minutes * 60_000),
      minutes,
    });
    revalidatePath(`${LIVE_TEACHER_PATH}/terminy`);
    return { ok: true, message: messages(locale).livePanel.slots.published(ids.length) };
  },
);

export const removeTeacherSlot = formAction(
  { schema: z.object({ sessionId: z.string().min(1) }), permission: 'live:teach' },
  async ({ sessionId }, { user, locale }) => {
    await removeSlot(user, sessionId);
    revalidatePath(`${LIVE_TEACHER_PATH}/terminy`);
    return { ok: true, message: messages(locale).livePanel.slots.removed };
  },
);
