'use server';
// Accounting record a refund they sent by bank transfer against a contract's 'refund-due' event:
// once, whoever clicks; an amount above what is left is refused beside its field.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { parseZloty } from '@/lib/format/money';
import { recordTransferRefund } from '@/lib/settlement/transfer-refunds';
import { CONTRACT_NUMBER, panelContractPath } from '@/lib/billing/queries/paths';

const schema = perLocale((m) => {
  const t = m.billingPanel;
  return z.object({
    number: z.string().regex(CONTRACT_NUMBER),
    contractId: z.string().min(1).max(64),
    eventId: z.string().min(1).max(64),
    amount: z
      .string()
      .transform((v) => parseZloty(v))
      .refine((v): v is number => v !== null && v > 0, t.actions.wrongAmount),
    sentOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t.refundSent.wrongDate),
    reference: z.string().trim().min(1, t.refundSent.referenceMissing).max(200),
  });
});

export const recordTransferRefundAction = formAction(
  { permission: 'contracts:manage', schema },
  async (input, { user }) => {
    await recordTransferRefund(user.id, {
      contractId: input.contractId,
      eventId: input.eventId,
      amount: input.amount as number,
      sentOn: input.sentOn,
      reference: input.reference,
    });
    redirect(`${panelContractPath(input.number)}?wynik=zwrot`);
  },
);
