// Deleting sign-in records past their period (privacy policy, lib/legal/rules/retention.ts):
// password-reset links a day after use or expiry, failed-login counters a day after they lapse.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { retentionCutoffs } from '@/lib/legal/rules/retention';

export async function purgeAuthRecords(now = currentTime()) {
  const cut = retentionCutoffs(now);
  const tokens = await db().passwordResetToken.deleteMany({
    where: { OR: [{ usedAt: { lt: cut.passwordReset } }, { expiresAt: { lt: cut.passwordReset } }] },
  });
  // Unlock links (lib/auth/unlock.ts) are kept like reset links.
  const unlockTokens = await db().accountUnlockToken.deleteMany({
    where: { OR: [{ usedAt: { lt: cut.passwordReset } }, { expiresAt: { lt: cut.passwordReset } }] },
  });
  const throttles = await db().loginThrottle.deleteMany({
    where: {
      windowStart: { lt: cut.loginThrottle },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: cut.loginThrottle } }],
    },
  });
  return {
    passwordResetTokens: tokens.count,
    accountUnlockTokens: unlockTokens.count,
    loginThrottles: throttles.count,
  };
}
