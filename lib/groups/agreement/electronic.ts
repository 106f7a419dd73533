// Step 2 without paper (RODO art. 28 ust. 9 allows the electronic form): the company's
// representative reviews the filled agreement, confirms their name and role, and accepts it; the
// record (who, when, IP, SHA-256 of the exact text) is stored and staff countersign it.
import { createHash } from 'node:crypto';
import { db, type Tx } from '@/lib/db/client';
import { withNewFile } from '@/lib/storage';
import { currentTime } from '@/lib/clock/clock';
import { UserError } from '@/lib/errors';
import { seller as platformSeller } from '@/lib/invoices/seller';
import { agreementPlainText, type AgreementFacts } from '@/lib/groups/agreement/agreement-text';
import { agreementPlainTextEn } from '@/lib/groups/agreement/agreement-text.en';
import { renderProcessingAgreementPdf, type AcceptanceRecord } from '@/lib/groups/agreement/agreement-pdf';
import { groupFor, isStaff, type GroupView, type Viewer } from '@/lib/groups/group-access';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** What the agreement is made of for this group: the company's invoice data, the platform, the order. */
export function agreementFacts(group: GroupView): AgreementFacts {
  const order = group.orderItem.order;
  const s = platformSeller();
  return {
    company: {
      name: order.companyName ?? group.companyName,
      nip: order.nip ?? '—',
      addressLines: [order.street, [order.postalCode, order.city].filter(Boolean).join(' ')].filter(
        (l): l is string => !!l,
      ),
    },
    // Only what the agreement prints, so the stored facts hold no more than the text.
    seller: { ...s, addressLines: [...s.addressLines] },
    courseTitle: group.course.title,
    seats: group.seats,
    orderNumber: order.number,
  };
}

/** The hash of the text a representative would accept now; the review page sends it back with the form. */
export const agreementTextHash = (facts: AgreementFacts) => sha256(agreementPlainText(facts));

export type ElectronicAcceptance = { signerName: string; signerRole: string; textSha256: string };

/**
 * Accepts the agreement as the representative saw it: refused when the text changed since the
 * review page was drawn, when staff try it (only the company can), or when an agreement is
 * already waiting or accepted. One acceptance per group at a time (the group row is locked).
 */
export async function acceptAgreementElectronically(
  viewer: Viewer,
  groupId: string,
  input: ElectronicAcceptance,
  ip: string,
) {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  if (isStaff(viewer) && group.ownerId !== viewer.id) throw new UserError('groups.esign.companyOnly');
  const facts = agreementFacts(group);
  const textSha256 = agreementTextHash(facts);
  if (textSha256 !== input.textSha256) throw new UserError('groups.esign.textChanged');
  const now = currentTime();
  const record: AcceptanceRecord = {
    signerName: input.signerName,
    signerRole: input.signerRole,
    userId: viewer.id,
    acceptedAt: now,
    ip,
    textSha256,
    countersigned: null,
  };
  const pdf = await renderProcessingAgreementPdf({ ...facts, generatedAt: now, acceptance: record });
  const stored = { kind: 'agreements' as const, body: new Uint8Array(pdf), contentType: 'application/pdf' };
  return withNewFile(stored, (file) =>
    db().$transaction(async (tx) => {
      await lockForNewAgreement(tx, groupId);
      await file.save(tx);
      return tx.groupAgreement.create({
        data: {
          groupId,
          method: 'ELECTRONIC',
          fileName: `umowa-powierzenia-${facts.orderNumber.replace(/\W+/g, '-')}.pdf`,
          mimeType: 'application/pdf',
          size: pdf.length,
          fileKey: file.key,
          uploadedById: viewer.id,
          uploadedAt: now,
          signerName: input.signerName,
          signerRole: input.signerRole,
          signerIp: ip,
          textSha256,
          pdfSha256: sha256(pdf),
          acceptedFacts: facts,
        },
        select: { id: true, textSha256: true },
      });
    }),
  );
}

