'use server';
// The payer ends their contract after seeing its preview (end date, refund, still owed).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { messages } from '@/lib/i18n';
import { formatDate } from '@/lib/format/time';
import { payerNotice } from '@/lib/billing/account/notice';
import { accountContractPath } from '@/lib/billing/queries/paths';

const schema = z.object({ contractId: z.string().min(1).max(64), confirmed: z.literal('yes') });

export const giveNoticeAction = formAction({ permission: 'orders:read-own', schema }, async (input, { user }) => {
  const { number, endsOn } = await payerNotice(user.id, input.contractId);
  revalidatePath(accountContractPath(number));
  const t = messages().billingAccount.end;
  return { ok: true, message: endsOn ? t.done(formatDate(endsOn)) : t.notPossible };
});
