// Failed-login limits per account and per IP address, counted in PostgreSQL so that they hold
// across every app instance. One atomic upsert per failure; no read-modify-write races.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';

export const LIMITS = {
  account: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  ip: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

type Kind = keyof typeof LIMITS;
const key = (kind: Kind, id: string) => `${kind}:${id.toLowerCase()}`;

/** The moment until which this key is locked, or null when a login may be tried. */
export async function lockedUntil(kind: Kind, id: string, now = currentTime()): Promise<Date | null> {
  const row = await db().loginThrottle.findUnique({ where: { key: key(kind, id) }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

export async function recordFailure(kind: Kind, id: string, now = currentTime()): Promise<void> {
  const { maxFailures, windowMs, lockMs } = LIMITS[kind];
  await db().$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key(kind, id)}, 1, ${now}, NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" < ${new Date(now.getTime() - windowMs)}
                        THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${new Date(now.getTime() - windowMs)}
                        THEN ${now} ELSE "LoginThrottle"."windowStart" END,
      "lockedUntil" = CASE WHEN "LoginThrottle"."windowStart" >= ${new Date(now.getTime() - windowMs)}
                             AND "LoginThrottle"."failures" + 1 >= ${maxFailures}
                        THEN ${new Date(now.getTime() + lockMs)} ELSE "LoginThrottle"."lockedUntil" END`;
}

export async function clearFailures(kind: Kind, id: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: key(kind, id) } });
}
