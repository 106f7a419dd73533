'use server';
// Staff send the payer a reminder now (for the oldest open charge, with its pay link).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { sendReminderNow } from '@/lib/billing/staff/remind';

const schema = z.object({ contractId: z.string().min(1).max(64) });

export const sendReminderAction = formAction({ permission: 'panel:contracts', schema }, async (input, { user }) => {
  const { to } = await sendReminderNow(user.id, input.contractId);
  revalidatePath('/panel/umowy', 'layout');
  return { ok: true, message: messages(await currentLocale()).billingPanel.actions.reminded(to) };
});
