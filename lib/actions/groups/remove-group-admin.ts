'use server';
// Taking a second admin off the group, after the confirmation step (never the owner).
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { removeGroupAdmin } from '@/lib/groups/people/admins';
import { onGroup } from './people-input';

const schema = perLocale((m) =>
  z.object({
    groupId: z.string().min(1),
    userId: z.string().min(1),
    confirmed: z.literal('1', { error: m.people.confirmRequired }),
  }),
);

export const removeGroupAdminAction = formAction(
  { schema, permission: 'groups:manage-own' },
  async ({ groupId, userId }, { user, locale }) => {
    const r = await onGroup(groupId, () => removeGroupAdmin(user, groupId, userId));
    const t = messages(locale).people;
    return { ok: true, message: r === 'removed' ? t.adminRemoved : t.adminRemovedAlready };
  },
);
