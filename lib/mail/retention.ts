// The outbox's retention (the retention table, lib/retention/rules/table.ts): a sent message's
// body goes after 12 months, leaving who, what subject and when as proof it was sent; the record
// goes after 3 years. Queued messages are left alone: they have not been delivered yet.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { messages } from '@/lib/i18n';
import { retentionCutoffs } from '@/lib/legal/rules/retention';

const DELIVERED = ['SENT', 'STORED', 'FAILED'] as const;

export async function removeOldEmailBodies(now = currentTime()): Promise<number> {
  const cut = retentionCutoffs(now);
  const { emailBodyRemoved: removed, emailBodyRemovedWithAccount } = messages().support.retention;
  const bodies = await db().emailMessage.updateMany({
    where: {
      createdAt: { lt: cut.emailBody },
      status: { in: [...DELIVERED] },
      // Removed already: by this job, or with the recipient's account (lib/privacy/deletion).
      OR: [{ text: null }, { text: { notIn: [removed, emailBodyRemovedWithAccount] } }],
    },
    data: { html: `<p>${removed}</p>`, text: removed, props: Prisma.DbNull },
  });
  return bodies.count;
}

export async function deleteOldEmailRecords(now = currentTime()): Promise<number> {
  const cut = retentionCutoffs(now);
  const records = await db().emailMessage.deleteMany({
    where: { createdAt: { lt: cut.emailRecord }, status: { in: [...DELIVERED] } },
  });
  return records.count;
}

export async function purgeEmailBodies(now = currentTime()) {
  return { bodiesRemoved: await removeOldEmailBodies(now), recordsDeleted: await deleteOldEmailRecords(now) };
}
