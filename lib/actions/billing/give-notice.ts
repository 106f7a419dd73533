'use server';
// The payer ends their contract after seeing its preview (end date, refund, still owed); the
// contract page then says how it ends.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { payerNotice } from '@/lib/billing/account/notice';
import { accountContractPath } from '@/lib/billing/queries/paths';

const schema = z.object({ contractId: z.string().min(1).max(64), confirmed: z.literal('yes') });

export const giveNoticeAction = formAction({ permission: 'orders:read-own', schema }, async (input, { user }) => {
  const { number } = await payerNotice(user.id, input.contractId);
  redirect(`${accountContractPath(number)}?wypowiedziano=1`);
});
