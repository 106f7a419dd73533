'use server';
// Staff add or remove a school break; schedules created afterwards skip its days.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { addDayOff, removeDayOff } from '@/lib/live/groups/create';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';

const day = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, messages().livePanel.form.required);

export const addSchoolBreak = formAction(
  {
    schema: z.object({
      name: z.string().trim().min(1, messages().livePanel.form.required).max(120),
      from: day(),
      to: day(),
    }),
    permission: 'live:manage',
  },
  async (input, { user }) => {
    await addDayOff(user, input);
    revalidatePath(`${LIVE_TEACHER_PATH}/przerwy`);
    return { ok: true, message: messages().livePanel.breaks.added };
  },
);

export const removeSchoolBreak = formAction(
  { schema: z.object({ id: z.string().min(1) }), permission: 'live:manage' },
  async ({ id }, { user }) => {
    await removeDayOff(user, id);
    revalidatePath(`${LIVE_TEACHER_PATH}/przerwy`);
    return { ok: true, message: messages().livePanel.breaks.removed };
  },
);
