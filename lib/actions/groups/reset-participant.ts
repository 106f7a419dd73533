'use server';
// A participant's password reset: a new invitation (e-mailed, or printed on a slip), old links die.
import { messages } from '@/lib/i18n';
import { formAction } from '@/lib/actions/action';
import { resetParticipantPassword } from '@/lib/groups/people/manage';
import { confirmedSchema, onGroup } from './people-input';

export const resetParticipantAction = formAction(
  { schema: confirmedSchema, permission: 'groups:manage-own' },
  async ({ groupId, participantId, key }, { user, locale }) => {
    const r = await onGroup(groupId, () => resetParticipantPassword(user, groupId, participantId, key));
    return { ok: true, message: r.emailed ? messages(locale).people.resetEmailed : messages(locale).people.resetSlip };
  },
);
