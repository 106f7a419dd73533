// One-time invitation links: a participant (or a new group admin) sets their own password, so no
// password ever travels by e-mail. The token exists only in the link; the database keeps its sha256.
import { createHash, randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { absoluteUrl } from '@/lib/url';
import { UserError } from '@/lib/errors';
import { hashPassword } from '@/lib/auth/password';
import { setPassword } from '@/lib/auth/accounts';
import { dispatchEmails } from '@/lib/jobs/queues';

/** Long enough to reach people through HR's paper slips, short enough that a lost slip goes stale. */
export const INVITATION_DAYS = 14;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const invitationUrl = (token: string) => absoluteUrl(`/zaproszenie/${token}`);

export type NewInvitation = { token: string; link: string; expiresAt: Date };

/** Writes one new link for the person; `revokeOld` ends every earlier unused link (a reset). */
export async function createInvitation(
  tx: Tx,
  at: { userId: string; groupId: string; now: Date; revokeOld?: boolean },
): Promise<NewInvitation> {
  if (at.revokeOld) await revokeInvitations(tx, at.userId, at.now);
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(at.now.getTime() + INVITATION_DAYS * 86_400_000);
  await tx.accountInvitation.create({
    data: { userId: at.userId, groupId: at.groupId, tokenHash: sha256(token), expiresAt, createdAt: at.now },
  });
  return { token, link: invitationUrl(token), expiresAt };
}

/** Many links at once (printing slips for a whole list): one INSERT. */
export async function createInvitations(
  tx: Tx,
  groupId: string,
  userIds: readonly string[],
  now: Date,
): Promise<Map<string, NewInvitation>> {
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const tokens = userIds.map(() => randomBytes(24).toString('base64url'));
  await tx.accountInvitation.createMany({
    data: userIds.map((userId, i) => ({ userId, groupId, tokenHash: sha256(tokens[i]), expiresAt, createdAt: now })),
  });
  return new Map(userIds.map((id, i) => [id, { token: tokens[i], link: invitationUrl(tokens[i]), expiresAt }]));
}

export async function revokeInvitations(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx.accountInvitation.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}

export type InvitationView = {
  firstName: string;
  login: string | null;
  email: string | null;
  companyName: string;
  courseTitle: string;
};

/** What the invitation page shows, or null for an unknown, used, expired or deactivated link. */
export async function openInvitation(token: string, now = currentTime()): Promise<InvitationView | null> {
  const row = await db().accountInvitation.findFirst({
    where: { tokenHash: sha256(token), usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
    select: {
      user: { select: { firstName: true, login: true, email: true } },
      group: { select: { companyName: true, course: { select: { title: true } } } },
    },
  });
  if (!row) return null;
  return { ...row.user, companyName: row.group.companyName, courseTitle: row.group.course.title };
}

/**
 * Sets the person's own password and uses the link up, once: the claim and the password are one
 * transaction; every other link of theirs dies with it, and the sealed copy the admins could
 * download is destroyed. Returns what the form signs in with and where it goes next.
 */
export async function acceptInvitation(
  token: string,
  password: string,
  now = currentTime(),
): Promise<{ identifier: string; next: string }> {
  const passwordHash = await hashPassword(password);
  const { result, mailId } = await db().$transaction(async (tx) => {
    const claimed = await tx.accountInvitation.updateManyAndReturn({
      where: { tokenHash: sha256(token), usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
      data: { usedAt: now },
      select: { userId: true, groupId: true, user: { select: { login: true, email: true } } },
    });
    if (claimed.length !== 1) throw new UserError('people.invitationInvalid');
    const { userId, groupId, user } = claimed[0];
    const mailId = await setPassword(tx, userId, { passwordHash, passwordIssued: false }, now);
    await revokeInvitations(tx, userId, now);
    const memberships = await tx.groupParticipant.updateMany({ where: { userId }, data: { sealedPassword: null } });
    const next = memberships.count > 0 ? '/moje-kursy' : `/grupy/${groupId}`;
    return { result: { identifier: user.login ?? user.email ?? '', next }, mailId };
  });
  await dispatchEmails(mailId ? [mailId] : []);
  return result;
}
