// Step 3: a participant list is decoded, checked and kept as a PREVIEW; nothing is created
// until the admin confirms (provisioning.ts). The check runs again on confirmation.
import { dropFiles, readStoredFile, withNewFile } from '@/lib/storage';
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { UserError } from '@/lib/errors';
import { decodeParticipantFile, type DecodedParticipantFile } from './participant-file';
import { ParticipantFileError } from './participant-file-error';
import { validateParticipantRows, type ListCheck } from './validate-rows';
import { allocateLogins, normaliseLogin, baseLogin } from '@/lib/groups/accounts/logins';
import { duplicateWarnings } from './duplicates';
import { pastedListText } from './list-text';
import { normaliseEmail } from './field-rules';
import { groupFor, seatsLeft, type Viewer } from '@/lib/groups/group-access';
import { currentAgreement } from '@/lib/groups/agreement/agreements';

/** A list is kept as uploaded (CSV, XLSX or pasted text); only the parser reads it. */
export const LIST_TYPE = 'application/octet-stream';

/** Decodes the file; a refusal of the file becomes a message for the admin. */
export async function readListFile(bytes: Uint8Array, fileName: string): Promise<DecodedParticipantFile> {
  try {
    return await decodeParticipantFile(bytes, fileName);
  } catch (e) {
    if (e instanceof ParticipantFileError) throw new UserError(e.reason);
    throw e;
  }
}

/** Logins already on the platform that the file names, or that generated logins could collide with. */
export async function takenLoginsFor(rows: DecodedParticipantFile['rows']): Promise<Set<string>> {
  const given = rows.flatMap((r) => (r.login ? [normaliseLogin(r.login)] : []));
  const bases = [...new Set(rows.filter((r) => !r.login).map((r) => `${baseLogin(r.firstName, r.lastName)}%`))];
  if (given.length === 0 && bases.length === 0) return new Set();
  const found = await db().$queryRaw<{ login: string }[]>`
    SELECT "login" FROM "User" WHERE "login" = ANY(${given}::text[]) OR "login" LIKE ANY(${bases}::text[])`;
  return new Set(found.map((f) => f.login));
}

export async function takenEmailsFor(rows: DecodedParticipantFile['rows']): Promise<Set<string>> {
  const emails = [...new Set(rows.flatMap((r) => (r.email ? [normaliseEmail(r.email)] : [])))];
  if (emails.length === 0) return new Set();
  const found = await db().user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  return new Set(found.map((f) => f.email!));
}

/** The list checked against the platform and the seats left right now. */
export async function checkList(decoded: DecodedParticipantFile, seats: { seats: number; seatsUsed: number }) {
  const [takenLogins, takenEmails] = await Promise.all([takenLoginsFor(decoded.rows), takenEmailsFor(decoded.rows)]);
  const check = validateParticipantRows(decoded.rows, {
    takenLogins,
    takenEmails,
    seatsLeft: seatsLeft(seats),
    notifyEmail: decoded.notifyEmail,
  });
  return { check, takenLogins };
}

/**
 * Stores an uploaded list as a preview. Needs a submitted (or accepted) agreement. `replaces`: the
 * preview this corrected file stands in for, discarded once the new one is stored.
 */
export async function createUpload(
  viewer: Viewer,
  groupId: string,
  file: { name: string; bytes: Uint8Array } | null,
  replaces?: string,
) {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  if (!group.active) throw new UserError('groups.groupInactive');
  const agreement = await currentAgreement(groupId);
  if (!agreement || agreement.status === 'REJECTED') throw new UserError('groups.listNeedsAgreement');
  if (!file) throw new UserError('groups.listMissing');
  const decoded = await readListFile(file.bytes, file.name);
  const { check } = await checkList(decoded, group);
  const list = { kind: 'participant-lists' as const, body: file.bytes, contentType: LIST_TYPE };
  const created = await withNewFile(list, (stored) =>
    db().$transaction(async (tx) => {
      await stored.save(tx);
      return tx.participantUpload.create({
        data: {
          groupId,
          fileName: file.name.slice(0, 200) || 'lista',
          fileKey: stored.key,
          noticeEmail: check.notifyEmail,
          rowCount: check.rows.length,
          validCount: check.validRows.length,
          uploadedById: viewer.id,
          createdAt: currentTime(),
        },
        select: { id: true },
      });
    }),
  );
  if (replaces) await discardUpload(viewer, groupId, replaces);
  return created;
}

