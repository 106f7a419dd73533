'use server';
// "Usuń dane uczestników teraz": the company, as controller, has its participants' data deleted
// after the final report (the agreement's § 8 ust. 2); the service refuses before it, with the reason.
import { z } from 'zod';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { formAction } from '@/lib/actions/action';
import { deleteParticipantsData } from '@/lib/groups/people/controller';
import { onGroup } from './people-input';

const schema = perLocale((m) =>
  z.object({
    groupId: z.string().min(1),
    confirmed: z.literal('1', { error: m.people.confirmRequired }),
  }),
);

export const deleteParticipantsDataAction = formAction(
  { schema, permission: 'groups:manage-own' },
  async ({ groupId }, { user, locale }) => {
    const r = await onGroup(groupId, () => deleteParticipantsData(user, groupId));
    const t = messages(locale).people.controller;
    return {
      ok: true,
      message: r.anonymised + r.detached > 0 ? t.deleted(r.anonymised, r.detached) : t.deletedAlready,
    };
  },
);
