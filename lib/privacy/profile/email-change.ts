// Changing one's e-mail address: a link to the NEW address confirms it (so nobody can move an
// account to an address they do not read), the old address is told, and until the link is used
// the old address stays the login. The token exists only in the e-mail (sha256 stored), expires,
// and is used once; an address already taken is refused with the reason.
import { createHash, randomBytes } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { isUniqueViolation, NotFoundError, UserError } from '@/lib/errors';
import { dispatchEmails } from '@/lib/jobs/queues';
import { queueEmail } from '@/lib/mail/outbox';
import { absoluteUrl } from '@/lib/url';

export const EMAIL_CHANGE_TTL_MS = 24 * 3600_000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Sends the confirmation link to `newEmail` and a notice to the current address. */
export async function requestEmailChange(userId: string, newEmail: string, now = currentTime()): Promise<void> {
  const email = newEmail.trim().toLowerCase();
  const user = await db().user.findFirst({
    where: { id: userId, deletedAt: null },
    select: { email: true, firstName: true, roles: true, locale: true },
  });
  if (!user) throw new NotFoundError('user');
  // A child's account has no address of its own: the parent gets its messages.
  if (user.roles.includes('CHILD')) throw new UserError('privacy.email.childNote');
  if (user.email === email) throw new UserError('privacy.email.same', { email: 'privacy.email.same' });
  const taken = await db().user.count({ where: { email, id: { not: userId } } });
  if (taken) throw new UserError('privacy.email.taken', { email: 'privacy.email.taken' });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_TTL_MS);
  const mailIds = await db().$transaction(async (tx) => {
    // A newer request replaces an older one: only the last link works.
    await tx.emailChangeToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await tx.emailChangeToken.create({ data: { userId, newEmail: email, tokenHash: sha256(token), expiresAt } });
    const ids = [
      // The new address has no account yet: the owner's language is given.
      await queueEmail(
        tx,
        email,
        'email-change-confirm',
        { firstName: user.firstName, link: absoluteUrl(`/konto/email/${token}`), validUntil: expiresAt.toISOString() },
        user.locale ?? 'pl',
      ),
    ];
    if (user.email)
      ids.push(
        await queueEmail(tx, user.email, 'email-change-notice', {
          firstName: user.firstName,
          newEmail: email,
          requestedAt: now.toISOString(),
          accountLink: absoluteUrl('/konto'),
        }),
      );
    return ids;
  });
  await dispatchEmails(mailIds);
}

export type EmailChangeOutcome = { ok: true; email: string } | { ok: false; reason: 'invalid' | 'taken' };

/**
 * The link from the e-mail: claims the token (once, before it expires) and moves the address in
 * the same transaction. A link that is used, expired or unknown answers 'invalid'; an address
 * someone took meanwhile answers 'taken' and the token stays unused.
 */
export async function confirmEmailChange(token: string, now = currentTime()): Promise<EmailChangeOutcome> {
  try {
    return await db().$transaction(async (tx) => {
      const claimed = await tx.emailChangeToken.updateManyAndReturn({
        where: { tokenHash: sha256(token), usedAt: null, expiresAt: { gt: now }, user: { deletedAt: null } },
        data: { usedAt: now },
        select: { userId: true, newEmail: true },
      });
      if (claimed.length !== 1) return { ok: false, reason: 'invalid' } as const;
      const { userId, newEmail } = claimed[0]!;
      await tx.user.update({ where: { id: userId }, data: { email: newEmail } });
      // Reset links went to the old address: they stop working with it.
      await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
      return { ok: true, email: newEmail } as const;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, reason: 'taken' };
    throw e;
  }
}
