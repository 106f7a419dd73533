// The privacy area's records past their period (the retention table, lib/retention/rules/table.ts):
// e-mail-change links a day after use or expiry, export files when their link ends, the record of
// an export and a decided privacy request three years on (proof the right was honoured).
import { dropFiles } from '@/lib/storage';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { cutoff, ruleOf } from '@/lib/retention/rules/table';

export async function purgeEmailChangeTokens(now = currentTime()): Promise<number> {
  const cut = cutoff(ruleOf('emailChangeToken').keep!, now);
  const gone = await db().emailChangeToken.deleteMany({
    where: { OR: [{ usedAt: { lt: cut } }, { expiresAt: { lt: cut } }] },
  });
  return gone.count;
}

/** A ready export's file goes when its 24-hour link ends; the row stays as the record of it. */
export async function purgeExportFiles(now = currentTime()): Promise<number> {
  const rows = await db().dataExport.findMany({
    where: { expiresAt: { lte: now }, purgedAt: null },
    select: { id: true, fileKey: true },
  });
  if (!rows.length) return 0;
  const purged = await db().dataExport.updateMany({
    where: { id: { in: rows.map((r) => r.id) }, purgedAt: null },
    data: { fileKey: null, purgedAt: now },
  });
  await dropFiles(rows.map((r) => r.fileKey));
  return purged.count;
}

export async function purgeExportRecords(now = currentTime()): Promise<number> {
  const cut = cutoff(ruleOf('dataExportRecord').keep!, now);
  const gone = await db().dataExport.deleteMany({
    where: { status: { not: 'PENDING' }, requestedAt: { lt: cut }, OR: [{ readyAt: null }, { readyAt: { lt: cut } }] },
  });
  return gone.count;
}

/** Decided requests three years after the answer; open ones are still owed one. */
export async function purgeDecidedPrivacyRequests(now = currentTime()): Promise<number> {
  const cut = cutoff(ruleOf('privacyRequest').keep!, now);
  return (await db().privacyRequest.deleteMany({ where: { status: { not: 'OPEN' }, decidedAt: { lt: cut } } })).count;
}