/**
 * The accepted agreement as a PDF with its acceptance record (and the countersignature once
 * staff gave it), for the group's admins and staff; null when it is not theirs or not electronic.
 */
export async function acceptedAgreementPdf(viewer: Viewer, groupId: string, agreementId: string) {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  const a = await db().groupAgreement.findFirst({
    where: { id: agreementId, groupId, method: 'ELECTRONIC' },
    select: {
      fileName: true,
      status: true,
      uploadedById: true,
      uploadedAt: true,
      signerName: true,
      signerRole: true,
      signerIp: true,
      textSha256: true,
      acceptedFacts: true,
      reviewedById: true,
      reviewedAt: true,
    },
  });
  if (!a || !a.acceptedFacts || !a.textSha256) return null;
  const facts = a.acceptedFacts as unknown as AgreementFacts;
  // The stored facts must still give the accepted text; anything else is a corrupted record.
  if (agreementTextHash(facts) !== a.textSha256) throw new Error(`Agreement ${agreementId}: text hash mismatch`);
  const reviewer =
    a.status === 'ACCEPTED' && a.reviewedById
      ? await db().user.findUnique({ where: { id: a.reviewedById }, select: { firstName: true, lastName: true } })
      : null;
  const pdf = await renderProcessingAgreementPdf({
    ...facts,
    generatedAt: a.uploadedAt,
    acceptance: {
      signerName: a.signerName ?? '',
      signerRole: a.signerRole ?? '',
      userId: a.uploadedById,
      acceptedAt: a.uploadedAt,
      ip: a.signerIp ?? '',
      textSha256: a.textSha256,
      countersigned:
        reviewer && a.reviewedAt
          ? { by: [reviewer.firstName, reviewer.lastName].filter(Boolean).join(' '), at: a.reviewedAt }
          : null,
    },
  });
  return { fileName: a.fileName, pdf };
}

/** A plain agreement text as paragraphs of lines, as the review pages show it. */
export const paragraphsOf = (text: string) => text.split('\n\n').map((p) => p.split('\n'));

/** What the review page shows: the text to read, its hash, and whether it can be accepted now. */
export async function agreementReview(
  viewer: Viewer & { firstName?: string; lastName?: string },
  groupId: string,
  locale: string = 'pl',
) {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  const facts = agreementFacts(group);
  const text = agreementPlainText(facts);
  const latest = await db().groupAgreement.findFirst({
    where: { groupId },
    orderBy: { uploadedAt: 'desc' },
    select: { status: true },
  });
  return {
    groupId,
    companyName: facts.company.name,
    courseTitle: group.course.title,
    paragraphs: paragraphsOf(text),
    // A reader of English also gets the courtesy translation; the Polish text alone is accepted.
    translation: locale === 'en' ? paragraphsOf(agreementPlainTextEn(facts)) : null,
    textSha256: sha256(text),
    canAccept:
      group.active && (!latest || latest.status === 'REJECTED') && !(isStaff(viewer) && group.ownerId !== viewer.id),
    signerName: [viewer.firstName, viewer.lastName].filter(Boolean).join(' '),
  };
}

/**
 * Locks the group row so a scan and an electronic acceptance cannot both be waiting, and refuses a
 * new agreement while the latest one is accepted or awaiting review. Inside the caller's transaction.
 */
export async function lockForNewAgreement(tx: Tx, groupId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Group" WHERE "id" = ${groupId} FOR UPDATE`;
  const latest = await tx.groupAgreement.findFirst({
    where: { groupId },
    orderBy: { uploadedAt: 'desc' },
    select: { status: true },
  });
  if (latest?.status === 'ACCEPTED') throw new UserError('groups.agreementAlreadyAccepted');
  if (latest?.status === 'SUBMITTED') throw new UserError('groups.agreementAwaitingReview');
}
