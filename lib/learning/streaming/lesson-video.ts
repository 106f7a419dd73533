// A lesson's own video (O3): staff attach one per lesson (stored as a course file, typed by its
// bytes); the learner's page gets a short-lived signed address for it; the stream route finds it
// only for staff or for someone whose access to the course is active right now.
import { currentTime } from '@/lib/clock/clock';
import { videoUrlKey } from '@/lib/config/env';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { courseAccess } from '@/lib/learning/access';
import { signedVideoPath } from './signed-url';
import { sniffVideo } from './sniff-video';

export const MAX_VIDEO_BYTES = 50 * 1024 * 1024;

export type VideoUploadError = 'missing' | 'too-large' | 'bad-type' | 'no-lesson';

/** Attaches (or replaces) the lesson's video; the replaced file goes with it, in one transaction. */
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
  return db().$transaction(async (tx) => {
    const lesson = await tx.lesson.findFirst({
      where: { id: lessonId, module: { courseId } },
      select: { videoMediaId: true },
    });
    if (!lesson) return { error: 'no-lesson' as const };
    const media = await tx.courseMedia.create({
      data: { courseId, fileName, mimeType: sniffed.mimeType, size: bytes.byteLength, data: Buffer.from(bytes) },
      select: { id: true },
    });
    await tx.lesson.update({ where: { id: lessonId }, data: { videoMediaId: media.id } });
    if (lesson.videoMediaId) await tx.courseMedia.deleteMany({ where: { id: lesson.videoMediaId, courseId } });
    return media;
  });
}

/** Takes the video off the lesson and deletes its file. */
export async function removeLessonVideo(courseId: string, lessonId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const lesson = await tx.lesson.findFirst({
      where: { id: lessonId, module: { courseId } },
      select: { videoMediaId: true },
    });
    if (!lesson) throw new UserError('learning.editing.lessonMissing');
    if (!lesson.videoMediaId) return;
    await tx.lesson.update({ where: { id: lessonId }, data: { videoMediaId: null } });
    await tx.courseMedia.deleteMany({ where: { id: lesson.videoMediaId, courseId } });
  });
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
    select: { fileName: true, mimeType: true, data: true, course: { select: { slug: true } } },
  });
  if (!media) return null;
  if (!viewer.staff && (await courseAccess(viewer.id, media.course.slug, now)).kind !== 'active') return null;
  return { fileName: media.fileName, mimeType: media.mimeType, data: media.data };
}
