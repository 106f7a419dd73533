// Session rows hold an IP address and a device summary: they go 30 days after they ended (revoked,
// or idle past the session lifetime), long enough to answer "was that me?" about a past login.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { ruleOf } from '@/lib/retention/rules/table';
import { SESSION_MAX_AGE_S } from './sessions';

/** From the retention table (lib/retention/rules/table.ts). */
export const ENDED_SESSION_KEEP_DAYS = ruleOf('authSession').keep!.n;
const DAY = 24 * 3600_000;

export async function purgeEndedSessions(now = currentTime()): Promise<number> {
  const cut = new Date(now.getTime() - ENDED_SESSION_KEEP_DAYS * DAY);
  const idleCut = new Date(cut.getTime() - SESSION_MAX_AGE_S * 1000);
  const gone = await db().authSession.deleteMany({
    where: { OR: [{ revokedAt: { lt: cut } }, { lastSeenAt: { lt: idleCut } }] },
  });
  return gone.count;
}
