// Correction of one's own data (art. 16 RODO) from /konto: name and phone. A CHILD's name is the
// parent's to change (lib/privacy/family/children.ts), so a child account changes only what it may.
// A corrected name re-issues the person's own certificates (lib/certificates/issue.ts).
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { reissueOwnCertificates } from '@/lib/certificates/issue';
import { NotFoundError } from '@/lib/errors';

export type ProfileInput = { firstName: string; lastName: string; phone: string };

export type OwnProfile = {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  login: string | null;
  isChild: boolean;
  /** The address waiting for confirmation, if a change was asked for and not yet confirmed. */
  pendingEmail: string | null;
};

export async function ownProfile(userId: string, now: Date): Promise<OwnProfile> {
  const u = await db().user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      login: true,
      roles: true,
      emailChangeTokens: {
        where: { usedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { newEmail: true },
      },
    },
  });
  if (!u) throw new NotFoundError('user');
  return {
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    phone: u.phone,
    login: u.login,
    isChild: u.roles.includes('CHILD'),
    pendingEmail: u.emailChangeTokens[0]?.newEmail ?? null,
  };
}

/** Saves the person's own name and phone (an empty phone clears it). A child keeps the parent's name for it. */
export async function updateProfile(userId: string, input: ProfileInput, now = currentTime()): Promise<void> {
  const u = await db().user.findFirst({ where: { id: userId, deletedAt: null }, select: { roles: true } });
  if (!u) throw new NotFoundError('user');
  const phone = input.phone.trim() || null;
  if (u.roles.includes('CHILD')) {
    await db().user.update({ where: { id: userId }, data: { phone } });
    return;
  }
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { firstName: input.firstName, lastName: input.lastName, phone },
    });
    await reissueOwnCertificates(tx, userId, `${input.firstName} ${input.lastName}`.trim(), now);
  });
}
