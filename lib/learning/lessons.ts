// One lesson as the learner sees it. The lesson is looked up within the course the learner is
// enrolled in, so a lesson id from another course is simply not found.
import { db } from '@/lib/db/client';

export function lessonInCourse(courseId: string, lessonId: string) {
  return db().lesson.findFirst({
    where: { id: lessonId, module: { courseId } },
    select: {
      id: true,
      moduleId: true,
      title: true,
      body: true,
      videoUrl: true,
      videoMediaId: true,
      minutes: true,
      attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true, size: true } },
    },
  });
}

/** Remembers where to resume; skipped when nothing changes so reloading a lesson writes nothing. */
export async function rememberLastLesson(enrolmentId: string, lessonId: string): Promise<void> {
  await db().enrolment.updateMany({
    where: { id: enrolmentId, NOT: { lastLessonId: lessonId } },
    data: { lastLessonId: lessonId },
  });
}

export { isEmbeddableVideo } from './video';
