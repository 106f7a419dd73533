// Invitations and reminders by e-mail: a one-time link to set a password, never a password. Each
// send is one transaction (link + outbox row); a resent confirmation form or a second reminder the
// same day finds its outbox key taken and sends nothing.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { warsawDateKey } from '@/lib/format/time';
import { NotFoundError, UserError } from '@/lib/errors';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import type { Viewer } from '@/lib/groups/group-access';
import { createInvitation } from './invitations';
import { managedGroup, participantIn } from './participant-of';

export type SendOutcome = 'sent' | 'already';

/**
 * "Wyślij dane uczestnikowi": an invitation to the address from their row. `key` is drawn when the
 * confirmation is shown, so the same confirmation sent twice is one e-mail.
 */
export async function sendInvitation(
  viewer: Viewer,
  groupId: string,
  participantId: string,
  key: string,
  now = currentTime(),
): Promise<SendOutcome> {
  const group = await managedGroup(viewer, groupId);
  if (!group) throw new NotFoundError();
  const mailId = await db()
    .$transaction(async (tx) => {
      const p = await participantIn(tx, groupId, participantId);
      if (!p) throw new NotFoundError();
      if (p.deactivatedAt) throw new UserError('people.participantDeactivated');
      if (!p.user.email) throw new UserError('groups.participantHasNoEmail');
      const invitation = await createInvitation(tx, { userId: p.userId, groupId, now });
      const id = await queueEmailOnce(tx, `group-invitation:${p.id}:${key}`, p.user.email, 'group-invitation', {
        firstName: p.user.firstName,
        courseTitle: group.course.title,
        companyName: group.companyName,
        login: p.user.login ?? p.user.email,
        link: invitation.link,
        validUntil: invitation.expiresAt.toISOString(),
      });
      if (!id) throw new AlreadySent();
      await tx.groupParticipant.update({ where: { id: p.id }, data: { credentialsSentAt: now } });
      return id;
    })
    .catch(already);
  if (!mailId) return 'already';
  await dispatchEmails([mailId]);
  return 'sent';
}

export type BulkOutcome = { sent: number; skipped: number };

/**
 * One e-mail to each active participant with an address who has not logged in yet: invitations
 * for those never invited (`invite`), reminders for those invited already (`remind`, at most one a
 * Warsaw day per person). Each carries a fresh link; earlier links keep working until they expire.
 */
export async function emailNotLoggedIn(
  viewer: Viewer,
  groupId: string,
  kind: 'invite' | 'remind',
  key: string,
  now = currentTime(),
): Promise<BulkOutcome> {
  const group = await managedGroup(viewer, groupId);
  if (!group) throw new NotFoundError();
  const day = warsawDateKey(now);
  const ids = await db().$transaction(
    async (tx) => {
      const people = await tx.groupParticipant.findMany({
        where: {
          groupId,
          deactivatedAt: null,
          credentialsSentAt: kind === 'invite' ? null : { not: null },
          user: { lastLoginAt: null, email: { not: null } },
        },
        orderBy: [{ createdAt: 'asc' }, { rowNumber: 'asc' }],
        select: { id: true, userId: true, user: { select: { firstName: true, login: true, email: true } } },
      });
      const sent: string[] = [];
      for (const p of people) {
        const invitation = await createInvitation(tx, { userId: p.userId, groupId, now });
        const onceKey = kind === 'invite' ? `group-invitation:${p.id}:${key}` : `group-reminder:${p.id}:${day}`;
        const props = {
          firstName: p.user.firstName,
          courseTitle: group.course.title,
          companyName: group.companyName,
          login: p.user.login ?? p.user.email!,
          link: invitation.link,
          validUntil: invitation.expiresAt.toISOString(),
        };
        const id =
          kind === 'invite'
            ? await queueEmailOnce(tx, onceKey, p.user.email!, 'group-invitation', props)
            : await queueEmailOnce(tx, onceKey, p.user.email!, 'group-reminder', props);
        if (!id) {
          // Already e-mailed for this key: the link just made is never sent, so it goes too.
          await tx.accountInvitation.deleteMany({ where: { userId: p.userId, createdAt: now, usedAt: null } });
          continue;
        }
        sent.push(id);
        await tx.groupParticipant.update({
          where: { id: p.id },
          data: kind === 'invite' ? { credentialsSentAt: now } : { remindedAt: now },
        });
      }
      return { sent, skipped: people.length - sent.length };
    },
    { timeout: 60_000 },
  );
  await dispatchEmails(ids.sent);
  return { sent: ids.sent.length, skipped: ids.skipped };
}

class AlreadySent extends Error {}

function already(e: unknown): null {
  if (e instanceof AlreadySent) return null;
  throw e;
}
