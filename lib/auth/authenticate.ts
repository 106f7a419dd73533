// Checks a login attempt: e-mail or login name plus password, within the failed-login limits.
// Known and unknown logins take the same path (same counters, an argon2 check each time), so
// neither the answer nor its timing tells which accounts exist.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { burnPasswordCheck, verifyPassword } from './password';
import { clearPairFailures, LIMITS, recordFailure, throttleKeys, throttleState } from './rate-limit';
import { sendUnlockLink } from './unlock';

export type AuthResult =
  | { ok: true; user: { id: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; until: Date }
  | { ok: false; reason: 'blocked' };

export async function authenticate(
  identifier: string,
  password: string,
  ip: string,
  now = currentTime(),
): Promise<AuthResult> {
  const id = identifier.trim().toLowerCase();
  const user = await db().user.findFirst({
    // A participant deactivated by their group's admin, or an account blocked by staff
    // (lib/staff/account-actions.ts), cannot log in: they answer like an unknown account. So does
    // an account waiting for its contract's first payment (razem B3–B4: no password yet).
    where: {
      ...(id.includes('@') ? { email: id } : { login: id }),
      disabledAt: null,
      blockedAt: null,
      activationPendingAt: null,
    },
    select: { id: true, passwordHash: true, sessionVersion: true },
  });
  const keys = throttleKeys(id, user?.id ?? null, ip);
  const state = await throttleState(keys, now);
  if (state.blocked) return { ok: false, reason: 'blocked' };
  if (state.delayedUntil) return { ok: false, reason: 'locked', until: state.delayedUntil };

  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !valid) {
    const accountFailures = await recordFailure(keys, now);
    // Exactly one failure sees the count reach the limit (the upsert is atomic): one e-mail per lock.
    if (user && accountFailures === LIMITS.account.free) await sendUnlockLink(user.id, now);
    return accountFailures >= LIMITS.account.free ? { ok: false, reason: 'blocked' } : { ok: false, reason: 'invalid' };
  }
  await clearPairFailures(keys);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: now }, select: { id: true } });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
