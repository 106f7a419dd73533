'use server';
// Staff book a bank transfer by hand against an open charge (the pro-forma's): once, whoever
// clicks; a wrong amount is refused beside its field.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { parseZloty } from '@/lib/format/money';
import { bookTransfer } from '@/lib/billing/payments/transfers';
import { CONTRACT_NUMBER, panelContractPath } from '@/lib/billing/queries/paths';

const schema = perLocale((m) => {
  const t = m.billingPanel.actions;
  return z.object({
    number: z.string().regex(CONTRACT_NUMBER),
    chargeId: z.string({ error: t.chargeMissing }).min(1, t.chargeMissing).max(64),
    amount: z
      .string()
      .transform((v) => parseZloty(v))
      .refine((v): v is number => v !== null && v > 0, t.wrongAmount),
    title: z.string().trim().min(1, t.titleMissing).max(300),
    bookedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t.wrongDate),
  });
});

export const bookTransferAction = formAction({ permission: 'contracts:manage', schema }, async (input, { user }) => {
  await bookTransfer({
    chargeId: input.chargeId,
    amount: input.amount as number,
    title: input.title,
    bookedOn: input.bookedOn,
    bookedById: user.id,
  });
  redirect(`${panelContractPath(input.number)}?wynik=przelew`);
});
