// Exports of one's data: requested in /konto, built by the job privacy.export (a ZIP kept in the
// DataExport row), announced by an e-mail whose link works 24 h, only for the signed-in owner
// (anyone else: 404) and, after the 24 h, as a "link wygasł" page. The row stays after the file
// is cleared: it is the record that a copy was given (the audit log of part B can read it).
import { withNewFile } from '@/lib/storage';
import { purgeExportFiles } from '@/lib/privacy/retention';
import { recordAudit } from '@/lib/audit';
import { createHash, randomBytes } from 'node:crypto';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { dispatchEmails, enqueue } from '@/lib/jobs/queues';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { absoluteUrl } from '@/lib/url';
import { buildExportZip } from './archive';
import { exportContent } from './content';
import { loadPersonData } from './person-data';

export const EXPORT_LINK_TTL_MS = 24 * 3600_000;
/** A pending export older than this is built by the sweeper (its job was lost in a crash). */
const STUCK_MS = 2 * 60_000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const exportFileName = (readyAt: Date) => `planeta-dane-${readyAt.toISOString().slice(0, 10)}.zip`;

/** Asks for a new copy; one at a time (a second click while one is being built is refused). */
export async function requestExport(userId: string, now = currentTime()): Promise<string> {
  const id = await db().$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } });
    if (!user) throw new NotFoundError('user');
    const pending = await tx.dataExport.count({ where: { userId, status: 'PENDING' } });
    if (pending) throw new UserError('privacy.export.alreadyPending');
    // The real token is made when the file is ready; until then the hash is of a throwaway value.
    const row = await tx.dataExport.create({
      data: { userId, requestedAt: now, tokenHash: sha256(randomBytes(32).toString('hex')) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: 'privacy.export.requested',
      objectType: 'user',
      objectId: userId,
      after: { exportId: row.id },
    });
    return row.id;
  });
  await enqueue('privacy.export', { exportId: id }, id);
  return id;
}

/**
 * The job: builds the ZIP of a PENDING export, stores it with a fresh token and queues the
 * e-mail in the same transaction. Safe to run twice: only a PENDING row is built and claimed.
 */
export async function buildExport(exportId: string, now = currentTime()): Promise<boolean> {
  const row = await db().dataExport.findUnique({ where: { id: exportId }, select: { userId: true, status: true } });
  if (!row || row.status !== 'PENDING') return false;
  try {
    const data = await loadPersonData(row.userId);
    const zip = await buildExportZip(exportContent(data, now), now);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + EXPORT_LINK_TTL_MS);
    const stored = { kind: 'data-exports' as const, body: new Uint8Array(zip), contentType: 'application/zip' };
    const mailId = await withNewFile(stored, (file) =>
      db().$transaction(async (tx) => {
        const claimed = await tx.dataExport.updateMany({
          where: { id: exportId, status: 'PENDING' },
          data: {
            status: 'READY',
            readyAt: now,
            expiresAt,
            fileKey: file.key,
            size: zip.length,
            tokenHash: sha256(token),
            failure: null,
          },
        });
        if (claimed.count === 1) await file.save(tx);
        if (claimed.count !== 1 || !data.user.email) return null;
        return queueEmailOnce(tx, `data-export:${exportId}`, data.user.email, 'data-export-ready', {
          firstName: data.user.firstName,
          link: absoluteUrl(`/konto/eksport/${token}`),
          validUntil: expiresAt.toISOString(),
        });
      }),
    );
    if (mailId) await dispatchEmails([mailId]);
    return true;
  } catch (e) {
    await db().dataExport.updateMany({
      where: { id: exportId, status: 'PENDING' },
      data: { failure: e instanceof Error ? e.message.slice(0, 500) : String(e) },
    });
    throw e;
  }
}

export type ExportLink =
  { status: 'ready'; token: string; fileName: string; size: number; expiresAt: Date } | { status: 'expired' };

/** The link's export if it is the viewer's own; null (404) for an unknown token or someone else's. */
export async function exportForLink(userId: string, token: string, now = currentTime()): Promise<ExportLink | null> {
  const row = await db().dataExport.findFirst({
    where: { tokenHash: sha256(token), userId, status: 'READY' },
    select: { readyAt: true, expiresAt: true, size: true, purgedAt: true },
  });
  if (!row?.readyAt || !row.expiresAt) return null;
  if (row.expiresAt <= now || row.purgedAt) return { status: 'expired' };
  return {
    status: 'ready',
    token,
    fileName: exportFileName(row.readyAt),
    size: row.size ?? 0,
    expiresAt: row.expiresAt,
  };
}

/** The ZIP itself for the route handler, under the same rule. */
export async function exportFile(
  userId: string,
  token: string,
  now = currentTime(),
): Promise<{ status: 'ready'; fileName: string; fileKey: string } | { status: 'expired' } | null> {
  const row = await db().dataExport.findFirst({
    where: { tokenHash: sha256(token), userId, status: 'READY' },
    select: { readyAt: true, expiresAt: true, fileKey: true },
  });
  if (!row?.readyAt || !row.expiresAt) return null;
  if (row.expiresAt <= now || !row.fileKey) return { status: 'expired' };
  return { status: 'ready', fileName: exportFileName(row.readyAt), fileKey: row.fileKey };
}

/** The person's latest export, for the "Moje dane" page. */
export async function latestExport(userId: string) {
  return db().dataExport.findFirst({
    where: { userId },
    orderBy: { requestedAt: 'desc' },
    select: { status: true, requestedAt: true, readyAt: true, expiresAt: true },
  });
}

/**
 * The sweeper (every few minutes): clears the files of expired links and builds exports whose
 * job was lost. Idempotent; returns the counts for the log.
 */
export async function sweepExports(now = currentTime()): Promise<{ purged: number; built: number }> {
  // The same purge the daily retention job runs; here too so a file never outlives its link by a day.
  const purged = { count: await purgeExportFiles(now) };
  const stuck = await db().dataExport.findMany({
    where: { status: 'PENDING', requestedAt: { lt: new Date(now.getTime() - STUCK_MS) } },
    select: { id: true },
    take: 20,
  });
  let built = 0;
  for (const s of stuck) if (await buildExport(s.id, now).catch(() => false)) built++;
  return { purged: purged.count, built };
}
