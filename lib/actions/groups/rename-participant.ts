'use server';
// A corrected participant name (a corrected certificate when one was issued).
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { authSchemas } from '@/lib/auth/schemas';
import { renameParticipant } from '@/lib/groups/people/manage';
import { onGroup, personSchema } from './people-input';

const schema = perLocale((_, locale) =>
  personSchema.extend({
    firstName: authSchemas(locale).personNameSchema('firstName'),
    lastName: authSchemas(locale).personNameSchema('lastName'),
  }),
);

export const renameParticipantAction = formAction(
  { schema, permission: 'groups:manage-own' },
  async ({ groupId, participantId, firstName, lastName }, { user, locale }) => {
    const r = await onGroup(groupId, () => renameParticipant(user, groupId, participantId, { firstName, lastName }));
    const t = messages(locale).people;
    return { ok: true, message: !r.changed ? t.renameSame : r.reissued ? t.renamedReissued(r.reissued) : t.renamed };
  },
);