/** Rows pasted from Excel become a preview exactly as a file would (the same parser, the same checks). */
export function createUploadFromText(
  viewer: Viewer,
  groupId: string,
  pasted: { text: string; notifyEmail: string; fileName: string },
) {
  const bytes = pastedListText(pasted.text, pasted.notifyEmail);
  return createUpload(viewer, groupId, { name: pasted.fileName, bytes: new Uint8Array(bytes) });
}

/** The group's participants so far, to warn about a person listed again. */
function existingParticipants(groupId: string) {
  return db()
    .groupParticipant.findMany({
      where: { groupId },
      select: { user: { select: { firstName: true, lastName: true, email: true, login: true } } },
    })
    .then((ps) => ps.map((p) => ({ ...p.user, login: p.user.login ?? '' })));
}

export type UploadPreview = {
  upload: {
    id: string;
    fileName: string;
    status: 'PREVIEW' | 'PROVISIONED' | 'DISCARDED';
    createdAt: Date;
    provisionedAt: Date | null;
    noticeEmail: string | null;
    rowCount: number;
  };
  check: ListCheck | null;
  /** Row number → the login it will get, for valid rows whose login is generated. */
  logins: Record<number, string>;
  /** Row number → likely-duplicate warnings (never blocking). */
  warnings: Record<number, string[]>;
  seats: { bought: number; used: number; left: number };
};

/** An upload of a group the viewer may see, with the rows checked again (only while a preview). */
export async function uploadPreview(viewer: Viewer, groupId: string, uploadId: string): Promise<UploadPreview | null> {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  const upload = await db().participantUpload.findFirst({
    where: { id: uploadId, groupId },
    select: {
      id: true,
      fileName: true,
      status: true,
      createdAt: true,
      provisionedAt: true,
      noticeEmail: true,
      rowCount: true,
      fileKey: true,
    },
  });
  if (!upload) return null;
  const { fileKey, ...rest } = upload;
  const seats = { bought: group.seats, used: group.seatsUsed, left: seatsLeft(group) };
  if (upload.status !== 'PREVIEW' || !fileKey) return { upload: rest, check: null, logins: {}, warnings: {}, seats };
  const [{ check, takenLogins }, existing] = await Promise.all([
    readStoredFile(fileKey)
      .then((file) => readListFile(file, upload.fileName))
      .then((decoded) => checkList(decoded, group)),
    existingParticipants(groupId),
  ]);
  // The same allocation provisioning makes for these rows, so what is shown is what they get.
  const planned = allocateLogins(check.validRows, takenLogins);
  const logins: Record<number, string> = {};
  check.validRows.forEach((r, i) => {
    if (!r.login) logins[r.rowNumber] = planned[i];
  });
  const warnings = Object.fromEntries(
    duplicateWarnings(
      check.rows.map((r) => r.row),
      existing,
    ),
  );
  return { upload: rest, check, logins, warnings, seats };
}

/** Drops a preview and its file (it may hold chosen passwords). */
export async function discardUpload(viewer: Viewer, groupId: string, uploadId: string): Promise<boolean> {
  const group = await groupFor(viewer, groupId);
  if (!group) return false;
  const upload = await db().participantUpload.findFirst({
    where: { id: uploadId, groupId, status: 'PREVIEW' },
    select: { fileKey: true },
  });
  if (!upload) return false;
  const r = await db().participantUpload.updateMany({
    where: { id: uploadId, groupId, status: 'PREVIEW', fileKey: upload.fileKey },
    data: { status: 'DISCARDED', fileKey: null },
  });
  if (r.count > 0) await dropFiles([upload.fileKey]);
  return r.count > 0;
}

export function uploadsOf(groupId: string) {
  return db().participantUpload.findMany({
    where: { groupId, status: { not: 'DISCARDED' } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      fileName: true,
      status: true,
      createdAt: true,
      provisionedAt: true,
      reportDueAt: true,
      rowCount: true,
      validCount: true,
      _count: { select: { participants: true } },
      report: { select: { id: true, status: true, staffComment: true } },
    },
  });
}
