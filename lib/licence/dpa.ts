// A school's data-processing agreement (A17, seed §6.1, §6.6): processing starts with the first
// import, so the director downloads the filled draft, uploads the signed scan, and staff accept or
// reject it in the panel's queue — the groups' flow (lib/groups/agreement) with the school as owner.
// Students are entered only once it is accepted: the students' services call requireSchoolDpa.
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import { absoluteUrl } from '@/lib/url';
import { queueEmailOnce } from '@/lib/mail/outbox';
import { dispatchEmails } from '@/lib/jobs/queues';
import { seller as platformSeller } from '@/lib/invoices/seller';
import { MAX_SCAN_BYTES, scanType } from '@/lib/groups/agreement/agreements';
import { renderProcessingAgreementPdf } from '@/lib/groups/agreement/agreement-pdf';
import { renderAgreementCourtesyPdf } from '@/lib/groups/agreement/agreement-courtesy-pdf';
import { agreementPlainText, type SchoolAgreementFacts } from '@/lib/groups/agreement/agreement-text';
import { agreementPlainTextEn } from '@/lib/groups/agreement/agreement-text.en';
import { paragraphsOf } from '@/lib/groups/agreement/electronic';
import { plannerAccess, requireDirector, requireRead, requireWork } from './planner';
import { canWork } from './rules/access-level';
import { plannerPath } from './paths';
import { withNewFile } from '@/lib/storage';

/** The refusal of the first student while the agreement is not accepted; `link` is where to sign it. */
export class SchoolDpaRequired extends UserError {
  readonly link: string;
  constructor(schoolId: string) {
    super('plannerSchool.dpa.required');
    this.link = plannerPath(schoolId, 'school');
  }
}

/** Whether the school's agreement is accepted (by staff, of any of its scans). */
export async function schoolDpaAccepted(schoolId: string): Promise<boolean> {
  const row = await db().groupAgreement.findFirst({
    where: { schoolId, status: 'ACCEPTED' },
    select: { id: true },
  });
  return row !== null;
}

/**
 * The gate before a school's first student is typed or imported (A17): a SchoolDpaRequired
 * (a UserError; its text says the agreement must be signed and accepted first, its `link` the
 * school page) while no agreement is accepted.
 */
export async function requireSchoolDpa(schoolId: string): Promise<void> {
  if (!(await schoolDpaAccepted(schoolId))) throw new SchoolDpaRequired(schoolId);
}

/** What the agreement is made of for this school: the school as controller, the platform, the licence. */
async function schoolFacts(schoolId: string, licenceId: string): Promise<SchoolAgreementFacts> {
  const school = await db().school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { name: true, nip: true, street: true, postalCode: true, city: true, okeCode: true },
  });
  const licence = await db().schoolLicence.findUniqueOrThrow({
    where: { id: licenceId },
    select: { examYear: true, contractId: true },
  });
  const contract = await db().contract.findUniqueOrThrow({
    where: { id: licence.contractId },
    select: { number: true },
  });
  const s = platformSeller();
  return {
    kind: 'school',
    company: {
      name: school.name,
      nip: school.nip,
      addressLines: [school.street, `${school.postalCode} ${school.city}`],
    },
    seller: { ...s, addressLines: [...s.addressLines] },
    okeCode: school.okeCode,
    examYear: licence.examYear,
    orderNumber: contract.number,
  };
}

/**
 * The filled draft for any of the school's staff. Not a download of pupils' data, so it is not
 * refused in restricted mode: an unpaid school signs the agreement before its first import.
 */
export async function schoolAgreementDraft(viewer: { id: string }, schoolId: string, now = currentTime()) {
  const access = await plannerAccess(viewer, schoolId, now);
  requireRead(access);
  const facts = await schoolFacts(schoolId, access.licence.id);
  const pdf = await renderProcessingAgreementPdf({ ...facts, generatedAt: now });
  return { fileName: `umowa-powierzenia-${facts.okeCode}.pdf`, pdf };
}

