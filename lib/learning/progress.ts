// Marking lessons done. The unique (enrolmentId, lessonId) makes a second click harmless.
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { courseAccess } from './access';
import { courseOutline, neighbours } from './outline';

export async function markLessonDone(userId: string, slug: string, lessonId: string, now = currentTime()) {
  const access = await courseAccess(userId, slug, now);
  if (access.kind !== 'active') throw new UserError('learning.lockedShort');
  const lesson = await db().lesson.findFirst({
    where: { id: lessonId, module: { courseId: access.course.id } },
    select: { id: true },
  });
  if (!lesson) throw new UserError('learning.lessonMissing');
  const enrolmentId = access.enrolment.id;
  await db().$transaction([
    db().lessonProgress.createMany({ data: [{ enrolmentId, lessonId, completedAt: now }], skipDuplicates: true }),
    db().enrolment.update({ where: { id: enrolmentId }, data: { lastLessonId: lessonId } }),
  ]);
  const outline = await courseOutline(access.course.id, enrolmentId);
  return { next: neighbours(outline, lessonId).next, outline };
}
