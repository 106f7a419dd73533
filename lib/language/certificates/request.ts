// "Poproś o certyfikat" (B15): every press is recorded as a LevelCertificateRequest — issued, or
// refused with what was missing — and the certificate is issued on the level's enrolment only
// when every level test up to that level is passed and nothing is overdue. Staff see the requests.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { warsawToday } from '@/lib/billing/rules/days';
import { storeCertificate } from '@/lib/certificates/issue';
import { certificateRefusals } from '@/lib/language/rules/certificate';
import { programmeLevels } from '@/lib/language/programme-levels';
import { learnerCharges, passedCourses } from './facts';

export type CertificateRequestOutcome =
  { status: 'ISSUED'; number: string; requestId: string } | { status: 'REFUSED'; reasons: string[]; requestId: string };

/** The learner asks for the certificate of `levelId`; someone not enrolled on it gets NotFound (404). */
export async function requestLevelCertificate(
  userId: string,
  levelId: string,
  now = currentTime(),
): Promise<CertificateRequestOutcome> {
  const level = await db().languageLevel.findUnique({
    where: { id: levelId },
    select: { id: true, cefr: true, title: true, programmeId: true, programme: { select: { title: true } } },
  });
  if (!level) throw new NotFoundError('language level');
  const levels = await programmeLevels(level.programmeId);
  const enrolments = await db().enrolment.findMany({
    where: { userId, courseId: { in: levels.map((l) => l.courseId) } },
    select: { id: true, courseId: true, certificate: { select: { id: true, number: true, revokedAt: true } } },
  });
  const enrolledIn = new Set(enrolments.map((e) => e.courseId));
  const target = levels.find((l) => l.id === levelId)!;
  const enrolment = enrolments.find((e) => e.courseId === target.courseId);
  if (!enrolment) throw new NotFoundError('language level enrolment');

  // From the first level studied (the placement test may have started the learner higher) up to this one.
  const first = levels.findIndex((l) => enrolledIn.has(l.courseId));
  const upTo = levels.filter((l, i) => i >= first && l.position <= target.position);
  const passed = await passedCourses(
    userId,
    upTo.map((l) => l.courseId),
  );
  const reasons = certificateRefusals({
    levels: upTo.map((l) => ({ cefr: l.cefr, passed: passed.has(l.courseId) })),
    charges: await learnerCharges(userId),
    today: warsawToday(now),
  });
  if (enrolment.certificate?.revokedAt) reasons.push('languageZone.refusals.revoked');

  if (reasons.length > 0) {
    const r = await db().levelCertificateRequest.create({
      data: { userId, levelId, status: 'REFUSED', reasons, requestedAt: now },
      select: { id: true },
    });
    return { status: 'REFUSED', reasons, requestId: r.id };
  }
  // Issued once per enrolment: a later request records itself and points to the same certificate.
  const cert = enrolment.certificate ?? (await issue(userId, enrolment.id, level, now));
  const r = await db().levelCertificateRequest.create({
    data: { userId, levelId, status: 'ISSUED', reasons: [], certificateId: cert.id, requestedAt: now },
    select: { id: true },
  });
  return { status: 'ISSUED', number: cert.number, requestId: r.id };
}

async function issue(
  userId: string,
  enrolmentId: string,
  level: { cefr: string; title: string; programme: { title: string } },
  now: Date,
): Promise<{ id: string; number: string }> {
  const [user, best] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { firstName: true, lastName: true } }),
    db().testAttempt.findFirstOrThrow({
      where: { enrolmentId, passed: true },
      orderBy: { percent: 'desc' },
      select: { percent: true },
    }),
  ]);
  const stored = await storeCertificate({
    enrolmentId,
    fullName: `${user.firstName} ${user.lastName}`.trim(),
    courseTitle: messages().languageZone.certificate.courseTitle(level.programme.title, level.cefr),
    scorePercent: best.percent ?? 0,
    issuedAt: now,
  });
  const row = await db().certificate.findUniqueOrThrow({ where: { number: stored.number }, select: { id: true } });
  return { id: row.id, number: stored.number };
}
