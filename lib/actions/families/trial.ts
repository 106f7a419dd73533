'use server';
import { revalidatePath } from 'next/cache';
import { messages } from '@/lib/i18n';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { startTrial as start } from '@/lib/families/trials';
import { formatDateTime } from '@/lib/format/time';

export const startTrial = formAction(
  { schema: z.object({}), permission: 'families:manage-own' },
  async (_input, { user, locale }) => {
    const { endsAt } = await start(user.id);
    revalidatePath('/rodzina');
    return { ok: true, message: messages(locale).families.trialStarted(formatDateTime(endsAt, locale)) };
  },
);
