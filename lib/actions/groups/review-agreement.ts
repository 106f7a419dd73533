'use server';
import { redirect } from 'next/navigation';
import { perLocale } from '@/lib/i18n/per-locale';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { reviewAgreement as review } from '@/lib/groups/agreement/agreements';
import { reviewSchoolAgreement } from '@/lib/licence/dpa';

// A school's agreement (the planner, A17) shares the queue; its decision is the school's service.
const owner = z.enum(['group', 'school']).default('group');
const schema = perLocale((m) =>
  z.discriminatedUnion('decision', [
    z.object({ agreementId: z.string().min(1), owner, decision: z.literal('accept') }),
    z.object({
      agreementId: z.string().min(1),
      owner,
      decision: z.literal('reject'),
      reason: z.string().trim().min(3, m.groups.rejectReasonRequired).max(500, m.groups.rejectReasonMax),
    }),
  ]),
);

export const reviewAgreement = formAction({ schema, permission: 'panel:agreements' }, async (input, { user }) => {
  const decision =
    input.decision === 'accept' ? ({ accept: true } as const) : { accept: false as const, reason: input.reason };
  await (input.owner === 'school' ? reviewSchoolAgreement : review)(user.id, input.agreementId, decision);
  // The decided scan leaves the queue, so the outcome is shown above the queue, not in its card.
  redirect(`/panel/umowy?decyzja=${input.decision}`);
});
