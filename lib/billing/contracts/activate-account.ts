// The account of a sign-up without one (the language school's, razem B3–B4) comes alive with its
// contract: on the first booked payment the pending mark is cleared and the payer is e-mailed the
// site's address, their login and a one-time link to set the password (7 days) — never a password.
// Runs inside the payment's transaction (either kind, lib/billing/contracts/conn.ts); safe to repeat.
import { randomUUID } from 'node:crypto';
import { newPasswordToken } from '@/lib/auth/accounts';
import { absoluteUrl } from '@/lib/url';
import { queryOf, type Conn } from './conn';
import { recordEvent } from './events';
import { billingOnceKey, queueBillingEmail } from './mail';

/** How long the set-password link of an activated account works. */
export const SET_PASSWORD_DAYS = 7;

/** Returns the queued e-mail's id (none when the payer had an account already). */
export async function activatePayerAccount(conn: Conn, contractId: string, now: Date): Promise<string[]> {
  const q = queryOf(conn);
  const [u] = await q<{ id: string; email: string | null; login: string | null; firstName: string; number: string }>(
    `UPDATE "User" u SET "activationPendingAt" = NULL, "updatedAt" = $2
       FROM "Contract" k
      WHERE k."id" = $1 AND u."id" = k."payerId" AND u."activationPendingAt" IS NOT NULL
      RETURNING u."id", u."email", u."login", u."firstName", k."number"`,
    [contractId, now],
  );
  if (!u) return [];
  await recordEvent(conn, contractId, 'account-activated', { actorId: null, at: now, detail: { userId: u.id } });
  if (!u.email) return [];
  const { tokenHash, link } = newPasswordToken();
  await q(
    `INSERT INTO "PasswordResetToken" ("id", "userId", "tokenHash", "expiresAt", "createdAt") VALUES ($1, $2, $3, $4, $5)`,
    [randomUUID(), u.id, tokenHash, new Date(now.getTime() + SET_PASSWORD_DAYS * 86_400_000), now],
  );
  const id = await queueBillingEmail(
    conn,
    billingOnceKey(contractId, null, 'account-activated'),
    u.email,
    'language-activated',
    {
      firstName: u.firstName,
      number: u.number,
      login: u.login ?? u.email,
      siteUrl: absoluteUrl(),
      link,
      validDays: SET_PASSWORD_DAYS,
    },
  );
  return id ? [id] : [];
}
