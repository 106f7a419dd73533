// Issuing a certificate once per enrolment, after a passed attempt. The stored row fixes the
// name, title, score and date, so the PDF regenerated later is the same document.
import { currentTime } from '@/lib/clock/clock';
import { db, type Tx } from '@/lib/db/client';
import { absoluteUrl } from '@/lib/url';
import { isUniqueViolation, UserError } from '@/lib/errors';
import { courseAccess } from '@/lib/learning/access';
import { generateCertificateNumber } from './number';
import { renderCertificatePdf } from './pdf';
import { bhpDetailsOf } from './template-data';
import { languageDetailsOf } from './language-data';
import { formatDate } from '@/lib/format/time';
import type { MessageCode } from '@/lib/i18n';
import { codeKey } from '@/lib/i18n/codes';

export type IssuedCertificate = {
  number: string;
  fullName: string;
  courseTitle: string;
  scorePercent: number;
  issuedAt: Date;
};

const certificateSelect = {
  number: true,
  fullName: true,
  courseTitle: true,
  scorePercent: true,
  issuedAt: true,
} as const;

/** The refusals that mean "this certificate is void", which the download route answers with 410. */
const REVOKED_CODES = [
  'learning.certificateLifecycle.learnerRevoked',
  'learning.certificateLifecycle.noCertificateAfterRefund',
] as const;

export function isRevokedRefusal(e: UserError): boolean {
  return e.codes.some((c) => (REVOKED_CODES as readonly string[]).includes(codeKey(c)));
}

/**
 * The learner's certificate for the course, issued now if they passed and have none yet.
 * Also works after access has ended or the learner left the group: a certificate once earned
 * stays theirs — unless the purchase was undone (a refund revokes it, lib/certificates/revocation.ts),
 * and a refunded enrolment gets none. Null when there is no enrolment at all (the caller answers 404).
 */
export async function issueCertificate(
  userId: string,
  slug: string,
  now = currentTime(),
): Promise<IssuedCertificate | null> {
  const access = await courseAccess(userId, slug, now);
  if (access.kind === 'no-course' || access.kind === 'none') return null;
  const enrolmentId = access.enrolment.id;
  const stored = await db().certificate.findUnique({
    where: { enrolmentId },
    select: { ...certificateSelect, revokedAt: true },
  });
  if (stored) {
    const { revokedAt, ...existing } = stored;
    if (revokedAt) {
      const code: MessageCode = { code: REVOKED_CODES[0], params: [formatDate(revokedAt)] };
      throw new UserError(code);
    }
    return existing;
  }
  if (access.kind === 'revoked') throw new UserError(REVOKED_CODES[1]);
  // A language level's certificate is issued only on request, when its conditions hold (B15).
  if (await issuedOnRequestOnly(access.course.id)) throw new UserError('languageZone.certificate.onlyOnRequest');

  const best = await db().testAttempt.findFirst({
    where: { enrolmentId, passed: true },
    orderBy: { percent: 'desc' },
    select: { percent: true },
  });
  if (!best || best.percent === null) throw new UserError('learning.certificateNotYet');
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { firstName: true, lastName: true },
  });
  return storeCertificate({
    enrolmentId,
    fullName: `${user.firstName} ${user.lastName}`.trim(),
    courseTitle: access.course.title,
    scorePercent: best.percent,
    issuedAt: now,
  });
}

/**
 * Writes the enrolment's certificate with a fresh number; a concurrent twin's row is returned
 * instead. Also used by the language school's certificate on request (lib/language/certificates).
 */
