// Accounts: registration, password reset through a one-time e-mailed link, password change.
import { currentTime } from '@/lib/clock/clock';
import { createHash, randomBytes } from 'node:crypto';
import { absoluteUrl } from '@/lib/url';
import { db } from '@/lib/db/client';
import { queueEmail, queueEmailOnce } from '@/lib/mail/outbox';
import type { Tx } from '@/lib/db/client';
import type { TemplateName, TemplateProps } from '@/emails';
import type { Role } from '@/lib/db/generated/enums';
import { dispatchEmails } from '@/lib/jobs/queues';
import { isUniqueViolation, UserError } from '@/lib/errors';
import { hashPassword, verifyPassword } from './password';
import { clearFailures } from './rate-limit';
import { revokeSessions } from './sessions';

import { termsVersionInForce } from './terms';
const RESET_TTL_MS = 60 * 60_000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type NewAccount = {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  roles: Role[];
  phone?: string | null;
  country?: string;
  /** The language the person registered in: kept on the profile, so what is sent to them follows it. */
  locale?: string;
};
type WelcomeMail = { [N in TemplateName]: { template: N; props: TemplateProps<N> } }[TemplateName];

/**
 * Registration of any kind of self-service account: the user (terms accepted now) and their
 * welcome e-mail in one transaction; a taken e-mail is a message beside the field.
 */
export async function createAccount(
  input: NewAccount,
  welcome: WelcomeMail,
): Promise<{ id: string; email: string | null }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const { user, mailId } = await db().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          passwordHash,
          phone: input.phone ?? null,
          country: input.country ?? null,
          roles: input.roles,
          locale: input.locale ?? null,
          termsVersion: termsVersionInForce(),
          termsAcceptedAt: currentTime(),
        },
        select: { id: true, email: true },
      });
      const mailId = await queueEmail(tx, input.email, welcome.template, welcome.props as never, input.locale);
      return { user, mailId };
    });
    await dispatchEmails([mailId]);
    return user;
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new UserError('auth.emailTaken', { email: 'auth.emailTaken' });
    }
    throw e;
  }
}

export function registerUser(input: {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  locale?: string;
}) {
  return createAccount(
    { ...input, roles: ['LEARNER'] },
    { template: 'welcome', props: { firstName: input.firstName, link: absoluteUrl() } },
  );
}

/** Always behaves the same whether or not the address has an account (no enumeration). */
export async function requestPasswordReset(email: string, now = currentTime()): Promise<void> {
  // An account waiting for its first payment (razem B3–B4) gets its link when the contract comes
  // into force, not from "forgot password": it answers like an unknown address.
  const user = await db().user.findFirst({
    where: { email, activationPendingAt: null },
    select: { id: true, firstName: true, email: true },
  });
  if (!user?.email) return;
  const mailId = await db().$transaction(async (tx) => {
    const link = await createPasswordLink(tx, user.id, now);
    return queueEmail(tx, user.email!, 'password-reset', { firstName: user.firstName, link });
  });
  await dispatchEmails([mailId]);
}

/**
 * A one-time link to /haslo/nowe that sets the person's password (the reset flow below claims it).
 * Also what staff send from the user page, and a new staff member's invitation (a longer `ttlMs`).
 */
export async function createPasswordLink(tx: Tx, userId: string, now: Date, ttlMs = RESET_TTL_MS): Promise<string> {
  const { tokenHash, link } = newPasswordToken();
  await tx.passwordResetToken.create({
    data: { userId, tokenHash, expiresAt: new Date(now.getTime() + ttlMs) },
  });
  return link;
}

/**
 * A fresh set-password token: its hash for the PasswordResetToken row and the link for the
 * e-mail. For callers writing the row in plain SQL (an account activated by a payment, B4).
 */
export function newPasswordToken(): { tokenHash: string; link: string } {
  const token = randomBytes(32).toString('base64url');
  return { tokenHash: sha256(token), link: absoluteUrl(`/haslo/nowe/${token}`) };
}

export async function isResetTokenUsable(token: string, now = currentTime()): Promise<boolean> {
  const row = await db().passwordResetToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { usedAt: true, expiresAt: true },
  });
  return !!row && !row.usedAt && row.expiresAt > now;
}

export async function resetPassword(token: string, password: string, now = currentTime()): Promise<void> {
  const passwordHash = await hashPassword(password);
  const { userId, mailId } = await db().$transaction(async (tx) => {
    // Claiming the token and setting the password happen together, and only once.
    const claimed = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash: sha256(token), usedAt: null, expiresAt: { gt: now }, user: { activationPendingAt: null } },
      data: { usedAt: now },
      select: { userId: true },
    });
    if (claimed.length !== 1) throw new UserError('auth.tokenInvalid');
    const { userId } = claimed[0];
    const mailId = await setPassword(tx, userId, { passwordHash }, now);
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    return { userId, mailId };
  });
  await dispatchEmails(mailId ? [mailId] : []);
  await clearFailures('account', userId);
}

/** The account page's change: every other session ends, the device that made the change (`keepSession`) stays. */
export async function changePassword(
  userId: string,
  current: string,
  password: string,
  keepSession: string | null = null,
  now = currentTime(),
) {
  const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    throw new UserError('auth.currentWrong', { current: 'auth.currentWrong' });
  }
  const passwordHash = await hashPassword(password);
  const mailId = await db().$transaction((tx) => setPassword(tx, userId, { passwordHash }, now, keepSession));
  await dispatchEmails(mailId ? [mailId] : []);
}

/**
 * Every way a person's password changes (reset link, account page, first login) goes through
 * here: the new hash, every session ended except `keepSession` (lib/auth/sessions), and the
 * "password changed" e-mail in the same transaction — once per change (keyed by the bumped
 * sessionVersion counter), never with the password in it, and only to an account that has an
 * address. Returns the e-mail's id.
 */
export async function setPassword(
  tx: Tx,
  userId: string,
  data: { passwordHash: string; passwordIssued?: boolean },
  now = currentTime(),
  keepSession: string | null = null,
): Promise<string | null> {
  const u = await tx.user.update({
    where: { id: userId },
    data: { ...data, sessionVersion: { increment: 1 } },
    select: { email: true, firstName: true, sessionVersion: true },
  });
  await revokeSessions(tx, userId, { keep: keepSession }, now);
  if (!u.email) return null;
  return queueEmailOnce(tx, `password-changed:${userId}:${u.sessionVersion}`, u.email, 'password-changed', {
    firstName: u.firstName,
    changedAt: now.toISOString(), // formatted in the recipient's language when rendered
    resetLink: absoluteUrl('/haslo/reset'),
  });
}
