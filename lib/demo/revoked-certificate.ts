// Demo: one certificate revoked by a refund, so staff can see the state the verification page
// shows (/certyfikaty/PL-DEM0-ZWR0-T1XS) and the learner list marks as revoked. Its holder is a
// demo person without a password (nobody logs in as them). Idempotent, like all demo data.
import { db } from '@/lib/db/client';
import { normalizeCertificateNumber } from '@/lib/certificates/number';

export const DEMO_REVOKED_CERTIFICATE = 'PL-DEM0-ZWR0-T1XS';
const DAY = 86_400_000;

export async function seedRevokedCertificateDemo(now = new Date()): Promise<void> {
  if (normalizeCertificateNumber(DEMO_REVOKED_CERTIFICATE) !== DEMO_REVOKED_CERTIFICATE) {
    throw new Error('The demo certificate number fails its own check');
  }
  if (await db().certificate.findUnique({ where: { number: DEMO_REVOKED_CERTIFICATE }, select: { id: true } })) return;
  const course = await db().course.findUnique({
    where: { slug: 'excel-od-podstaw' },
    select: { id: true, title: true },
  });
  if (!course) return;
  const issuedAt = new Date(now.getTime() - 12 * DAY);
  const user = await db().user.upsert({
    where: { email: 'marek.zwrot@example.pl' },
    create: { email: 'marek.zwrot@example.pl', firstName: 'Marek', lastName: 'Zwrotny', passwordHash: '!' },
    update: {},
    select: { id: true, firstName: true, lastName: true },
  });
  await db().enrolment.upsert({
    where: { userId_courseId: { userId: user.id, courseId: course.id } },
    create: {
      userId: user.id,
      courseId: course.id,
      status: 'REVOKED',
      startsAt: new Date(now.getTime() - 20 * DAY),
      attempts: {
        create: {
          number: 1,
          seed: 'demo',
          questionIds: [],
          startedAt: issuedAt,
          submittedAt: issuedAt,
          points: 9,
          maxPoints: 10,
          percent: 90,
          passed: true,
        },
      },
      certificate: {
        create: {
          number: DEMO_REVOKED_CERTIFICATE,
          fullName: `${user.firstName} ${user.lastName}`,
          courseTitle: course.title,
          scorePercent: 90,
          issuedAt,
          revokedAt: new Date(now.getTime() - 2 * DAY),
          revokedReason: 'refund',
        },
      },
    },
    update: {},
  });
}
