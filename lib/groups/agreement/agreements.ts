// Step 2: the data-processing agreement. The admin downloads a filled draft, uploads the signed
// scan; staff accept it or reject it with a reason. The newest scan is the group's agreement.
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { absoluteUrl } from '@/lib/url';
import { UserError } from '@/lib/errors';
import { queueEmail } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { renderProcessingAgreementPdf } from '@/lib/groups/agreement/agreement-pdf';
import { groupFor, type GroupView, type Viewer } from '@/lib/groups/group-access';
import { agreementFacts, lockForNewAgreement } from '@/lib/groups/agreement/electronic';
import { withNewFile } from '@/lib/storage';
import { renderAgreementCourtesyPdf } from '@/lib/groups/agreement/agreement-courtesy-pdf';

export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

/** What a scan really is, by its first bytes; null for anything but PDF, JPEG or PNG. */
export function scanType(bytes: Uint8Array): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

export function currentAgreement(groupId: string) {
  return db().groupAgreement.findFirst({
    where: { groupId },
    orderBy: { uploadedAt: 'desc' },
    select: {
      id: true,
      fileName: true,
      mimeType: true,
      size: true,
      status: true,
      uploadedAt: true,
      reviewedAt: true,
      rejectionReason: true,
      method: true,
      signerName: true,
      signerRole: true,
      textSha256: true,
      receivedOn: true,
    },
  });
}

export type AgreementState = Awaited<ReturnType<typeof currentAgreement>>;

export function agreementDraftPdf(group: GroupView): Promise<Buffer> {
  return renderProcessingAgreementPdf({ ...agreementFacts(group), generatedAt: currentTime() });
}

/** The draft's English courtesy translation: a separate, unsigned PDF (the Polish draft binds). */
export function agreementCourtesyPdf(group: GroupView): Promise<Buffer> {
  return renderAgreementCourtesyPdf({ ...agreementFacts(group), generatedAt: currentTime() });
}

/** Stores a signed scan for review. Refused while an earlier scan waits or after acceptance. */
export async function submitAgreement(
  viewer: Viewer,
  groupId: string,
  file: { name: string; bytes: Uint8Array } | null,
) {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  if (!file || file.bytes.length === 0) throw new UserError('groups.scanMissing');
  if (file.bytes.length > MAX_SCAN_BYTES) throw new UserError('groups.scanTooLarge');
  const mimeType = scanType(file.bytes);
  if (!mimeType) throw new UserError({ code: 'groups.scanWrongType', params: [file.name] });
  const scan = { kind: 'agreements' as const, body: file.bytes, contentType: mimeType };
  return withNewFile(scan, (stored) =>
    db().$transaction(async (tx) => {
      await lockForNewAgreement(tx, groupId);
      await stored.save(tx);
      return tx.groupAgreement.create({
        data: {
          groupId,
          fileName: file.name.slice(0, 200) || 'umowa',
          mimeType,
          size: file.bytes.length,
          fileKey: stored.key,
          uploadedById: viewer.id,
          uploadedAt: currentTime(),
        },
        select: { id: true },
      });
    }),
  );
}

/** The scan's stored file, for the group's admins and staff only. */
export async function agreementScan(viewer: Viewer, groupId: string, agreementId: string) {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  return db().groupAgreement.findFirst({
    where: { id: agreementId, groupId, method: 'SCAN', fileKey: { not: null } },
    select: { fileName: true, mimeType: true, fileKey: true },
  });
}

/** The groups' agreements waiting for staff (a school's are lib/licence/dpa.ts's queue). */
export async function agreementQueue() {
  const rows = await db().groupAgreement.findMany({
    where: { status: 'SUBMITTED', groupId: { not: null } },
    orderBy: { uploadedAt: 'asc' },
    select: {
      id: true,
      fileName: true,
      size: true,
      uploadedAt: true,
      method: true,
      signerName: true,
      signerRole: true,
      signerIp: true,
      textSha256: true,
      group: {
        select: {
          id: true,
          companyName: true,
          seats: true,
          course: { select: { title: true } },
          owner: { select: { email: true } },
        },
      },
    },
  });
  return rows.flatMap(({ group, ...a }) => (group ? [{ ...a, group }] : []));
}

/** Staff decision on a group's agreement; only a SUBMITTED one can be decided, once. */
export async function reviewAgreement(
  staffId: string,
  agreementId: string,
  decision: { accept: true } | { accept: false; reason: string },
) {
  const now = currentTime();
  const ids = await db().$transaction(async (tx) => {
    const updated = await tx.groupAgreement.updateMany({
      where: { id: agreementId, status: 'SUBMITTED', groupId: { not: null } },
      data: decision.accept
        ? { status: 'ACCEPTED', reviewedById: staffId, reviewedAt: now }
        : { status: 'REJECTED', reviewedById: staffId, reviewedAt: now, rejectionReason: decision.reason },
    });
    if (updated.count === 0) throw new UserError('groups.agreementAlreadyDecided');
    const a = await tx.groupAgreement.findUniqueOrThrow({
      where: { id: agreementId },
      select: {
        method: true,
        group: {
          select: {
            id: true,
            companyName: true,
            course: { select: { title: true } },
            owner: { select: { email: true, firstName: true } },
          },
        },
      },
    });
    // The update above matched a group's agreement only.
    const group = a.group!;
    await recordAudit(tx, {
      actorId: staffId,
      action: decision.accept ? 'group.agreement.accepted' : 'group.agreement.rejected',
      objectType: 'group',
      objectId: group.id,
      before: { agreementId, status: 'SUBMITTED' },
      after: { agreementId, status: decision.accept ? 'ACCEPTED' : 'REJECTED', method: a.method },
      note: decision.accept ? undefined : decision.reason,
    });
    const owner = group.owner;
    if (!owner.email) return [];
    const link = absoluteUrl(`/grupy/${group.id}${decision.accept ? '#lista' : '#umowa'}`);
    const id = decision.accept
      ? await queueEmail(tx, owner.email, 'group-agreement-accepted', {
          firstName: owner.firstName,
          courseTitle: group.course.title,
          link,
        })
      : await queueEmail(tx, owner.email, 'group-agreement-rejected', {
          firstName: owner.firstName,
          courseTitle: group.course.title,
          reason: decision.reason,
          link,
        });
    return [id];
  });
  await dispatchEmails(ids);
}
