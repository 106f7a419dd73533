// A parent's account opened inside a purchase (Matplaneta Live, a centre enrolment): the person,
// role PARENT, the terms in force accepted now, and a one-time link to set the password e-mailed
// from the outbox (never a password in an e-mail). The caller's transaction holds it all, so a
// refused purchase leaves no account behind.
import type { Tx } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/errors';
import { termsVersionInForce } from '@/lib/auth/terms';
import { createPasswordLink } from '@/lib/auth/accounts';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { SET_PASSWORD_DAYS } from '@/lib/billing/contracts/activate-account';

export type NewParent = { firstName: string; lastName: string; email: string; phone?: string | null };

/** What the welcome e-mail says the account was opened for (emails/parent-account.tsx). */
export type OpenedFor = { kind: 'live-maths' } | { kind: 'centre'; group: string };

/** The account's id and the welcome e-mail's, or null when the e-mail already has an account. */
export async function openParentAccount(
  tx: Tx,
  person: NewParent,
  passwordHash: string,
  openedFor: OpenedFor,
  now: Date,
): Promise<{ id: string; emailId: string | null } | null> {
  const email = person.email.trim().toLowerCase();
  if (await tx.user.findFirst({ where: { email }, select: { id: true } })) return null;
  const firstName = person.firstName.trim();
  let id: string;
  try {
    ({ id } = await tx.user.create({
      data: {
        firstName,
        lastName: person.lastName.trim(),
        email,
        phone: person.phone?.trim() || null,
        passwordHash,
        roles: ['PARENT'],
        termsVersion: termsVersionInForce(now),
        termsAcceptedAt: now,
      },
      select: { id: true },
    }));
  } catch (e) {
    if (isUniqueViolation(e)) return null; // the same e-mail committed by someone else a moment ago
    throw e;
  }
  const link = await createPasswordLink(tx, id, now, SET_PASSWORD_DAYS * 86_400_000);
  const props = { firstName, login: email, link, validDays: SET_PASSWORD_DAYS };
  const emailId =
    openedFor.kind === 'centre'
      ? await queueEmailOnce(tx, `centre-welcome:${id}`, email, 'centre-welcome', { ...props, group: openedFor.group })
      : await queueEmailOnce(tx, `live-maths-welcome:${id}`, email, 'live-maths-welcome', props);
  return { id, emailId };
}
