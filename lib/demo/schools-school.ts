// Demo of the planner's school page (issue 23): XIV LO's data-processing agreement received on paper
// and accepted by staff (so the demo school can enter students at once, A17) and a teacher on its
// staff — login 'nauczycielka', the demo password — invited by the director 'szkola'. Idempotent.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { termsVersionInForce } from '@/lib/auth/terms';
import { DEMO_SCHOOL } from './schools';

const TEACHER = {
  login: 'nauczycielka',
  email: 'nauczycielka@planeta.local',
  firstName: 'Joanna',
  lastName: 'Polonistka',
};

export async function seedSchoolsSchoolDemo(
  password: string,
  staffLogin = 'zespol',
  now = currentTime(),
): Promise<void> {
  const school = await db().school.findUnique({
    where: { okeCode: DEMO_SCHOOL.okeCode },
    select: { id: true, staff: { where: { role: 'DIRECTOR' }, take: 1, select: { userId: true, invitedAt: true } } },
  });
  const director = school?.staff[0];
  if (!school || !director) return;
  const staff = await db().user.findUnique({ where: { login: staffLogin }, select: { id: true } });
  await demoAgreementByPost(school.id, director.userId, director.invitedAt, staff?.id ?? null);
  const teacher =
    (await db().user.findUnique({ where: { login: TEACHER.login }, select: { id: true } })) ??
    (await db().user.create({
      data: {
        ...TEACHER,
        passwordHash: await hashPassword(password),
        roles: ['LEARNER'],
        termsVersion: termsVersionInForce(now),
        termsAcceptedAt: now,
      },
      select: { id: true },
    }));
  await db().schoolStaff.upsert({
    where: { schoolId_userId: { schoolId: school.id, userId: teacher.id } },
    create: {
      schoolId: school.id,
      userId: teacher.id,
      role: 'TEACHER',
      invitedById: director.userId,
      invitedAt: director.invitedAt,
      joinedAt: director.invitedAt,
    },
    update: {},
  });
}

/** A school's data-processing agreement received on paper and accepted by staff (demo schools only). */
export async function demoAgreementByPost(schoolId: string, directorId: string, at: Date, staffId: string | null) {
  if (await db().groupAgreement.findFirst({ where: { schoolId }, select: { id: true } })) return;
  await db().groupAgreement.create({
    data: {
      schoolId,
      method: 'POST',
      status: 'ACCEPTED',
      fileName: '',
      mimeType: '',
      size: 0,
      uploadedById: directorId,
      uploadedAt: at,
      reviewedById: staffId,
      reviewedAt: at,
      receivedOn: at,
    },
  });
}
