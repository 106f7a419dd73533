'use server';
// Staff suspend or resume a contract's access by hand.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { changeAccess } from '@/lib/billing/staff/change';

const schema = z.object({ contractId: z.string().min(1).max(64), intent: z.enum(['suspend', 'resume']) });

export const contractAccessAction = formAction({ permission: 'contracts:manage', schema }, async (input, { user }) => {
  await changeAccess(user.id, input.contractId, input.intent);
  revalidatePath('/panel/umowy', 'layout');
  const t = messages().billingPanel.actions;
  return { ok: true, message: input.intent === 'suspend' ? t.suspended : t.resumed };
});
