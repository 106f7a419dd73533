'use server';
// The company's representative accepts the data-processing agreement electronically.
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { acceptAgreementElectronically } from '@/lib/groups/agreement/electronic';
import { clientIp } from '@/lib/http/client-ip';
import { perLocale } from '@/lib/i18n/per-locale';

const schema = perLocale(({ groups: { esign: t } }) =>
  z.object({
    groupId: z.string().min(1),
    textSha256: z.string().regex(/^[0-9a-f]{64}$/),
    signerName: z.string().trim().min(3, t.nameRequired).max(120, t.tooLong),
    signerRole: z.string().trim().min(2, t.roleRequired).max(120, t.tooLong),
    authorised: z.literal('on', { error: t.authorisedRequired }),
    read: z.literal('on', { error: t.readRequired }),
  }),
);

export const acceptAgreement = formAction({ schema, permission: 'groups:manage-own' }, async (input, { user }) => {
  const ip = clientIp(await headers());
  const done = await acceptAgreementElectronically(user, input.groupId, input, ip);
  if (!done) notFound();
  redirect(`/grupy/${input.groupId}#umowa`);
});
