// Failed-login counters in PostgreSQL (they hold across every app instance), one atomic upsert per
// counter and failure. Per (account, IP) and per IP: growing delays, so a stranger elsewhere never
// slows the owner down. Per account from all addresses: a hard lock lifted by the e-mailed link.
import { createHash } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { db, type Tx } from '@/lib/db/client';

type Rule = { free: number; baseMs: number; maxMs: number; windowMs: number };
const MINUTE = 60_000;

/** After `free` failures in the window each further one waits base·2ⁿ (at most max). */
export const LIMITS = {
  pair: { free: 5, baseMs: 30_000, maxMs: 15 * MINUTE, windowMs: 60 * MINUTE },
  // A company's NAT shares one address: more room before the delays start.
  ip: { free: 20, baseMs: 30_000, maxMs: 15 * MINUTE, windowMs: 60 * MINUTE },
  // The hard limit: the 50th failure in an hour locks for a day, or until the owner's link is used.
  account: { free: 50, baseMs: 24 * 60 * MINUTE, maxMs: 24 * 60 * MINUTE, windowMs: 60 * MINUTE },
} as const satisfies Record<string, Rule>;

export type ThrottleKeys = { pair: string; ip: string; account: string };

/** IPv6 clients own whole /64s, so they are counted per /64; IPv4 per address. */
export function ipBucket(ip: string): string {
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/**
 * The counters of one attempt. A known account is counted by its id, an unknown login by a hash of
 * what was typed: both are limited alike, so the answers never tell which logins exist.
 */
export function throttleKeys(identifier: string, userId: string | null, ip: string): ThrottleKeys {
  const subject = userId ? `u:${userId}` : `i:${createHash('sha256').update(identifier).digest('hex').slice(0, 32)}`;
  const bucket = ipBucket(ip);
  return { pair: `pair:${subject}:${bucket}`, ip: `ip:${bucket}`, account: `account:${subject}` };
}

export type ThrottleState = { blocked: boolean; delayedUntil: Date | null };

/** Whether the account is locked, and until when this attempt must wait otherwise. */
export async function throttleState(keys: ThrottleKeys, now = currentTime()): Promise<ThrottleState> {
  const rows = await db().loginThrottle.findMany({
    where: { key: { in: [keys.pair, keys.ip, keys.account] }, lockedUntil: { gt: now } },
    select: { key: true, lockedUntil: true },
  });
  const delays = rows.filter((r) => r.key !== keys.account).map((r) => r.lockedUntil!.getTime());
  return {
    blocked: rows.some((r) => r.key === keys.account),
    delayedUntil: delays.length ? new Date(Math.max(...delays)) : null,
  };
}

async function bump(key: string, rule: Rule, now: Date): Promise<number> {
  const since = new Date(now.getTime() - rule.windowMs);
  const rows = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key}, 1, ${now}::timestamptz,
            CASE WHEN 1 >= ${rule.free}::int THEN ${now}::timestamptz + ${rule.baseMs}::float8 * interval '1 ms' END)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."windowStart" < ${since}::timestamptz THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN t."windowStart" < ${since}::timestamptz THEN ${now}::timestamptz ELSE t."windowStart" END,
      "lockedUntil" = CASE
        WHEN t."windowStart" >= ${since}::timestamptz AND t."failures" + 1 >= ${rule.free}::int
        THEN ${now}::timestamptz + LEAST(${rule.maxMs}::float8,
               ${rule.baseMs}::float8 * power(2, LEAST(t."failures" + 1 - ${rule.free}::int, 30))) * interval '1 ms'
        ELSE t."lockedUntil" END
    RETURNING "failures"`;
  return rows[0].failures;
}

/** Counts one failure everywhere at once; returns the account's count (== LIMITS.account.free: this one locked it). */
export async function recordFailure(keys: ThrottleKeys, now = currentTime()): Promise<number> {
  const [, , account] = await Promise.all([
    bump(keys.pair, LIMITS.pair, now),
    bump(keys.ip, LIMITS.ip, now),
    bump(keys.account, LIMITS.account, now),
  ]);
  return account;
}

/** A right password from this address forgets this address's failures on the account. */
export async function clearPairFailures(keys: ThrottleKeys): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: keys.pair } });
}

/** The owner's unlock link: the account's lock and every per-address delay on it end. */
export async function clearAccountFailures(userId: string, tx: Tx = db()): Promise<void> {
  await tx.loginThrottle.deleteMany({
    where: { OR: [{ key: `account:u:${userId}` }, { key: { startsWith: `pair:u:${userId}:` } }] },
  });
}

/** A password reset proves the owner too: it lifts the account's lock like the unlock link. */
export const clearFailures = (_kind: 'account', userId: string) => clearAccountFailures(userId);
