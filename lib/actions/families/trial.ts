'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { startTrial as start } from '@/lib/families/trials';
import { formatDateTime } from '@/lib/format/time';
import { families } from '@/lib/i18n/pl/families';

export const startTrial = formAction(
  { schema: z.object({}), permission: 'families:manage-own' },
  async (_input, { user }) => {
    const { endsAt } = await start(user.id);
    revalidatePath('/rodzina');
    return { ok: true, message: families.trialStarted(formatDateTime(endsAt)) };
  },
);
