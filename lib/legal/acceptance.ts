// Accepting a newer terms version after login: the banner's model (what to accept, from when)
// and the acceptance itself, which records the version and the moment on the account.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { needsTermsAcceptance } from '@/lib/auth/terms';
import { currentVersion, latestVersion } from './registry';
import { legalDay } from './pages';

export type TermsBanner = { version: string; effectiveFrom: string; inForce: boolean };

/**
 * What the banner asks `userId` to accept, or null. A child's account never: the parent who
 * made the contract accepts for it.
 */
export async function termsBannerFor(
  userId: string,
  now = currentTime(),
  locale?: string,
): Promise<TermsBanner | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { termsVersion: true, roles: true } });
  if (!user || user.roles.includes('CHILD') || !needsTermsAcceptance(user.termsVersion)) return null;
  const latest = latestVersion('terms');
  return {
    version: latest.version,
    effectiveFrom: legalDay(latest.effectiveFrom, locale),
    inForce: latest.version === currentVersion('terms', now).version,
  };
}

/**
 * Records that `userId` accepted `version` at `now`. Only the newest published version can be
 * accepted (the one the banner showed); accepting it twice keeps the first moment, and an
 * account never goes back to an older version.
 */
export async function acceptTerms(userId: string, version: string, now = currentTime()): Promise<void> {
  if (version !== latestVersion('terms').version) throw new UserError('support.termsBanner.unknownVersion');
  await db().user.updateMany({
    where: { id: userId, OR: [{ termsVersion: null }, { termsVersion: { not: version } }] },
    data: { termsVersion: version, termsAcceptedAt: now },
  });
}
