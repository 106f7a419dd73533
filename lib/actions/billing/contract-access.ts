'use server';
// Staff suspend or resume a contract's access by hand; the contract page then says it was done.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { CONTRACT_NUMBER, panelContractPath } from '@/lib/billing/queries/paths';
import { changeAccess } from '@/lib/billing/staff/change';

const schema = z.object({
  contractId: z.string().min(1).max(64),
  number: z.string().regex(CONTRACT_NUMBER),
  intent: z.enum(['suspend', 'resume']),
});

export const contractAccessAction = formAction({ permission: 'contracts:manage', schema }, async (input, { user }) => {
  await changeAccess(user.id, input.contractId, input.intent);
  redirect(`${panelContractPath(input.number)}?wynik=${input.intent === 'suspend' ? 'zawieszono' : 'przywrocono'}`);
});
