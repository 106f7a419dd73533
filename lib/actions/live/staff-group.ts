'use server';
// Staff actions of one class group's page: members in and out, move or cancel one session, cancel
// the whole group, change its seats. Each calls one lib/live service; refusals come back as texts.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { UserError } from '@/lib/errors';
import { messages, type Messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { addMember, removeMember } from '@/lib/live/groups/members';
import { changeGroupCapacity } from '@/lib/live/groups/capacity';
import { cancelGroup, cancelSession } from '@/lib/live/sessions/cancel';
import { moveSession } from '@/lib/live/sessions/manage';
import { findPerson, sessionSpan } from '@/lib/live/panel/group-page';
import { warsawLocal } from '@/lib/live/panel/week';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';

const id = z.string().min(1);

/** Runs `fn`; a refusal that names no field is shown beside `field`, the one the form asked. */
async function besideField<T>(field: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof UserError && !e.fieldCodes) throw new UserError(e.codes, { [field]: e.codes[0] });
    throw e;
  }
}
const reason = (m: Messages) => z.string().trim().min(1, m.livePanel.group.reasonRequired).max(300);
const done = (groupId: string, message: string) => {
  revalidatePath(`${LIVE_TEACHER_PATH}/${groupId}`);
  revalidatePath(LIVE_TEACHER_PATH);
  return { ok: true as const, message };
};

export const addGroupMember = formAction(
  {
    schema: perLocale((m) => z.object({ groupId: id, person: z.string().trim().min(1, m.livePanel.form.required) })),
    permission: 'live:manage',
  },
  async ({ groupId, person }, { user, locale }) => {
    const userId = await findPerson(person);
    if (!userId) throw new UserError('livePanel.group.noSuchUser', { person: 'livePanel.group.noSuchUser' });
    await addMember(user, groupId, userId);
    return done(groupId, messages(locale).livePanel.group.memberAdded);
  },
);

export const removeGroupMember = formAction(
  { schema: z.object({ groupId: id, userId: id }), permission: 'live:manage' },
  async ({ groupId, userId }, { user, locale }) => {
    await removeMember(user, groupId, userId);
    return done(groupId, messages(locale).livePanel.group.memberRemoved);
  },
);

export const moveGroupSession = formAction(
  { schema: z.object({ sessionId: id, startsAt: z.string() }), permission: 'live:manage' },
  async ({ sessionId, startsAt }, { user, locale }) => {
    const start = warsawLocal(startsAt);
    if (!start) throw new UserError('livePanel.group.badDateTime', { startsAt: 'livePanel.group.badDateTime' });
    const s = await sessionSpan(sessionId);
    // A clash with another class of the teacher is about the new start: shown beside it.
    await besideField('startsAt', () =>
      moveSession(user, sessionId, { startsAt: start, endsAt: new Date(start.getTime() + s.minutes * 60_000) }),
    );
    return done(s.groupId, messages(locale).livePanel.group.moved);
  },
);

export const cancelGroupSession = formAction(
  { schema: perLocale((m) => z.object({ sessionId: id, reason: reason(m) })), permission: 'live:manage' },
  async ({ sessionId, reason }, { user, locale }) => {
    await cancelSession(user, sessionId, reason);
    return done((await sessionSpan(sessionId)).groupId, messages(locale).livePanel.group.cancelled);
  },
);

export const cancelWholeGroup = formAction(
  { schema: perLocale((m) => z.object({ groupId: id, reason: reason(m) })), permission: 'live:manage' },
  async ({ groupId, reason }, { user, locale }) => {
    await cancelGroup(user, groupId, reason);
    return done(groupId, messages(locale).livePanel.group.groupCancelled);
  },
);

export const changeCapacity = formAction(
  {
    schema: z.object({ groupId: id, capacity: z.coerce.number().int(), minParticipants: z.coerce.number().int() }),
    permission: 'live:manage',
  },
  async ({ groupId, capacity, minParticipants }, { user, locale }) => {
    await changeGroupCapacity(user, groupId, { capacity, minParticipants });
    return done(groupId, messages(locale).livePanel.group.capacitySaved);
  },
);
