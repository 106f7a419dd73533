'use server';
// Staff record a signed paper agreement received by post; that passes the group's step 2.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { recordPostedAgreement as record } from '@/lib/groups/agreement/by-post';
import { fromWarsaw } from '@/lib/format/time';
import { perLocale } from '@/lib/i18n/per-locale';

const schema = perLocale(({ groups: { post: t } }) =>
  z.object({
    groupId: z.string().min(1, t.noGroup),
    receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t.dateRequired),
    note: z.string().trim().max(500).default(''),
  }),
);

export const recordPostedAgreement = formAction({ schema, permission: 'panel:agreements' }, async (input, { user }) => {
  const [y, m, d] = input.receivedOn.split('-').map(Number);
  await record(user.id, { groupId: input.groupId, receivedOn: fromWarsaw(y, m, d), note: input.note });
  redirect('/panel/umowy?decyzja=post');
});
