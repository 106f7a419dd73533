// Checks a login attempt: e-mail or login name plus password, within the failed-login limits.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { burnPasswordCheck, verifyPassword } from './password';
import { clearFailures, lockedUntil, recordFailure } from './rate-limit';

export type AuthResult =
  | { ok: true; user: { id: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; until: Date };

export async function authenticate(
  identifier: string,
  password: string,
  ip: string,
  now = currentTime(),
): Promise<AuthResult> {
  const id = identifier.trim().toLowerCase();
  const ipLock = await lockedUntil('ip', ip, now);
  if (ipLock) return { ok: false, reason: 'locked', until: ipLock };

  const user = await db().user.findFirst({
    // A participant deactivated by their group's admin cannot log in: they answer like an unknown account.
    where: { ...(id.includes('@') ? { email: id } : { login: id }), disabledAt: null },
    select: { id: true, passwordHash: true, sessionVersion: true },
  });
  if (!user) {
    await burnPasswordCheck(password);
    await recordFailure('ip', ip, now);
    return { ok: false, reason: 'invalid' };
  }
  const accountLock = await lockedUntil('account', user.id, now);
  if (accountLock) return { ok: false, reason: 'locked', until: accountLock };

  if (!(await verifyPassword(user.passwordHash, password))) {
    await Promise.all([recordFailure('account', user.id, now), recordFailure('ip', ip, now)]);
    return { ok: false, reason: 'invalid' };
  }
  await clearFailures('account', user.id);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: now }, select: { id: true } });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
