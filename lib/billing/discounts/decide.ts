// The staff decision on a declared discount as one transaction, its e-mails sent after the commit.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { dispatchEmails } from '@/lib/jobs/queues';
import { acceptDiscount, rejectDiscount } from './verify';

export async function decideDiscount(
  id: string,
  decision: { accept: true } | { accept: false; reason: string },
  o: { actorId: string; now?: Date },
): Promise<void> {
  const now = o.now ?? currentTime();
  const { emailIds } = await db().$transaction((tx) =>
    decision.accept
      ? acceptDiscount(tx, id, { actorId: o.actorId, now })
      : rejectDiscount(tx, id, { actorId: o.actorId, reason: decision.reason, now }),
  );
  await dispatchEmails(emailIds);
}
