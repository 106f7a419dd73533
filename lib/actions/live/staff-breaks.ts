'use server';
// Staff add or remove a school break; schedules created afterwards skip its days.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages, type Messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { addDayOff, removeDayOff } from '@/lib/live/groups/create';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';

const day = (m: Messages) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.livePanel.form.required);

export const addSchoolBreak = formAction(
  {
    schema: perLocale((m) =>
      z.object({ name: z.string().trim().min(1, m.livePanel.form.required).max(120), from: day(m), to: day(m) }),
    ),
    permission: 'live:manage',
  },
  async (input, { user, locale }) => {
    await addDayOff(user, input);
    revalidatePath(`${LIVE_TEACHER_PATH}/przerwy`);
    return { ok: true, message: messages(locale).livePanel.breaks.added };
  },
);

export const removeSchoolBreak = formAction(
  { schema: z.object({ id: z.string().min(1) }), permission: 'live:manage' },
  async ({ id }, { user, locale }) => {
    await removeDayOff(user, id);
    revalidatePath(`${LIVE_TEACHER_PATH}/przerwy`);
    return { ok: true, message: messages(locale).livePanel.breaks.removed };
  },
);