export async function storeCertificate(data: {
  enrolmentId: string;
  fullName: string;
  courseTitle: string;
  scorePercent: number;
  issuedAt: Date;
}): Promise<IssuedCertificate> {
  const { enrolmentId } = data;
  for (let i = 0; i < 3; i++) {
    try {
      return await db().certificate.create({
        data: { ...data, number: generateCertificateNumber() },
        select: certificateSelect,
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // Either a concurrent request issued it first (return that one) or, once in 2^55, the number was taken.
      const raced = await db().certificate.findUnique({ where: { enrolmentId }, select: certificateSelect });
      if (raced) return raced;
    }
  }
  throw new Error('Could not assign a unique certificate number');
}

/**
 * A corrected name on an issued certificate: the row takes the new name, a new number and today's
 * date, and the old number is kept as replaced (it still verifies, pointing to this one). Returns
 * the new number, or null when there is no certificate or the name is the same.
 */
export async function reissueCertificate(
  tx: Tx,
  enrolmentId: string,
  fullName: string,
  now: Date,
): Promise<string | null> {
  const current = await tx.certificate.findUnique({
    where: { enrolmentId },
    select: { id: true, number: true, fullName: true, courseTitle: true, issuedAt: true, revokedAt: true },
  });
  // A revoked certificate stays as it was: correcting the name must not bring a void document back.
  if (!current || current.revokedAt || current.fullName === fullName) return null;
  await tx.certificateReplacement.create({
    data: {
      oldNumber: current.number,
      certificateId: current.id,
      fullName: current.fullName,
      courseTitle: current.courseTitle,
      issuedAt: current.issuedAt,
      replacedAt: now,
    },
  });
  // A clash of 55 random bits fails the whole correction, which the admin simply repeats.
  const number = generateCertificateNumber();
  await tx.certificate.update({ where: { id: current.id }, data: { number, fullName, issuedAt: now } });
  return number;
}

/**
 * The person corrected their own name (or a parent their child's, art. 16 RODO): each valid
 * certificate they earned outside a company group is re-issued under the corrected name. A group's
 * certificates follow the company's list, which only its admin corrects (lib/groups/people/manage.ts).
 */
export async function reissueOwnCertificates(tx: Tx, userId: string, fullName: string, now: Date): Promise<string[]> {
  const enrolments = await tx.enrolment.findMany({
    where: { userId, groupId: null, certificate: { is: { revokedAt: null } } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  const numbers: string[] = [];
  for (const e of enrolments) {
    const number = await reissueCertificate(tx, e.id, fullName, now);
    if (number) numbers.push(number);
  }
  return numbers;
}

async function issuedOnRequestOnly(courseId: string): Promise<boolean> {
  const c = await db().course.findUnique({ where: { id: courseId }, select: { certificateTemplate: true } });
  return c?.certificateTemplate === 'LANGUAGE_LEVEL';
}

export function verifyUrlOf(number: string): string {
  return absoluteUrl(`/certyfikaty/${number}`);
}

/**
 * The certificate as a PDF in `locale`. Which language is the caller's choice, by one rule: the
 * holder's. When the holders download their own, it is the language they are reading the site in
 * (currentLocale(): their profile's choice when they made one, else the cookie or the browser);
 * when a company's admin downloads the group's certificates, each holder's stored one
 * (User.locale, localeOfUser), never the admin's. Only the words change: the number, name, course,
 * date and the verification address are the same in every language, so the public verification
 * page (shown in its reader's language) confirms any of them. A BHP certificate in another
 * language still carries the Polish original first (lib/certificates/pdf.ts).
 */
export async function certificatePdf(c: IssuedCertificate, locale: string = 'pl'): Promise<Buffer> {
  // The course's template decides what else the page states (lib/certificates/template-data.ts).
  const [bhp, language] = await Promise.all([bhpDetailsOf(c.number), languageDetailsOf(c.number)]);
  return renderCertificatePdf({ ...c, verifyUrl: verifyUrlOf(c.number), bhp, language, locale });
}

export function certificateFileName(c: Pick<IssuedCertificate, 'number'>): string {
  return `zaswiadczenie-${c.number}.pdf`;
}

/** The number of the certificate earned on an enrolment, if any: it stays downloadable after access ends. */
export async function certificateNumberOf(enrolmentId: string): Promise<string | null> {
  const row = await certificateStateOf(enrolmentId);
  return row && !row.revokedAt ? row.number : null;
}

/** The certificate of an enrolment with its revocation, for pages that say it is void. */
export async function certificateStateOf(
  enrolmentId: string,
): Promise<{ number: string; revokedAt: Date | null } | null> {
  return db().certificate.findUnique({ where: { enrolmentId }, select: { number: true, revokedAt: true } });
}
