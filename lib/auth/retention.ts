// Deleting sign-in records past their period (the retention table, lib/retention/rules/table.ts):
// password-reset and unlock links a day after use or expiry, failed-login counters a day after
// they lapse. One function per record type, so the daily `retention.run` counts each.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { retentionCutoffs } from '@/lib/legal/rules/retention';

const usedOrExpired = (cut: Date) => ({ OR: [{ usedAt: { lt: cut } }, { expiresAt: { lt: cut } }] });

export async function purgePasswordResetTokens(now = currentTime()): Promise<number> {
  const cut = retentionCutoffs(now).passwordReset;
  return (await db().passwordResetToken.deleteMany({ where: usedOrExpired(cut) })).count;
}

/** Unlock links (lib/auth/unlock.ts) are kept like reset links. */
export async function purgeUnlockTokens(now = currentTime()): Promise<number> {
  const cut = retentionCutoffs(now).passwordReset;
  return (await db().accountUnlockToken.deleteMany({ where: usedOrExpired(cut) })).count;
}

export async function purgeLoginThrottles(now = currentTime()): Promise<number> {
  const cut = retentionCutoffs(now).loginThrottle;
  const gone = await db().loginThrottle.deleteMany({
    where: { windowStart: { lt: cut }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: cut } }] },
  });
  return gone.count;
}

export async function purgeAuthRecords(now = currentTime()) {
  return {
    passwordResetTokens: await purgePasswordResetTokens(now),
    accountUnlockTokens: await purgeUnlockTokens(now),
    loginThrottles: await purgeLoginThrottles(now),
  };
}
