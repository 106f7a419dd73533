'use server';
// "Wyślij dane uczestnikowi": after the confirmation step, a one-time invitation link by e-mail.
import { messages } from '@/lib/i18n';
import { formAction } from '@/lib/actions/action';
import { sendInvitation } from '@/lib/groups/people/send-invitations';
import { confirmedSchema, onGroup } from './people-input';

export const sendCredentials = formAction(
  { schema: confirmedSchema, permission: 'groups:manage-own' },
  async ({ groupId, participantId, key }, { user, locale }) => {
    const outcome = await onGroup(groupId, () => sendInvitation(user, groupId, participantId, key));
    const t = messages(locale).people;
    return { ok: true, message: outcome === 'sent' ? t.invitationSent : t.invitationAlready };
  },
);
