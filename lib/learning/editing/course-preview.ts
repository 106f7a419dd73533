// The staff preview of a course as a learner sees it, read without an enrolment: every lesson
// shows as not done and nothing is written (no progress, no last lesson, no attempt).
import { db } from '@/lib/db/client';
import { courseOutline } from '@/lib/learning/outline';
import { lessonInCourse } from '@/lib/learning/lessons';

/** No enrolment has this id, so the outline's progress join matches nothing. */
const NO_ENROLMENT = '';

export async function coursePreview(courseId: string) {
  const course = await db().course.findUnique({
    where: { id: courseId },
    select: {
      id: true,
      slug: true,
      title: true,
      maxAttempts: true,
      passMarkPercent: true,
      timeLimitMinutes: true,
      testRequiresLessons: true,
      accessMonths: true,
    },
  });
  if (!course) return null;
  return { course, outline: await courseOutline(course.id, NO_ENROLMENT) };
}

export async function lessonPreview(courseId: string, lessonId: string) {
  const [preview, lesson] = await Promise.all([coursePreview(courseId), lessonInCourse(courseId, lessonId)]);
  if (!preview || !lesson) return null;
  return { ...preview, lesson };
}
