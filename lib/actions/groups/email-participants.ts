'use server';
// Invitations to everyone not yet invited, or reminders to those invited who never logged in.
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { emailNotLoggedIn } from '@/lib/groups/people/send-invitations';
import { onGroup } from './people-input';

const schema = perLocale((m) =>
  z.object({
    groupId: z.string().min(1),
    kind: z.enum(['invite', 'remind']),
    confirmed: z.literal('1', { error: m.people.confirmRequired }),
    key: z.string().min(8).max(64),
  }),
);

export const emailParticipants = formAction(
  { schema, permission: 'groups:manage-own' },
  async ({ groupId, kind, key }, { user, locale }) => {
    const r = await onGroup(groupId, () => emailNotLoggedIn(user, groupId, kind, key));
    return { ok: true, message: messages(locale).people.invitationsSent(r.sent, r.skipped) };
  },
);
