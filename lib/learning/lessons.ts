// One lesson as the learner sees it. The lesson is looked up within the course the learner is
// enrolled in, so a lesson id from another course is simply not found.
import { db } from '@/lib/db/client';

export type CourseLesson = {
  id: string;
  moduleId: string;
  title: string;
  body: string;
  videoUrl: string | null;
  videoMediaId: string | null;
  minutes: number;
  attachments: { id: string; fileName: string; size: number }[];
};

/** One statement with its attachments (Prisma's nested select sent two; bench lesson-page). */
export async function lessonInCourse(courseId: string, lessonId: string): Promise<CourseLesson | null> {
  const rows = await db().$queryRaw<CourseLesson[]>`
    SELECT l."id", l."moduleId", l."title", l."body", l."videoUrl", l."videoMediaId", l."minutes",
           coalesce((SELECT json_agg(json_build_object('id', a."id", 'fileName', a."fileName", 'size', a."size")
                                     ORDER BY a."createdAt", a."id")
                     FROM "Attachment" a WHERE a."lessonId" = l."id"), '[]'::json) AS "attachments"
    FROM "Lesson" l JOIN "CourseModule" m ON m."id" = l."moduleId"
    WHERE l."id" = ${lessonId} AND m."courseId" = ${courseId}`;
  return rows[0] ?? null;
}

/** Remembers where to resume; skipped when nothing changes so reloading a lesson writes nothing. */
export async function rememberLastLesson(enrolmentId: string, lessonId: string): Promise<void> {
  await db().enrolment.updateMany({
    // NOT alone is `NOT ("lastLessonId" = $1)`, never true for a NULL: a new enrolment was never
    // remembered, and every lesson view sent this UPDATE again (bench/lesson-profile.ts).
    where: { id: enrolmentId, OR: [{ lastLessonId: null }, { NOT: { lastLessonId: lessonId } }] },
    data: { lastLessonId: lessonId },
  });
}

export { isEmbeddableVideo } from './video';
