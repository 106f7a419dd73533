// Limits on the public forms (contact, complaints), per sender address and per hashed IP: one
// atomic counter upsert each (the login counters' table), inside the transaction that stores the
// message, so concurrent sends queue on the counter's row and a refusal rolls its count back.
import { createHash } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';

export const FORM_LIMIT = { perWindow: 5, windowMs: 60 * 60_000 } as const;

/** sha256 of the address: enough to count, not kept as the address itself. */
export const hashIp = (ip: string) => createHash('sha256').update(`planeta-forms:${ip}`).digest('hex');

async function bump(tx: Tx, key: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - FORM_LIMIT.windowMs);
  const rows = await tx.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "windowStart") VALUES (${key}, 1, ${now}::timestamptz)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."windowStart" <= ${since}::timestamptz THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN t."windowStart" <= ${since}::timestamptz THEN ${now}::timestamptz ELSE t."windowStart" END
    RETURNING "failures"`;
  return rows[0].failures;
}

/** Refuses a sixth message within an hour from one IP or one e-mail address. */
export async function assertUnderFormLimit(
  tx: Tx,
  form: 'contact' | 'complaint',
  sender: { ipHash: string; email: string },
  now: Date,
): Promise<void> {
  // Always IP first, then e-mail: every transaction takes the two row locks in the same order.
  const byIp = await bump(tx, `form:${form}:ip:${sender.ipHash}`, now);
  const byEmail = await bump(tx, `form:${form}:email:${hashIp(sender.email.toLowerCase())}`, now);
  if (byIp > FORM_LIMIT.perWindow || byEmail > FORM_LIMIT.perWindow) throw new UserError('support.errors.tooMany');
}