/** The draft's English courtesy translation: a separate, unsigned PDF (the Polish draft binds). */
export async function schoolAgreementCourtesyPdf(viewer: { id: string }, schoolId: string, now = currentTime()) {
  const access = await plannerAccess(viewer, schoolId, now);
  requireRead(access);
  const facts = await schoolFacts(schoolId, access.licence.id);
  const pdf = await renderAgreementCourtesyPdf({ ...facts, generatedAt: now });
  return { fileName: `data-processing-agreement-courtesy-translation-${facts.okeCode}.pdf`, pdf };
}

/**
 * For a reader of English, the draft's text to read on the school page: the courtesy translation
 * above the Polish original (which alone is signed). Null for other languages, who get the PDF.
 */
export async function schoolAgreementTexts(access: { schoolId: string; licence: { id: string } }, locale: string) {
  if (locale !== 'en') return null;
  const facts = await schoolFacts(access.schoolId, access.licence.id);
  return { translation: paragraphsOf(agreementPlainTextEn(facts)), original: paragraphsOf(agreementPlainText(facts)) };
}

/** The school's newest agreement, as its page shows it. */
export async function currentSchoolAgreement(viewer: { id: string }, schoolId: string, now = currentTime()) {
  const access = await plannerAccess(viewer, schoolId, now);
  requireRead(access);
  const latest = await db().groupAgreement.findFirst({
    where: { schoolId },
    orderBy: { uploadedAt: 'desc' },
    select: { id: true, fileName: true, status: true, uploadedAt: true, reviewedAt: true, rejectionReason: true },
  });
  const accepted = latest?.status === 'ACCEPTED' || (await schoolDpaAccepted(schoolId));
  return {
    latest,
    accepted,
    /** The director uploads while none is accepted or waiting. */
    canUpload: access.role === 'DIRECTOR' && !accepted && latest?.status !== 'SUBMITTED' && canWork(access.level),
    isDirector: access.role === 'DIRECTOR',
  };
}

