'use server';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { answerComplaint as answer } from '@/lib/support/complaints';
import { supportSchemas } from '@/lib/support/schemas';

export const answerComplaint = formAction(
  { schema: (locale) => supportSchemas(locale).answerSchema, permission: 'panel:complaints' },
  async ({ complaintId, answer: text }, { user, locale }) => {
    await answer(user.id, complaintId, text);
    revalidatePath(`/panel/reklamacje/${complaintId}`);
    revalidatePath('/panel/reklamacje');
    return { ok: true, message: messages(locale).support.panel.answerSent };
  },
);
