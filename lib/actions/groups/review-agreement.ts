'use server';
import { redirect } from 'next/navigation';
import { messages } from '@/lib/i18n';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { reviewAgreement as review } from '@/lib/groups/agreement/agreements';

const schema = z.discriminatedUnion('decision', [
  z.object({ agreementId: z.string().min(1), decision: z.literal('accept') }),
  z.object({
    agreementId: z.string().min(1),
    decision: z.literal('reject'),
    reason: z
      .string()
      .trim()
      .min(3, messages().groups.rejectReasonRequired)
      .max(500, messages().groups.rejectReasonMax),
  }),
]);

export const reviewAgreement = formAction({ schema, permission: 'panel:agreements' }, async (input, { user }) => {
  await review(
    user.id,
    input.agreementId,
    input.decision === 'accept' ? { accept: true } : { accept: false, reason: input.reason },
  );
  // The decided scan leaves the queue, so the outcome is shown above the queue, not in its card.
  redirect(`/panel/umowy?decyzja=${input.decision}`);
});
