'use server';
// Staff decision on a declared discount in the /panel/rabaty queue: accept, or reject with a reason.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { decideDiscount } from '@/lib/billing/discounts/decide';

const schema = z.object({
  id: z.string().min(1),
  intent: z.enum(['accept', 'reject']),
  reason: z.string().max(500).optional(),
});

export const verifyDiscount = formAction({ schema, permission: 'discounts:manage' }, async (input, { user }) => {
  const t = messages(await currentLocale()).discounts.panel;
  const accept = input.intent === 'accept';
  await decideDiscount(input.id, accept ? { accept } : { accept, reason: input.reason ?? '' }, { actorId: user.id });
  revalidatePath('/panel/rabaty');
  return { ok: true, message: accept ? t.accepted : t.rejected };
});