/** The director's signed scan, stored for review; refused while one waits or once one is accepted. */
export async function submitSchoolAgreement(
  viewer: { id: string },
  schoolId: string,
  file: { name: string; bytes: Uint8Array } | null,
  now = currentTime(),
) {
  const access = await plannerAccess(viewer, schoolId, now);
  requireDirector(access);
  requireWork(access);
  if (!file || file.bytes.length === 0) throw new UserError('groups.scanMissing');
  if (file.bytes.length > MAX_SCAN_BYTES) throw new UserError('groups.scanTooLarge');
  const mimeType = scanType(file.bytes);
  if (!mimeType) throw new UserError({ code: 'groups.scanWrongType', params: [file.name] });
  // The school row is locked so two scans sent at once cannot both be waiting.
  const scan = { kind: 'agreements' as const, body: file.bytes, contentType: mimeType };
  return withNewFile(scan, (stored) =>
    db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "School" WHERE "id" = ${schoolId} FOR UPDATE`;
      const states = await tx.groupAgreement.findMany({
        where: { schoolId, status: { in: ['ACCEPTED', 'SUBMITTED'] } },
        select: { status: true },
      });
      if (states.some((a) => a.status === 'ACCEPTED')) throw new UserError('plannerSchool.dpa.alreadyAccepted');
      if (states.length > 0) throw new UserError('plannerSchool.dpa.awaitingReview');
      await stored.save(tx);
      return tx.groupAgreement.create({
        data: {
          schoolId,
          fileName: file.name.slice(0, 200) || 'umowa',
          mimeType,
          size: file.bytes.length,
          fileKey: stored.key,
          uploadedById: viewer.id,
          uploadedAt: now,
        },
        select: { id: true },
      });
    }),
  );
}

/** A scan's stored file for the school's staff (another school's → NotFoundError). */
export async function schoolAgreementScan(
  viewer: { id: string },
  schoolId: string,
  agreementId: string,
  now = currentTime(),
) {
  const access = await plannerAccess(viewer, schoolId, now);
  requireRead(access);
  const scan = await db().groupAgreement.findFirst({
    where: { id: agreementId, schoolId, method: 'SCAN', size: { gt: 0 } },
    select: { fileName: true, mimeType: true, fileKey: true },
  });
  if (!scan?.fileKey) throw new NotFoundError('agreement');
  return { ...scan, fileKey: scan.fileKey };
}

/** A school's scan for staff reviewing it (the route checks 'panel:agreements'); null when not a school's. */
export function schoolAgreementScanForStaff(agreementId: string) {
  return db().groupAgreement.findFirst({
    where: { id: agreementId, schoolId: { not: null }, size: { gt: 0 } },
    select: { fileName: true, mimeType: true, fileKey: true },
  });
}

/** The schools' scans waiting for staff, oldest first, with the school's name and OKE code. */
export async function schoolAgreementQueue() {
  const rows = await db().groupAgreement.findMany({
    where: { status: 'SUBMITTED', schoolId: { not: null } },
    orderBy: { uploadedAt: 'asc' },
    select: {
      id: true,
      fileName: true,
      size: true,
      uploadedAt: true,
      school: { select: { id: true, name: true, okeCode: true, licences: { select: { examYear: true } } } },
    },
  });
  return rows.flatMap(({ school, ...a }) =>
    school
      ? [
          {
            ...a,
            school: {
              id: school.id,
              name: school.name,
              okeCode: school.okeCode,
              examYear: Math.max(...school.licences.map((l) => l.examYear)),
            },
          },
        ]
      : [],
  );
}

/** Staff's decision on a school's scan, once; audited, and the school's directors e-mailed after the commit. */
export async function reviewSchoolAgreement(
  staffId: string,
  agreementId: string,
  decision: { accept: true } | { accept: false; reason: string },
  now = currentTime(),
) {
  const ids = await db().$transaction(async (tx) => {
    const updated = await tx.groupAgreement.updateMany({
      where: { id: agreementId, status: 'SUBMITTED', schoolId: { not: null } },
      data: decision.accept
        ? { status: 'ACCEPTED', reviewedById: staffId, reviewedAt: now }
        : { status: 'REJECTED', reviewedById: staffId, reviewedAt: now, rejectionReason: decision.reason },
    });
    if (updated.count === 0) throw new UserError('plannerSchool.dpa.alreadyDecided');
    const a = await tx.groupAgreement.findUniqueOrThrow({
      where: { id: agreementId },
      select: { schoolId: true, school: { select: { name: true, okeCode: true } } },
    });
    const schoolId = a.schoolId!;
    await recordAudit(tx, {
      actorId: staffId,
      action: decision.accept ? 'school.agreement.accepted' : 'school.agreement.rejected',
      objectType: 'school',
      objectId: schoolId,
      before: { agreementId, status: 'SUBMITTED' },
      after: { agreementId, status: decision.accept ? 'ACCEPTED' : 'REJECTED', okeCode: a.school!.okeCode },
      note: decision.accept ? undefined : decision.reason,
    });
    const directors = await tx.schoolStaff.findMany({
      where: { schoolId, role: 'DIRECTOR' },
      select: { user: { select: { id: true, email: true, firstName: true } } },
    });
    const link = absoluteUrl(plannerPath(schoolId, decision.accept ? 'students' : 'school'));
    const school = a.school!.name;
    const queued: string[] = [];
    for (const { user } of directors) {
      if (!user.email) continue;
      const key = `school-agreement:${agreementId}:${user.id}`;
      const id = decision.accept
        ? await queueEmailOnce(tx, key, user.email, 'school-agreement-accepted', {
            firstName: user.firstName,
            school,
            link,
          })
        : await queueEmailOnce(tx, key, user.email, 'school-agreement-rejected', {
            firstName: user.firstName,
            school,
            reason: decision.reason,
            link,
          });
      if (id) queued.push(id);
    }
    return queued;
  });
  await dispatchEmails(ids);
}
