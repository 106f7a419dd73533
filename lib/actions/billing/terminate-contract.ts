'use server';
// Staff terminate a contract after seeing its settlement (end date, refund, what is owed).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { terminateByStaff } from '@/lib/billing/staff/change';

const schema = z.object({ contractId: z.string().min(1).max(64), confirmed: z.literal('yes') });

export const terminateContractAction = formAction(
  { permission: 'contracts:manage', schema },
  async (input, { user }) => {
    await terminateByStaff(user.id, input.contractId);
    revalidatePath('/panel/umowy', 'layout');
    return { ok: true, message: messages().billingPanel.actions.terminated };
  },
);
