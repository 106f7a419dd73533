// What a language level certificate states beyond the stored row (template LANGUAGE_LEVEL): the
// level's CEFR code, title and hours, its programme, and the dates of study — from the level
// enrolment's start to the first passed level test.
import { db } from '@/lib/db/client';
import type { LanguageDetails } from './content';

/** The language details of the certificate numbered `number`, or undefined for other templates. */
export async function languageDetailsOf(number: string): Promise<LanguageDetails | undefined> {
  const c = await db().certificate.findUnique({
    where: { number },
    select: {
      issuedAt: true,
      enrolment: {
        select: { id: true, startsAt: true, courseId: true, course: { select: { certificateTemplate: true } } },
      },
    },
  });
  if (!c || c.enrolment.course.certificateTemplate !== 'LANGUAGE_LEVEL') return undefined;
  const [level, passed] = await Promise.all([
    db().languageLevel.findUnique({
      where: { courseId: c.enrolment.courseId },
      select: { cefr: true, title: true, hours: true, programme: { select: { title: true } } },
    }),
    db().testAttempt.findFirst({
      where: { enrolmentId: c.enrolment.id, passed: true },
      orderBy: { submittedAt: 'asc' },
      select: { submittedAt: true },
    }),
  ]);
  if (!level) return undefined;
  return {
    programmeTitle: level.programme.title,
    cefr: level.cefr,
    levelTitle: level.title,
    hours: level.hours,
    startedAt: c.enrolment.startsAt,
    finishedAt: passed?.submittedAt ?? c.issuedAt,
  };
}
