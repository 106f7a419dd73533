// What the certificate's template needs beyond the stored row: for a BHP course, the course's
// training data and the participant's birth data from the company's list (GroupParticipant).
import { db } from '@/lib/db/client';
import { seller } from '@/lib/invoices/seller';
import type { BhpDetails } from './content';

/** The BHP details of the certificate numbered `number`, or undefined for the standard template. */
export async function bhpDetailsOf(number: string): Promise<BhpDetails | undefined> {
  const c = await db().certificate.findUnique({
    where: { number },
    select: {
      issuedAt: true,
      enrolment: {
        select: {
          id: true,
          userId: true,
          groupId: true,
          startsAt: true,
          course: {
            select: {
              certificateTemplate: true,
              trainingKind: true,
              trainingForm: true,
              trainingAudience: true,
              trainingOrganiser: true,
              certificateRegister: true,
              lessonHours: true,
            },
          },
        },
      },
    },
  });
  if (!c || c.enrolment.course.certificateTemplate !== 'BHP') return undefined;
  const { enrolment: e } = c;
  const [participant, passed] = await Promise.all([
    e.groupId
      ? db().groupParticipant.findUnique({
          where: { groupId_userId: { groupId: e.groupId, userId: e.userId } },
          select: { birthDate: true, birthPlace: true },
        })
      : null,
    db().testAttempt.findFirst({
      where: { enrolmentId: e.id, passed: true },
      orderBy: { submittedAt: 'asc' },
      select: { submittedAt: true },
    }),
  ]);
  const course = e.course;
  // The training ends with the first passed test; the register is the course's series + the number.
  return {
    birthDate: participant?.birthDate ?? null,
    birthPlace: participant?.birthPlace ?? null,
    trainingKind: course.trainingKind,
    trainingForm: course.trainingForm,
    audience: course.trainingAudience,
    organiser: course.trainingOrganiser?.trim() || [seller().name, ...seller().addressLines].join(', '),
    startedAt: e.startsAt,
    finishedAt: passed?.submittedAt ?? c.issuedAt,
    lessonHours: course.lessonHours,
    registerNumber: course.certificateRegister ? `${course.certificateRegister}/${number}` : number,
  };
}
