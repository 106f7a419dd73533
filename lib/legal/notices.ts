// The "new terms" e-mail: once per person per published version (onceKey), to everyone with an
// e-mail whose accepted terms are older, with the day it takes effect and a link to the changes.
// Run daily by a job (lib/legal/jobs.ts), so a version is announced the day it is published.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { absoluteUrl } from '@/lib/url';
import { LEGAL_VERSIONS, latestVersion } from './registry';
import { legalContext } from './pages';

const BATCH = 200;

export const termsNoticeKey = (userId: string, version: string) => `terms-changed:${userId}:${version}`;

/**
 * Queues the notice of the newest terms version for every account that has not accepted it
 * and has not been sent one. Safe to run twice or on two instances: the onceKey decides.
 * Returns how many messages were queued. Nothing while only one version exists.
 */
export async function queueTermsNotices(now = currentTime()): Promise<number> {
  const latest = latestVersion('terms');
  const older = LEGAL_VERSIONS.terms.filter((v) => v.version !== latest.version).map((v) => v.version);
  if (older.length === 0) return 0;
  const doc = latest.render(legalContext());
  const props = {
    version: latest.version,
    effectiveFrom: latest.effectiveFrom, // a Warsaw day, formatted in the recipient's language
    changes: doc.changes ?? [],
    changesLink: absoluteUrl(`/regulamin/${latest.version}#co-sie-zmienia`),
    acceptLink: absoluteUrl(`/logowanie?next=${encodeURIComponent(`/regulamin/${latest.version}`)}`),
  };
  let queued = 0;
  let cursor: string | undefined;
  for (;;) {
    const users = await db().user.findMany({
      where: {
        email: { not: null },
        NOT: { roles: { has: 'CHILD' } },
        OR: [{ termsVersion: null }, { termsVersion: { not: latest.version } }],
        createdAt: { lte: now },
      },
      select: { id: true, email: true, firstName: true },
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (users.length === 0) break;
    cursor = users[users.length - 1]!.id;
    const sent = await db().emailMessage.findMany({
      where: { onceKey: { in: users.map((u) => termsNoticeKey(u.id, latest.version)) } },
      select: { onceKey: true },
    });
    const done = new Set(sent.map((s) => s.onceKey));
    const unnotified = users.filter((u) => !done.has(termsNoticeKey(u.id, latest.version)));
    if (unnotified.length === 0) continue;
    const ids = await db().$transaction(async (tx) => {
      const out: string[] = [];
      for (const u of unnotified) {
        const id = await queueEmailOnce(tx, termsNoticeKey(u.id, latest.version), u.email!, 'terms-changed', {
          ...props,
          firstName: u.firstName,
        });
        if (id) out.push(id);
      }
      return out;
    });
    queued += ids.length;
    await dispatchEmails(ids);
  }
  return queued;
}
