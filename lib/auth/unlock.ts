// The lock after the hard per-account limit: one e-mail to the owner per lock, with a one-time link
// that lifts it (the lock also ends by itself after a day, LIMITS.account).
import { createHash, randomBytes } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { absoluteUrl } from '@/lib/url';
import { clearAccountFailures, LIMITS } from './rate-limit';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Called by the failure that locked the account: writes the token and queues the e-mail, once. */
export async function sendUnlockLink(userId: string, now = currentTime()): Promise<void> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, firstName: true } });
  if (!user?.email) return; // a login-only participant: the lock ends by itself, their admin can help
  const token = randomBytes(32).toString('base64url');
  const mailId = await db().$transaction(async (tx) => {
    await tx.accountUnlockToken.create({
      data: { userId, tokenHash: sha256(token), expiresAt: new Date(now.getTime() + LIMITS.account.maxMs) },
    });
    return queueEmailOnce(tx, `account-unlock:${userId}:${now.getTime()}`, user.email!, 'account-unlock', {
      firstName: user.firstName,
      link: absoluteUrl(`/odblokuj/${token}`),
    });
  });
  await dispatchEmails(mailId ? [mailId] : []);
}

export async function isUnlockTokenUsable(token: string, now = currentTime()): Promise<boolean> {
  const row = await db().accountUnlockToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { usedAt: true, expiresAt: true },
  });
  return !!row && !row.usedAt && row.expiresAt > now;
}

/** Claims the token (once) and lifts the lock and the account's per-address delays with it. */
export async function unlockAccount(token: string, now = currentTime()): Promise<void> {
  await db().$transaction(async (tx) => {
    const claimed = await tx.accountUnlockToken.updateManyAndReturn({
      where: { tokenHash: sha256(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
      select: { userId: true },
    });
    if (claimed.length !== 1) throw new UserError('auth.unlockInvalid');
    const { userId } = claimed[0];
    await tx.accountUnlockToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await clearAccountFailures(userId, tx);
  });
}
