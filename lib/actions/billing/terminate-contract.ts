'use server';
// Staff terminate a contract after seeing its settlement (end date, refund, what is owed).
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { CONTRACT_NUMBER, panelContractPath } from '@/lib/billing/queries/paths';
import { terminateByStaff } from '@/lib/billing/staff/change';

const schema = z.object({
  contractId: z.string().min(1).max(64),
  number: z.string().regex(CONTRACT_NUMBER),
  confirmed: z.literal('yes'),
});

export const terminateContractAction = formAction(
  { permission: 'contracts:manage', schema },
  async (input, { user }) => {
    await terminateByStaff(user.id, input.contractId);
    redirect(`${panelContractPath(input.number)}?wynik=rozwiazano`);
  },
);
