// The list fixed in place: a red row corrected (or removed) in the preview is written back into
// the stored list and the whole list is checked again — no new upload, the same row numbers.
import { dropFiles, readStoredFile, withNewFile } from '@/lib/storage';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { TEMPLATE_COLUMNS, type ParticipantField } from '@/lib/groups/list/participant-columns';
import type { ParticipantRow } from '@/lib/groups/list/participant-table';
import { participantListText } from '@/lib/groups/list/list-text';
import { checkList, LIST_TYPE, readListFile } from '@/lib/groups/list/uploads';
import { groupFor, type Viewer } from '@/lib/groups/group-access';

/** New cell values for one row; a field left out keeps its value, '' empties it. */
export type RowFix = Partial<Record<ParticipantField, string>>;

export function applyFix(row: ParticipantRow, fix: RowFix): ParticipantRow {
  const next: Record<string, unknown> = { ...row };
  for (const field of TEMPLATE_COLUMNS) {
    const value = fix[field];
    if (value === undefined) continue;
    const v = value.trim();
    next[field] = field === 'firstName' || field === 'lastName' ? v : v || undefined;
  }
  return next as ParticipantRow;
}

/**
 * Corrects (`fix`) or drops (`'remove'`) row `rowNumber` of a preview and stores the list again
 * with its counts; returns the row's new check (null when removed). Refused once the list was
 * confirmed or discarded; a concurrent confirmation wins (the write is conditional on PREVIEW).
 */
export async function fixUploadRow(
  viewer: Viewer,
  groupId: string,
  uploadId: string,
  rowNumber: number,
  fix: RowFix | 'remove',
) {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  const upload = await db().participantUpload.findFirst({
    where: { id: uploadId, groupId },
    select: { status: true, fileKey: true, fileName: true },
  });
  if (!upload) return null;
  const oldKey = upload.fileKey;
  if (upload.status !== 'PREVIEW' || !oldKey) throw new UserError('groups.uploadDiscarded');
  const decoded = await readListFile(await readStoredFile(oldKey), upload.fileName);
  const at = decoded.rows.findIndex((r) => r.rowNumber === rowNumber);
  if (at < 0) throw new NotFoundError('list row');
  const rows =
    fix === 'remove'
      ? decoded.rows.filter((_, i) => i !== at)
      : decoded.rows.map((r, i) => (i === at ? applyFix(r, fix) : r));
  const fixed = { notifyEmail: decoded.notifyEmail, rows };
  const { check } = await checkList(fixed, group);
  // The corrected list is a new file; the old one goes after the commit. The old key in the where
  // makes two fixes at once a lost race instead of one silently overwriting the other.
  const list = { kind: 'participant-lists' as const, body: participantListText(fixed), contentType: LIST_TYPE };
  await withNewFile(list, (stored) =>
    db().$transaction(async (tx) => {
      await stored.save(tx);
      const saved = await tx.participantUpload.updateMany({
        where: { id: uploadId, groupId, status: 'PREVIEW', fileKey: oldKey },
        data: {
          fileKey: stored.key,
          rowCount: check.rows.length,
          validCount: check.validRows.length,
          noticeEmail: check.notifyEmail,
        },
      });
      if (saved.count === 0) throw new UserError('groups.uploadDiscarded');
    }),
  );
  await dropFiles([oldKey]);
  return { row: check.rows.find((r) => r.rowNumber === rowNumber) ?? null, ok: check.ok };
}
