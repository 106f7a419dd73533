'use server';
// Removing a participant who never logged in (the seat returns), or deactivating one who did.
import { messages } from '@/lib/i18n';
import { formAction } from '@/lib/actions/action';
import { deactivateParticipant, removeParticipant } from '@/lib/groups/people/manage';
import { confirmedSchema, onGroup } from './people-input';

export const removeParticipantAction = formAction(
  { schema: confirmedSchema, permission: 'groups:manage-own' },
  async ({ groupId, participantId }, { user, locale }) => {
    const r = await onGroup(groupId, () => removeParticipant(user, groupId, participantId));
    return {
      ok: true,
      message: r === 'removed' ? messages(locale).people.removed : messages(locale).people.removedAlready,
    };
  },
);

export const deactivateParticipantAction = formAction(
  { schema: confirmedSchema, permission: 'groups:manage-own' },
  async ({ groupId, participantId }, { user, locale }) => {
    const r = await onGroup(groupId, () => deactivateParticipant(user, groupId, participantId));
    const t = messages(locale).people;
    return { ok: true, message: r === 'deactivated' ? t.deactivated : t.deactivatedAlready };
  },
);
