'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { requestExport as request } from '@/lib/privacy/export/exports';
import { currentLocale } from '@/lib/locale/current';

export const requestExport = formAction(
  { schema: z.object({}), permission: 'account:manage-own' },
  async (_input, { user }) => {
    await request(user.id);
    revalidatePath('/konto/moje-dane');
    return { ok: true, message: messages(await currentLocale()).privacy.export.requested };
  },
);
