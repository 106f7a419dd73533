'use server';
// A second admin for the group, by e-mail (an existing account, or a new one with an invitation).
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { formAction } from '@/lib/actions/action';
import { emailSchema, personNameSchema } from '@/lib/auth/schemas';
import { addGroupAdmin } from '@/lib/groups/people/admins';
import { onGroup } from './people-input';

const schema = z.object({
  groupId: z.string().min(1),
  email: emailSchema,
  firstName: personNameSchema('firstName'),
  lastName: personNameSchema('lastName'),
});

export const addGroupAdminAction = formAction(
  { schema, permission: 'groups:manage-own' },
  async ({ groupId, ...input }, { user }) => {
    const r = await onGroup(groupId, () => addGroupAdmin(user, groupId, input));
    const t = messages().people;
    return { ok: true, message: r === 'added' ? t.adminAdded : r === 'invited' ? t.adminInvited : t.adminAlready };
  },
);
