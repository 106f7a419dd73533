// Course files (images and audio for lessons and questions) in PostgreSQL, like attachments:
// uploaded by staff, typed by their bytes, served to staff and to people with active access to
// the course — the access check is part of the query, so anyone else finds nothing.
import { dropFiles, withNewFile } from '@/lib/storage';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { sniffMedia } from './media-sniff';

export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;

/** The address lessons and questions use for a course file. */
export const mediaPath = (id: string) => `/api/learning/media/${id}`;

export type MediaUploadError = 'missing' | 'too-large' | 'bad-type' | 'no-course';

export async function addCourseMedia(
  courseId: string,
  file: File | null,
): Promise<{ error: MediaUploadError } | { id: string }> {
  if (!file || file.size === 0) return { error: 'missing' };
  if (file.size > MAX_MEDIA_BYTES) return { error: 'too-large' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = sniffMedia(bytes);
  if (!sniffed) return { error: 'bad-type' };
  const course = await db().course.findUnique({ where: { id: courseId }, select: { id: true } });
  if (!course) return { error: 'no-course' };
  const fileName = file.name.replace(/[\\/\r\n"<>]/g, '_').slice(0, 200) || sniffed.label.toLowerCase();
  return withNewFile({ kind: 'course-media', body: bytes, contentType: sniffed.mimeType }, (stored) =>
    db().$transaction(async (tx) => {
      await stored.save(tx);
      return tx.courseMedia.create({
        data: { courseId, fileName, mimeType: sniffed.mimeType, size: bytes.byteLength, fileKey: stored.key },
        select: { id: true },
      });
    }),
  );
}

/** The files page: every file of the course with what uses it. */
export async function courseMediaList(courseId: string) {
  const rows = await db().courseMedia.findMany({
    where: { courseId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, fileName: true, mimeType: true, size: true, _count: { select: { questions: true } } },
  });
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      fileName: r.fileName,
      mimeType: r.mimeType,
      size: r.size,
      questions: r._count.questions,
      lessons: await lessonsUsing(r.id),
    })),
  );
}
export type CourseMediaRow = Awaited<ReturnType<typeof courseMediaList>>[number];

const lessonsUsing = (id: string) => db().lesson.count({ where: { body: { contains: mediaPath(id) } } });

/**
 * Refused while a question carries the file or a lesson's text shows it (the learner would see a
 * broken image): staff unlink it first, knowing where it is used.
 */
export async function deleteCourseMedia(courseId: string, id: string) {
  const fileKey = await db().$transaction(async (tx) => {
    const media = await tx.courseMedia.findFirst({
      where: { id, courseId },
      select: { fileKey: true, _count: { select: { questions: true, lessonVideos: true } } },
    });
    if (!media) throw new UserError('panel.courses.files.gone');
    const lessons =
      (await tx.lesson.count({ where: { body: { contains: mediaPath(id) } } })) + media._count.lessonVideos;
    if (media._count.questions > 0 || lessons > 0)
      throw new UserError({ code: 'panel.courses.files.inUse', params: [media._count.questions, lessons] });
    await tx.courseMedia.delete({ where: { id } });
    return media.fileKey;
  });
  await dropFiles([fileKey]);
}

/**
 * A file for one viewer: staff see every file; others only through an active enrolment in its
 * course, and never a lesson video, which is streamed only through a signed address (O3).
 */
export function mediaForViewer(id: string, who: { userId: string; staff: boolean }, now = currentTime()) {
  const enrolled = {
    course: {
      enrolments: {
        some: {
          userId: who.userId,
          status: 'ACTIVE' as const,
          startsAt: { lte: now },
          OR: [{ endsAt: null }, { endsAt: { gt: now } }],
        },
      },
    },
  };
  return db().courseMedia.findFirst({
    where: { id, ...(who.staff ? {} : { ...enrolled, NOT: { mimeType: { startsWith: 'video/' } } }) },
    select: { fileName: true, mimeType: true, size: true, fileKey: true },
  });
}

/** The course's image and audio files a question may carry, for the editor's select. */
export function questionMediaChoices(courseId: string) {
  return db().courseMedia.findMany({
    where: { courseId, OR: [{ mimeType: { startsWith: 'image/' } }, { mimeType: { startsWith: 'audio/' } }] },
    orderBy: { fileName: 'asc' },
    select: { id: true, fileName: true, mimeType: true },
  });
}
