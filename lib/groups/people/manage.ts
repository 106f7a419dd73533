// What a group admin changes about one participant during the two months: the name (a corrected
// certificate replaces an issued one), removal of someone who never logged in (the seat comes
// back), deactivation of someone who did (the seat stays used), and a password reset. Each is one
// transaction under the person's row lock, and repeating it changes nothing more.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import { hashPassword } from '@/lib/auth/password';
import { revokeSessions } from '@/lib/auth/sessions';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { reissueCertificate } from '@/lib/certificates/issue';
import { generatePassword } from '@/lib/groups/accounts/passwords';
import { sealPassword } from '@/lib/groups/accounts/credential-seal';
import type { Viewer } from '@/lib/groups/group-access';
import { createInvitation, revokeInvitations } from './invitations';
import { lockUser, managedGroup, participantIn } from './participant-of';

async function groupOrNotFound(viewer: Viewer, groupId: string) {
  const group = await managedGroup(viewer, groupId);
  if (!group) throw new NotFoundError();
  return group;
}

export type RenameOutcome = { changed: boolean; reissued: string | null };

/** A corrected name; an issued certificate is re-issued under a new number, the old one verifies as replaced. */
export async function renameParticipant(
  viewer: Viewer,
  groupId: string,
  participantId: string,
  name: { firstName: string; lastName: string },
  now = currentTime(),
): Promise<RenameOutcome> {
  const group = await groupOrNotFound(viewer, groupId);
  return db().$transaction(async (tx) => {
    const p = await participantIn(tx, groupId, participantId);
    if (!p) throw new NotFoundError();
    await lockUser(tx, p.userId);
    if (p.user.firstName === name.firstName && p.user.lastName === name.lastName) {
      return { changed: false, reissued: null };
    }
    await tx.user.update({ where: { id: p.userId }, data: name });
    const enrolment = await tx.enrolment.findFirst({
      where: { userId: p.userId, courseId: group.course.id },
      select: { id: true },
    });
    const reissued = enrolment
      ? await reissueCertificate(tx, enrolment.id, `${name.firstName} ${name.lastName}`.trim(), now)
      : null;
    return { changed: true, reissued };
  });
}

export type RemoveOutcome = 'removed' | 'already';

/** Someone who never logged in leaves the group and their seat is free again; exactly one seat per person. */
export async function removeParticipant(
  viewer: Viewer,
  groupId: string,
  participantId: string,
): Promise<RemoveOutcome> {
  await groupOrNotFound(viewer, groupId);
  return db().$transaction(async (tx) => {
    const p = await participantIn(tx, groupId, participantId);
    if (!p) return 'already';
    const locked = await lockUser(tx, p.userId);
    if (locked?.lastLoginAt) throw new UserError('people.removeLoggedIn');
    // The claim: of two concurrent removals only one deletes the row, and only that one frees a seat.
    const gone = await tx.groupParticipant.deleteMany({ where: { id: p.id } });
    if (gone.count === 0) return 'already';
    const others = await tx.groupParticipant.count({ where: { userId: p.userId } });
    const ownAccount = others === 0 && p.user.roles.every((r) => r === 'LEARNER');
    // Accounts made by the list exist only for it: the person goes entirely (enrolment, links with it).
    if (ownAccount) await tx.user.delete({ where: { id: p.userId } });
    else await tx.enrolment.deleteMany({ where: { userId: p.userId, groupId } });
    await tx.$executeRaw`UPDATE "Group" SET "seatsUsed" = "seatsUsed" - 1 WHERE "id" = ${groupId} AND "seatsUsed" > 0`;
    return 'removed';
  });
}

/** Someone who did log in keeps their seat but can no longer log in; their sessions end now. */
export async function deactivateParticipant(
  viewer: Viewer,
  groupId: string,
  participantId: string,
  now = currentTime(),
): Promise<'deactivated' | 'already'> {
  await groupOrNotFound(viewer, groupId);
  return db().$transaction(async (tx) => {
    const p = await participantIn(tx, groupId, participantId);
    if (!p) throw new NotFoundError();
    await lockUser(tx, p.userId);
    if (p.deactivatedAt) return 'already';
    await tx.groupParticipant.update({ where: { id: p.id }, data: { deactivatedAt: now, sealedPassword: null } });
    await tx.user.update({
      where: { id: p.userId },
      data: { disabledAt: now, sessionVersion: { increment: 1 } },
    });
    await revokeSessions(tx, p.userId, {}, now);
    await tx.enrolment.updateMany({ where: { userId: p.userId, groupId }, data: { status: 'REVOKED' } });
    await revokeInvitations(tx, p.userId, now);
    return 'deactivated';
  });
}

export type ResetOutcome = { emailed: boolean };

/**
 * A forgotten or leaked password: a new generated one (sealed, for the credentials file), every
 * session and every earlier link ended, and a new invitation — e-mailed when the row had an
 * address (keyed by `key`, drawn with the confirmation), else printed on the person's slip.
 */
export async function resetParticipantPassword(
  viewer: Viewer,
  groupId: string,
  participantId: string,
  key: string,
  now = currentTime(),
): Promise<ResetOutcome> {
  const group = await groupOrNotFound(viewer, groupId);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const mailId = await db().$transaction(async (tx) => {
    const p = await participantIn(tx, groupId, participantId);
    if (!p) throw new NotFoundError();
    if (p.deactivatedAt) throw new UserError('people.participantDeactivated');
    await lockUser(tx, p.userId);
    const email = p.user.email;
    // A resent confirmation finds its key taken: the reset it confirmed happened already.
    const taken = await tx.emailMessage.count({ where: { onceKey: `group-reset:${p.id}:${key}` } });
    if (taken > 0) return null;
    await tx.user.update({
      where: { id: p.userId },
      data: { passwordHash, passwordIssued: true, sessionVersion: { increment: 1 } },
    });
    await revokeSessions(tx, p.userId, {}, now);
    await tx.groupParticipant.update({ where: { id: p.id }, data: { sealedPassword: sealPassword(password) } });
    const invitation = await createInvitation(tx, { userId: p.userId, groupId, now, revokeOld: true });
    if (!email) return null;
    await tx.groupParticipant.update({ where: { id: p.id }, data: { credentialsSentAt: now } });
    return queueEmailOnce(tx, `group-reset:${p.id}:${key}`, email, 'group-invitation', {
      firstName: p.user.firstName,
      courseTitle: group.course.title,
      companyName: group.companyName,
      login: p.user.login ?? email,
      link: invitation.link,
      validUntil: invitation.expiresAt.toISOString(),
    });
  });
  if (mailId) await dispatchEmails([mailId]);
  return { emailed: !!mailId };
}
