// A lesson's own video (O3): staff attach one per lesson (stored as a course file, typed by its
// bytes); the learner's page gets a short-lived signed address for it; the stream route finds it
// only for staff or for someone whose access to the course is active right now.
import { dropFiles, withNewFile } from '@/lib/storage';
import { currentTime } from '@/lib/clock/clock';
import { videoUrlKey } from '@/lib/config/env';
import { db, type Tx } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { courseAccess } from '@/lib/learning/access';
import { signedVideoPath } from './signed-url';
import { sniffVideo } from './sniff-video';

export const MAX_VIDEO_BYTES = 50 * 1024 * 1024;

export type VideoUploadError = 'missing' | 'too-large' | 'bad-type' | 'no-lesson';

/** Attaches (or replaces) the lesson's video; the replaced row goes in the same transaction, its file after it. */
export async function attachLessonVideo(
  courseId: string,
  lessonId: string,
  file: File | null,
): Promise<{ error: VideoUploadError } | { id: string }> {
  if (!file || file.size === 0) return { error: 'missing' };
  if (file.size > MAX_VIDEO_BYTES) return { error: 'too-large' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = sniffVideo(bytes);
  if (!sniffed) return { error: 'bad-type' };
  const fileName = file.name.replace(/[\\/\r\n"<>]/g, '_').slice(0, 200) || `video.${sniffed.label.toLowerCase()}`;
  const video = { kind: 'course-media' as const, body: bytes, contentType: sniffed.mimeType };
  const { result, replaced } = await withNewFile(video, (stored) =>
    db().$transaction(async (tx) => {
      const lesson = await tx.lesson.findFirst({
        where: { id: lessonId, module: { courseId } },
        select: { videoMediaId: true },
      });
      if (!lesson) return { result: { error: 'no-lesson' as const }, replaced: null };
      await stored.save(tx);
      const media = await tx.courseMedia.create({
        data: { courseId, fileName, mimeType: sniffed.mimeType, size: bytes.byteLength, fileKey: stored.key },
        select: { id: true },
      });
      await tx.lesson.update({ where: { id: lessonId }, data: { videoMediaId: media.id } });
      const old = lesson.videoMediaId ? await dropMediaRow(tx, courseId, lesson.videoMediaId) : null;
      return { result: media, replaced: old };
    }),
  );
  await dropFiles([replaced]);
  return result;
}

/** Deletes a course file's row, returning its key for dropFiles after the commit. */
async function dropMediaRow(tx: Tx, courseId: string, id: string): Promise<string | null> {
  const media = await tx.courseMedia.findFirst({ where: { id, courseId }, select: { fileKey: true } });
  if (!media) return null;
  await tx.courseMedia.deleteMany({ where: { id, courseId } });
  return media.fileKey;
}

/** Takes the video off the lesson and deletes its file. */
export async function removeLessonVideo(courseId: string, lessonId: string): Promise<void> {
  const key = await db().$transaction(async (tx) => {
    const lesson = await tx.lesson.findFirst({
      where: { id: lessonId, module: { courseId } },
      select: { videoMediaId: true },
    });
    if (!lesson) throw new UserError('learning.editing.lessonMissing');
    if (!lesson.videoMediaId) return null;
    await tx.lesson.update({ where: { id: lessonId }, data: { videoMediaId: null } });
    return dropMediaRow(tx, courseId, lesson.videoMediaId);
  });
  await dropFiles([key]);
}

/** What the player gets: a signed address for this person, or null when the lesson has no video of its own. */
export function lessonVideoSource(mediaId: string | null, userId: string, now = currentTime()): string | null {
  return mediaId ? signedVideoPath(mediaId, userId, now, videoUrlKey()) : null;
}

/**
 * The bytes of a lesson video for one viewer: staff always; anyone else only while their access
 * to the video's course is active (the course player's own rule, contracts included). Else null.
 */
export async function streamableVideo(mediaId: string, viewer: { id: string; staff: boolean }, now = currentTime()) {
  const media = await db().courseMedia.findFirst({
    where: { id: mediaId, mimeType: { startsWith: 'video/' }, lessonVideos: { some: {} } },
    select: { fileName: true, mimeType: true, fileKey: true, course: { select: { slug: true } } },
  });
  if (!media) return null;
  if (!viewer.staff && (await courseAccess(viewer.id, media.course.slug, now)).kind !== 'active') return null;
  return { fileName: media.fileName, mimeType: media.mimeType, fileKey: media.fileKey };
}
