// One lesson as the learner sees it. The lesson is looked up within the course the learner is
// enrolled in, so a lesson id from another course is simply not found.
import { db } from '@/lib/db/client';

export function lessonInCourse(courseId: string, lessonId: string) {
  return db().lesson.findFirst({
    where: { id: lessonId, module: { courseId } },
    select: {
      id: true, title: true, body: true, videoUrl: true, minutes: true,
      module: { select: { title: true } },
      attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true, size: true } },
    },
  });
}

/** Remembers where to resume; skipped when nothing changes so reloading a lesson writes nothing. */
export async function rememberLastLesson(enrolmentId: string, lessonId: string): Promise<void> {
  await db().enrolment.updateMany({ where: { id: enrolmentId, NOT: { lastLessonId: lessonId } }, data: { lastLessonId: lessonId } });
}

const VIDEO_HOSTS = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)[\w-]+(\?[\w=&;-]*)?$/;

/** Only players the Content-Security-Policy frames: YouTube (no-cookie) and Vimeo embeds. */
export function isEmbeddableVideo(url: string): boolean {
  return VIDEO_HOSTS.test(url);
}
