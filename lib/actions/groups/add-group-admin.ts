'use server';
// A second admin for the group, by e-mail (an existing account, or a new one with an invitation).
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { authSchemas } from '@/lib/auth/schemas';
import { addGroupAdmin } from '@/lib/groups/people/admins';
import { onGroup } from './people-input';

const schema = perLocale((_, locale) => {
  const a = authSchemas(locale);
  return z.object({
    groupId: z.string().min(1),
    email: a.emailSchema,
    firstName: a.personNameSchema('firstName'),
    lastName: a.personNameSchema('lastName'),
  });
});

export const addGroupAdminAction = formAction(
  { schema, permission: 'groups:manage-own' },
  async ({ groupId, ...input }, { user, locale }) => {
    const r = await onGroup(groupId, () => addGroupAdmin(user, groupId, input));
    const t = messages(locale).people;
    return { ok: true, message: r === 'added' ? t.adminAdded : r === 'invited' ? t.adminInvited : t.adminAlready };
  },
);
