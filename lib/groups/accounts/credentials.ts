// The credentials of a group's participants, for the signed-in admins of that group (and staff).
// Passwords come from the sealed copies; a participant who chose their own password has none.
import { db } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import { currentTime } from '@/lib/clock/clock';
import { absoluteUrl } from '@/lib/url';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmail } from '@/lib/mail/outbox';
import { UserError } from '@/lib/errors';
import { unsealPassword } from './credential-seal';
import type { CredentialRow, CredentialsMeta } from './credentials-export';
import { groupFor, type Viewer } from '@/lib/groups/group-access';

export async function groupCredentials(
  viewer: Viewer,
  groupId: string,
  uploadId?: string,
): Promise<{ rows: CredentialRow[]; meta: CredentialsMeta } | null> {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  const participants = await db().groupParticipant.findMany({
    where: { groupId, ...(uploadId ? { uploadId } : {}) },
    orderBy: [{ createdAt: 'asc' }, { rowNumber: 'asc' }],
    select: { sealedPassword: true, user: { select: { firstName: true, lastName: true, login: true, email: true } } },
  });
  const rows = participants.map((p) => ({
    firstName: p.user.firstName,
    lastName: p.user.lastName,
    login: p.user.login ?? '',
    email: p.user.email,
    password: p.sealedPassword ? unsealPassword(p.sealedPassword) : messages().groups.passwordChosenByParticipant,
  }));
  return {
    rows,
    meta: {
      companyName: group.companyName,
      courseTitle: group.course.title,
      generatedAt: currentTime(),
      loginUrl: absoluteUrl('/logowanie'),
    },
  };
}

/** Sends one participant their own login and password, to the address from their row. */
export async function sendOwnCredentials(viewer: Viewer, groupId: string, participantId: string): Promise<boolean> {
  const group = await groupFor(viewer, groupId);
  if (!group) return false;
  const p = await db().groupParticipant.findFirst({
    where: { id: participantId, groupId },
    select: { id: true, sealedPassword: true, user: { select: { firstName: true, login: true, email: true } } },
  });
  if (!p) return false;
  if (!p.user.email) throw new UserError('groups.participantHasNoEmail');
  if (!p.sealedPassword) throw new UserError('groups.participantChosePassword');
  const password = unsealPassword(p.sealedPassword);
  const id = await db().$transaction(async (tx) => {
    await tx.groupParticipant.update({ where: { id: p.id }, data: { credentialsSentAt: currentTime() } });
    return queueEmail(tx, p.user.email!, 'group-participant-credentials', {
      firstName: p.user.firstName,
      courseTitle: group.course.title,
      companyName: group.companyName,
      login: p.user.login ?? '',
      password,
      link: absoluteUrl('/logowanie'),
    });
  });
  await dispatchEmails([id]);
  return true;
}
